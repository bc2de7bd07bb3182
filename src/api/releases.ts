import { queryOptions } from '@tanstack/react-query'
import { releaseCountsQuerySchema, releaseCountsSchema, releaseListQuerySchema, releasePageSchema, releaseSchema, type ReleaseCountsQuery } from './contract'
import { request } from './http'
import { resourceQueries } from './resource-queries'

const base = resourceQueries({
  key: 'releases',
  path: '/releases',
  query: releaseListQuerySchema,
  page: releasePageSchema,
  item: releaseSchema,
})

/**
 * Releases: lists, details, and how many of each status match a set of filters. Counts
 * live under `lists()` so that invalidating the lists after a write refreshes them too.
 */
export const releaseQueries = {
  ...base,
  counts: (params: ReleaseCountsQuery) => {
    const canonical = releaseCountsQuerySchema.parse(params)
    return queryOptions({
      queryKey: [...base.lists(), 'counts', canonical] as const,
      queryFn: ({ signal }) => request('/releases/counts', { query: canonical, schema: releaseCountsSchema, signal }),
    })
  },
}
