import type { QueryClient } from '@tanstack/react-query'
import { releaseHistoryQueries } from '../api/release-history'
import { releaseQueries } from '../api/releases'

/**
 * After an assignment, the one mechanism of every write (docs/architecture.md): what it
 * changed is invalidated. It may touch hundreds of releases, so every list and count
 * (operation pages included), every detail and every history are refetched when next shown.
 */
export function afterAssignment(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: releaseQueries.lists() }),
    queryClient.invalidateQueries({ queryKey: releaseQueries.details() }),
    queryClient.invalidateQueries({ queryKey: releaseHistoryQueries.all() }),
  ])
}
