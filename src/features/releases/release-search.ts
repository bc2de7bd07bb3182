import { z } from 'zod'
import { releaseCountsQuerySchema, releaseListQuerySchema } from '../../api/contract'

// Every key below comes from the contract's list query: a filter added there is read from
// links, kept by the loader, cleared by "Clear filters" and counted by the tabs unasked.
// The grouping is not a view a person chooses: the page always lists families (releaseListParams).
const { page, pageSize, sort, status, group: _group, ...otherFilters } = releaseListQuerySchema.shape

export const releasePageSizes = [25, 50, 100] as const

/** Left out of the URL when they have these values, so links stay short: the contract's defaults. */
const contractDefaults = releaseListQuerySchema.parse({})
export const releaseSearchDefaults = {
  page: contractDefaults.page,
  pageSize: contractDefaults.pageSize,
  sort: contractDefaults.sort,
}

/** Each optional filter, falling back to unset when its value does not parse. */
const unsetWhenInvalid = <S extends Record<string, z.ZodOptional>>(shape: S) =>
  Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, schema.catch(undefined)])) as {
    [K in keyof S]: z.ZodCatch<S[K]>
  }

/**
 * The releases list's search params: the contract's list query, where a value that does
 * not parse (a hand-edited link) falls back to its default instead of failing the page.
 */
export const releaseSearchSchema = z.object({
  page: page.catch(releaseSearchDefaults.page),
  pageSize: pageSize
    .refine((size) => releasePageSizes.some((allowed) => allowed === size))
    .catch(releaseSearchDefaults.pageSize),
  sort: sort.catch(releaseSearchDefaults.sort),
  ...unsetWhenInvalid({ status, ...otherFilters }),
})
export type ReleaseSearch = z.infer<typeof releaseSearchSchema>

const keysOf = <T extends object>(object: T) => Object.keys(object) as (keyof T)[]
const pick = <T extends object, K extends keyof T>(object: T, keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, object[key]])) as Pick<T, K>

/** What narrows the list; paging and sorting only arrange it. */
export const releaseFilterKeys = keysOf(releaseSearchSchema.shape).filter(
  (key): key is Exclude<typeof key, keyof typeof releaseSearchDefaults> => !(key in releaseSearchDefaults),
)

export type ReleaseFilterKey = (typeof releaseFilterKeys)[number]
export type ReleaseFilters = Pick<ReleaseSearch, ReleaseFilterKey>

export const hasFilters = (search: Partial<ReleaseFilters>): boolean =>
  releaseFilterKeys.some((key) => search[key] !== undefined)

/** Every filter unset: spread over the search to clear them and keep page size and sort. */
export const noFilters = Object.fromEntries(releaseFilterKeys.map((key) => [key, undefined])) as {
  [K in ReleaseFilterKey]: undefined
}

/** The page lists each family of language versions once, with its languages (decision 0020). */
const byFamily = { group: 'family' } as const
const notGroup = <K extends string>(key: K | 'group'): key is K => key !== 'group'

/** Exactly the params of the list query: the route's `loaderDeps`. */
const listKeys = keysOf(releaseListQuerySchema.shape).filter(notGroup)
export const releaseListParams = (search: ReleaseSearch) => ({ ...pick(search, listKeys), ...byFamily })

/** The filters the per-status counts answer for: all of them but the status itself; families are counted. */
const countKeys = keysOf(releaseCountsQuerySchema.shape).filter(notGroup)
export const countFilters = (search: ReleaseFilters) => ({ ...pick(search, countKeys), ...byFamily })
