import { z } from 'zod'
import { releaseListQuerySchema } from '../../api/contract'

const { page, pageSize, sort, status, q, fieldOfWork, state, fieldOperation, source, author, from, to } =
  releaseListQuerySchema.shape

export const releasePageSizes = [25, 50, 100] as const

/**
 * The releases list's search params: the contract's list query, where a value that does
 * not parse (a hand-edited link) falls back to its default instead of failing the page.
 */
export const releaseSearchSchema = z.object({
  page: page.catch(1),
  pageSize: pageSize.refine((size) => releasePageSizes.some((allowed) => allowed === size)).catch(25),
  sort: sort.catch('-updatedAt'),
  status: status.catch(undefined),
  q: q.catch(undefined),
  fieldOfWork: fieldOfWork.catch(undefined),
  state: state.catch(undefined),
  fieldOperation: fieldOperation.catch(undefined),
  source: source.catch(undefined),
  author: author.catch(undefined),
  from: from.catch(undefined),
  to: to.catch(undefined),
})
export type ReleaseSearch = z.infer<typeof releaseSearchSchema>

/** Left out of the URL when they have these values, so links stay short. */
export const releaseSearchDefaults = { page: 1, pageSize: 25, sort: '-updatedAt' } satisfies Partial<ReleaseSearch>

/** What narrows the list; paging and sorting only arrange it. */
export const releaseFilterKeys = [
  'status',
  'q',
  'fieldOfWork',
  'state',
  'fieldOperation',
  'source',
  'author',
  'from',
  'to',
] as const satisfies readonly (keyof ReleaseSearch)[]

export type ReleaseFilterKey = (typeof releaseFilterKeys)[number]
export type ReleaseFilters = Pick<ReleaseSearch, ReleaseFilterKey>

export const hasFilters = (search: Partial<ReleaseFilters>): boolean =>
  releaseFilterKeys.some((key) => search[key] !== undefined)

/** Every filter unset: spread over the search to clear them and keep page size and sort. */
export const noFilters: { [K in ReleaseFilterKey]: undefined } = {
  status: undefined,
  q: undefined,
  fieldOfWork: undefined,
  state: undefined,
  fieldOperation: undefined,
  source: undefined,
  author: undefined,
  from: undefined,
  to: undefined,
}

/** The filters the per-status counts answer for: all of them but the status itself. */
export const countFilters = (search: ReleaseFilters) => ({
  q: search.q,
  fieldOfWork: search.fieldOfWork,
  state: search.state,
  fieldOperation: search.fieldOperation,
  source: search.source,
  author: search.author,
  from: search.from,
  to: search.to,
})
