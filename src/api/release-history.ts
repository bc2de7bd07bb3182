import { queryOptions } from '@tanstack/react-query'
import { historySchema } from './contract'
import { request } from './http'
import { liveQuery } from './live-query'

/** A release's history (every change of status). Read-only: transitions write it on the server. */
export const releaseHistoryQueries = {
  all: () => ['release-history'] as const,
  detail: (releaseId: string) =>
    queryOptions({
      queryKey: [...releaseHistoryQueries.all(), releaseId] as const,
      queryFn: ({ signal }) =>
        request(`/releases/${encodeURIComponent(releaseId)}/history`, { schema: historySchema, signal }),
      ...liveQuery,
    }),
}
