import type { StoredRelease } from '../records'
import { VersionConflict, type Storage, type StorageReader, type Transaction } from '../storage'
import { now } from '../clock'
import { ApiProblem, notFound } from '../problem'
import { notificationsForEntry, type NotificationDraft } from './notify'
import { applyDuePublication, type Change } from './transitions'

/** Record ids that sort by time of creation within one tab (the clock may be frozen in tests). */
let sequence = 0
export const newId = (prefix: string) =>
  `${prefix}-${now().getTime().toString(36)}-${(sequence++).toString(36).padStart(6, '0')}-${crypto.randomUUID().slice(0, 8)}`

/** An original and its translations by language code: every version of one release (decision 0020). */
export async function familyOf(store: StorageReader, original: StoredRelease): Promise<StoredRelease[]> {
  return (await store.releases.families([original.id])).get(original.id) ?? [original]
}

/** The first line of a new release's history: created, as a draft, by its maker. */
export async function recordCreation(
  store: Transaction,
  releaseId: string,
  actorId: string,
  at: string,
): Promise<void> {
  await store.insert('history', {
    id: newId('history'),
    releaseId,
    kind: 'created',
    from: null,
    to: 'draft',
    actorId,
    at,
    comment: null,
    publishAt: null,
  })
}

export async function notify(store: Transaction, drafts: readonly NotificationDraft[]): Promise<void> {
  for (const draft of drafts) await store.insert('notifications', { ...draft, id: newId('notification'), read: false })
}

/**
 * Writes a release change: the release first (its `mutate` may still refuse, and then
 * nothing else is written), then its history entry and the notifications it sends.
 */
export async function commitChange(
  store: Transaction,
  releaseId: string,
  decide: (current: StoredRelease) => Change,
): Promise<StoredRelease> {
  const current = await store.get('releases', releaseId)
  if (!current) throw notFound('release', releaseId)
  const { release, entry } = decide(structuredClone(current))
  // Written only while it is still the version decided on: a concurrent write makes this one a 409.
  await store.replace('releases', release, { expectedVersion: current.version })
  if (entry) {
    await store.insert('history', { ...entry, id: newId('history') })
    await notify(store, notificationsForEntry(entry, release, await store.all('users')))
  }
  return release
}

/**
 * Publishes every scheduled release whose time has come, each in a transaction of its own.
 * Runs before every request (and, on the server, on a timer). A release another request,
 * tab or process published first is skipped: its version moved on (VersionConflict) or it is
 * no longer due, so each is published exactly once.
 */
export async function publishDueReleases(storage: Storage): Promise<void> {
  const ids = await storage.releases.due(now())
  for (const id of ids) {
    await storage
      .transaction((tx) =>
        commitChange(tx, id, (current) => {
          const change = applyDuePublication(current, now())
          if (!change) throw new NotDue()
          return change
        }),
      )
      .catch((error: unknown) => {
        const skipped =
          error instanceof NotDue ||
          error instanceof VersionConflict ||
          (error instanceof ApiProblem && error.status === 404)
        if (!skipped) throw error
      })
  }
}
class NotDue extends Error {}
