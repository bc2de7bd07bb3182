import { queryOptions } from '@tanstack/react-query'
import type { z } from 'zod'
import { type QueryParams, request } from './http'

/** A list query schema built by the contract's `listQuerySchema`: its page size has a maximum. */
type ListQuerySchema<TParams, TParamsInput> = z.ZodType<TParams, TParamsInput> & {
  shape: { pageSize: z.ZodDefault<z.ZodCoercedNumber> }
}

/**
 * The query factory of a list + detail resource, TkDodo style: keys go from generic to
 * specific, so `all()` invalidates everything of the resource and `lists()` every list
 * whatever its params. List params are parsed with the contract's query schema first, so
 * `{ status: 'draft' }` and `{ status: 'draft', page: 1 }` share one cache entry.
 */
export function resourceQueries<
  const TKey extends string,
  TParams extends QueryParams,
  TParamsInput,
  TPage,
  TItem,
>(options: {
  key: TKey
  path: string
  query: ListQuerySchema<TParams, TParamsInput>
  page: z.ZodType<TPage>
  item: z.ZodType<TItem>
}) {
  const { key, path, query, page, item } = options
  const all = () => [key] as const
  const lists = () => [...all(), 'list'] as const
  const details = () => [...all(), 'detail'] as const
  const maxPageSize = query.shape.pageSize.unwrap().maxValue
  if (maxPageSize === null) throw new Error(`The list query of ${path} has no maximum page size`)

  const list = (params: TParamsInput) => {
    const canonical = query.parse(params)
    return queryOptions({
      queryKey: [...lists(), canonical] as const,
      queryFn: ({ signal }) => request(path, { query: canonical, schema: page, signal }),
    })
  }

  return {
    all,
    lists,
    list,
    /**
     * Every record (with the given sort and filters) in one page of the contract's largest
     * size: for reference data, which is a few dozen records. It is a `list`, so a list
     * asking for the same records shares its cache entry.
     */
    allRecords: (params?: Omit<TParamsInput, 'page' | 'pageSize'>) =>
      list({ ...params, pageSize: maxPageSize } as TParamsInput),
    details,
    detail: (id: string) =>
      queryOptions({
        queryKey: [...details(), id] as const,
        queryFn: ({ signal }) => request(`${path}/${encodeURIComponent(id)}`, { schema: item, signal }),
      }),
  }
}
