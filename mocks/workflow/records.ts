import { commit, db, now } from '../db'
import { ApiProblem, notFound } from '../problem'
import type { StoredHistoryEntry, StoredRelease } from '../../server/core/records'
import { notificationsForEntry, type NotificationDraft } from './notify'
import { applyDuePublication, type Change } from './transitions'

/** Record ids that sort by time of creation within one tab (the clock may be frozen in tests). */
let sequence = 0
export const newId = (prefix: string) =>
  `${prefix}-${now().getTime().toString(36)}-${(sequence++).toString(36).padStart(6, '0')}-${crypto.randomUUID().slice(0, 8)}`

/** A release's history, oldest first: the seed's entries, then those written since. */
export function historyOf(releaseId: string): StoredHistoryEntry[] {
  const written = db.history.findMany((q) => q.where({ releaseId }))
  const seeded = db.seedHistory.get(releaseId) ?? []
  // A stable sort: entries written in the same millisecond keep the order they were written in.
  return [...seeded, ...written].toSorted((a, b) => Date.parse(a.at) - Date.parse(b.at))
}

/** An original and its translations by language code: every version of one release (decision 0020). */
export function familyOf(original: StoredRelease): StoredRelease[] {
  const translations = db.releases
    .findMany((q) => q.where((release) => release.originalId === original.id))
    .toSorted((a, b) => a.language.localeCompare(b.language))
  return [original, ...translations]
}

/** The first line of a new release's history: created, as a draft, by its maker. */
export async function recordCreation(releaseId: string, actorId: string, at: string): Promise<void> {
  const id = newId('history')
  await commit('history', id, () => ({
    id,
    releaseId,
    kind: 'created',
    from: null,
    to: 'draft',
    actorId,
    at,
    comment: null,
    publishAt: null,
  }))
}

export async function notify(drafts: readonly NotificationDraft[]): Promise<void> {
  for (const draft of drafts) {
    const id = newId('notification')
    await commit('notifications', id, () => ({ ...draft, id, read: false }))
  }
}

/**
 * Writes a release change: the release first (its `mutate` may still refuse, and then
 * nothing else is written), then its history entry and the notifications it sends.
 */
export async function commitChange(
  releaseId: string,
  decide: (current: StoredRelease) => Change,
): Promise<StoredRelease> {
  let change: Change | null = null
  const stored = await commit('releases', releaseId, (current) => {
    if (!current) throw notFound('release', releaseId)
    change = decide(current)
    return change.release
  })
  const { entry } = change!
  if (entry) {
    const id = newId('history')
    await commit('history', id, () => ({ ...entry, id }))
    await notify(notificationsForEntry(entry, stored!, db.users.all()))
  }
  return stored!
}

let sweeping: Promise<void> | null = null

/**
 * Publishes every scheduled release whose time has come. Runs before every request; costs
 * one look at the earliest due time unless something is due, then O(scheduled).
 * Concurrent requests share one sweep; a release another tab published already is skipped.
 */
export function publishDueReleases(): Promise<void> {
  const nowMs = now().getTime()
  let due = false
  for (const at of db.schedule.values()) if (at <= nowMs) due = true
  if (!due) return sweeping ?? Promise.resolve()
  sweeping ??= (async () => {
    try {
      const ids = [...db.schedule].filter(([, at]) => at <= nowMs).map(([id]) => id)
      for (const id of ids) {
        await commitChange(id, (current) => {
          const change = applyDuePublication(current, now())
          if (!change) throw new NotDue()
          return change
        }).catch((error: unknown) => {
          if (!(error instanceof NotDue || (error instanceof ApiProblem && error.status === 404))) throw error
          db.schedule.delete(id)
        })
      }
    } finally {
      sweeping = null
    }
  })()
  return sweeping
}
class NotDue extends Error {}
