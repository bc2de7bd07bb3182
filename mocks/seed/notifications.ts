import type { StoredHistoryEntry, StoredNotification, StoredRelease } from '../../server/core/records'
import { notificationsForEntry } from '../../server/core/workflow/notify'
import { SEED_NOW } from './generate-releases'
import { seedUsers } from './users'

/** How many of the generated releases the seeded inboxes hear about: enough that no demo inbox is empty. */
const RELEASES_NOTIFIED = 24
const READ_BEFORE = SEED_NOW - 2 * 86_400_000

/**
 * The notifications the seeded history would have sent (the same rules as the API's,
 * notify.ts), for the first releases of the seed; those older than two days are read.
 */
export function seedNotifications(
  releases: readonly StoredRelease[],
  history: ReadonlyMap<string, readonly StoredHistoryEntry[]>,
): StoredNotification[] {
  const notifications: StoredNotification[] = []
  for (const release of releases.slice(0, RELEASES_NOTIFIED + 1)) {
    for (const entry of history.get(release.id) ?? []) {
      for (const draft of notificationsForEntry(entry, release, seedUsers)) {
        notifications.push({
          ...draft,
          id: `notification-seed-${notifications.length + 1}`,
          read: Date.parse(draft.at) < READ_BEFORE,
        })
      }
    }
  }
  return notifications
}
