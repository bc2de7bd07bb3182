import type { QueryClient } from '@tanstack/react-query'
import type { ReleaseListItem, ReleaseListQuery } from '../api/contract'
import { releaseQueries } from '../api/releases'

/**
 * The review queue as it opens: releases in review, the one waiting longest first, one page of
 * the API's largest size. The queue's page asks the same (src/features/review-queue), so the
 * release page, the decision dialog and the queue share one cache entry.
 */
export const reviewQueueAsItOpens = {
  page: 1,
  sort: 'submittedAt',
  status: 'in-review',
  pageSize: 100,
} as const satisfies ReleaseListQuery

/** The one to review next: the longest waiting that the caller may decide on, other than this one. */
export const nextInQueue = (items: readonly ReleaseListItem[], currentId: string): ReleaseListItem | undefined =>
  items.find(
    (item) =>
      item.id !== currentId &&
      item.allowedActions.some((action) => action === 'approve' || action === 'request-changes'),
  )

/**
 * After a decision: the queue read afresh (the decided release has left it), and the next one
 * waiting for this person, or null when nothing does.
 */
export async function fetchNextInQueue(queryClient: QueryClient, currentId: string): Promise<ReleaseListItem | null> {
  const page = await queryClient.fetchQuery({ ...releaseQueries.list(reviewQueueAsItOpens), staleTime: 0 })
  return nextInQueue(page.items, currentId) ?? null
}
