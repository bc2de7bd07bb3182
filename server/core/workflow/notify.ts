import type { NotificationKind } from '../../../src/api/contract'
import type { StoredNotification, StoredUser } from '../records'
import type { HistoryDraft } from './transitions'

export type NotificationDraft = Omit<StoredNotification, 'id' | 'read'>

/**
 * Who hears of a change of status, and as what. One notification per history entry and
 * recipient; nobody is notified of what they did themselves.
 *  - submit → 'awaiting-review' to every reviewer (but the author);
 *  - request changes → 'changes-requested' to the author, with the comment;
 *  - approve with a time ahead → 'approved' to the author; approve now, or the scheduled
 *    time coming → 'published' to the author;
 *  - withdraw → 'withdrawn' to the author, with the reason;
 *  - unschedule (an admin returns a scheduled release to draft) → 'unscheduled' to the author, with the reason;
 *  - a reviewer's correction in review → 'edited-in-review' to the author (the diff is in the history);
 *  - a reviewer confirms a stale translation still correct → 'translation-confirmed' to its author.
 */
export function notificationsForEntry(
  entry: HistoryDraft,
  release: { authorId: string },
  users: readonly StoredUser[],
): NotificationDraft[] {
  const author = [release.authorId]
  let kind: NotificationKind | null = null
  let recipients: string[] = []
  switch (entry.kind) {
    case 'submit':
      kind = 'awaiting-review'
      recipients = users
        .filter((user) => user.role === 'reviewer' && user.id !== release.authorId)
        .map((user) => user.id)
      break
    case 'request-changes':
      kind = 'changes-requested'
      recipients = author
      break
    case 'approve':
      kind = entry.to === 'scheduled' ? 'approved' : 'published'
      recipients = author
      break
    case 'published':
      kind = 'published'
      recipients = author
      break
    case 'withdraw':
      kind = 'withdrawn'
      recipients = author
      break
    case 'unschedule':
      kind = 'unscheduled'
      recipients = author
      break
    case 'edited-in-review':
      kind = 'edited-in-review'
      recipients = author
      break
    case 'confirm-translation':
      kind = 'translation-confirmed'
      recipients = author
      break
    default:
      return []
  }
  return recipients
    .filter((recipientId) => recipientId !== entry.actorId)
    .map((recipientId) => ({
      recipientId,
      kind: kind!,
      releaseId: entry.releaseId,
      actorId: entry.actorId,
      at: entry.at,
      comment: entry.comment,
    }))
}

/** A comment reaches the release's author and every reviewer who approved it or asked for changes, never the commenter. */
export function notificationsForComment(
  comment: { releaseId: string; authorId: string; body: string; createdAt: string },
  release: { authorId: string },
  history: ReadonlyArray<{ kind: string; actorId: string | null }>,
  users: readonly StoredUser[],
): NotificationDraft[] {
  const reviewerIds = new Set(users.filter((user) => user.role === 'reviewer').map((user) => user.id))
  const actedOn = history
    .filter(
      (entry) =>
        (entry.kind === 'approve' || entry.kind === 'request-changes') &&
        entry.actorId !== null &&
        reviewerIds.has(entry.actorId),
    )
    .map((entry) => entry.actorId!)
  const recipients = new Set([release.authorId, ...actedOn])
  recipients.delete(comment.authorId)
  return [...recipients].map((recipientId) => ({
    recipientId,
    kind: 'commented',
    releaseId: comment.releaseId,
    actorId: comment.authorId,
    at: comment.createdAt,
    comment: comment.body,
  }))
}
