import { queryOptions } from '@tanstack/react-query'
import {
  type Release,
  releaseCountsQuerySchema,
  releaseCountsSchema,
  type ReleaseCountsQuery,
  type ReleaseInput,
  releaseListQuerySchema,
  releasePageSchema,
  type ReleasePatch,
  releaseSchema,
} from './contract'
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

export const createRelease = (input: ReleaseInput): Promise<Release> =>
  request('/releases', { method: 'POST', body: input, schema: releaseSchema })

/** Sends only the fields that changed, with the version they were based on: a stale version answers 409. */
export const updateRelease = (id: string, patch: ReleasePatch): Promise<Release> =>
  request(`/releases/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch, schema: releaseSchema })

/** Drafts only; by their author or an admin. */
export const deleteRelease = (id: string): Promise<undefined> =>
  request(`/releases/${encodeURIComponent(id)}`, { method: 'DELETE' })
