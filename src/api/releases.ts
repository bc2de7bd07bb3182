import { queryOptions } from '@tanstack/react-query'
import {
  type Release,
  releaseCountsQuerySchema,
  releaseCountsSchema,
  type ReleaseCountsQuery,
  type ReleaseInput,
  type ReleaseListQuery,
  releaseListQuerySchema,
  releasePageSchema,
  type ReleasePatch,
  releaseSchema,
  type TransitionInput,
  type TranslationInput,
} from './contract'
import { request, type WriteOptions } from './http'
import { liveQuery } from './live-query'
import { resourceQueries } from './resource-queries'

// Releases are thousands, not a few dozen: they have no `allRecords` query.
const { allRecords: _tooMany, ...base } = resourceQueries({
  key: 'releases',
  path: '/releases',
  query: releaseListQuerySchema,
  page: releasePageSchema,
  item: releaseSchema,
})

/**
 * Releases: lists, details, and how many of each status match a set of filters. Counts
 * live under `lists()` so that invalidating the lists after a write refreshes them too.
 * Statuses change under other people's hands (a reviewer approves, a release publishes on
 * time), so lists, details and counts are live queries: refetched when the window regains focus.
 */
export const releaseQueries = {
  ...base,
  list: (params: ReleaseListQuery) => queryOptions({ ...base.list(params), ...liveQuery }),
  detail: (id: string) => queryOptions({ ...base.detail(id), ...liveQuery }),
  counts: (params: ReleaseCountsQuery) => {
    const canonical = releaseCountsQuerySchema.parse(params)
    return queryOptions({
      queryKey: [...base.lists(), 'counts', canonical] as const,
      queryFn: ({ signal }) => request('/releases/counts', { query: canonical, schema: releaseCountsSchema, signal }),
      ...liveQuery,
    })
  },
}

export const createRelease = (input: ReleaseInput, options: WriteOptions = {}): Promise<Release> =>
  request('/releases', { method: 'POST', body: input, schema: releaseSchema, ...options })

/** Sends only the fields that changed, with the version they were based on: a stale version answers 409. */
export const updateRelease = (id: string, patch: ReleasePatch): Promise<Release> =>
  request(`/releases/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch, schema: releaseSchema })

/** Drafts only; by their author or an admin. */
export const deleteRelease = (id: string): Promise<undefined> =>
  request(`/releases/${encodeURIComponent(id)}`, { method: 'DELETE' })

/** Moves a release through the workflow; carries the version it was based on (409 when someone moved it first). */
export const transitionRelease = (id: string, input: TransitionInput, options: WriteOptions = {}): Promise<Release> =>
  request(`/releases/${encodeURIComponent(id)}/transitions`, {
    method: 'POST',
    body: input,
    schema: releaseSchema,
    ...options,
  })

/**
 * A new language version of the release's family (decision 0020): a draft of the caller's in that
 * language, from the original's words. 409 (with `existingId`) when the family has that language.
 */
export const createTranslation = (id: string, input: TranslationInput, options: WriteOptions = {}): Promise<Release> =>
  request(`/releases/${encodeURIComponent(id)}/translations`, {
    method: 'POST',
    body: input,
    schema: releaseSchema,
    ...options,
  })
