import { queryOptions } from '@tanstack/react-query'
import type { z } from 'zod'
import { type QueryParams, request } from './http'

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
  query: z.ZodType<TParams, TParamsInput>
  page: z.ZodType<TPage>
  item: z.ZodType<TItem>
}) {
  const { key, path, query, page, item } = options
  const all = () => [key] as const
  const lists = () => [...all(), 'list'] as const
  const details = () => [...all(), 'detail'] as const

  return {
    all,
    lists,
    list: (params: TParamsInput) => {
      const canonical = query.parse(params)
      return queryOptions({
        queryKey: [...lists(), canonical] as const,
        queryFn: ({ signal }) => request(path, { query: canonical, schema: page, signal }),
      })
    },
    details,
    detail: (id: string) =>
      queryOptions({
        queryKey: [...details(), id] as const,
        queryFn: ({ signal }) => request(`${path}/${encodeURIComponent(id)}`, { schema: item, signal }),
      }),
  }
}
