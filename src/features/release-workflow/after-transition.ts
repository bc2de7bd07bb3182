import type { QueryClient } from '@tanstack/react-query'
import type { Release } from '../../api/contract'
import { inboxQueries } from '../../api/inbox'
import { releaseHistoryQueries } from '../../api/release-history'
import { releaseQueries } from '../../api/releases'

/**
 * After a transition, the one mechanism of every write (docs/architecture.md): the
 * server's answer becomes the detail, and everything that derives from a status is
 * invalidated: lists and counts, the release's history, and the inboxes it notified.
 */
export function afterTransition(queryClient: QueryClient, release: Release): void {
  queryClient.setQueryData(releaseQueries.detail(release.id).queryKey, release)
  void queryClient.invalidateQueries({ queryKey: releaseQueries.lists() })
  void queryClient.invalidateQueries({ queryKey: releaseHistoryQueries.detail(release.id).queryKey })
  void queryClient.invalidateQueries({ queryKey: inboxQueries.all() })
}
