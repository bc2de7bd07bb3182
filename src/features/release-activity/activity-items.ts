import type { Comment, HistoryEntry } from '../../api/contract'

/** One line of a release's activity: a comment, or a history entry (a transition, an assignment…). */
export type ActivityItem =
  | { type: 'comment'; key: string; at: string; comment: Comment }
  | { type: 'history'; key: string; at: string; entry: HistoryEntry }

/**
 * The history and the comments as one stream, oldest first (the newest sits at the bottom, next to
 * the comment form, as in a conversation). At the same instant a history entry comes before a
 * comment: the step is taken, then talked about. Each list's own order breaks the remaining ties.
 */
export function mergeActivity(history: readonly HistoryEntry[], comments: readonly Comment[]): ActivityItem[] {
  const items: ActivityItem[] = [
    ...history.map((entry) => ({ type: 'history' as const, key: `history-${entry.id}`, at: entry.at, entry })),
    ...comments.map((comment) => ({
      type: 'comment' as const,
      key: `comment-${comment.id}`,
      at: comment.createdAt,
      comment,
    })),
  ]
  const time = (item: ActivityItem) => Date.parse(item.at)
  // toSorted is stable: within one kind and instant, the server's order stays.
  return items.toSorted((a, b) => time(a) - time(b) || rank(a) - rank(b))
}

const rank = (item: ActivityItem) => (item.type === 'history' ? 0 : 1)

/** How many of the earliest items stay folded away: all but the latest `latest`, unless shown from `firstShown` on. */
export function firstShownIndex(items: readonly ActivityItem[], latest: number, firstShown: string | null): number {
  const index = firstShown === null ? -1 : items.findIndex((item) => item.key === firstShown)
  return index >= 0 ? index : Math.max(0, items.length - latest)
}
