import { inboxQuerySchema, markReadInputSchema, type Notification } from '../../../src/api/contract'
import type { StoredNotification, StoredRelease } from '../records'
import type { StorageReader } from '../storage'
import { familyKey } from '../workflow/translations'
import { requireUser } from './auth'
import { paginate } from '../list'
import { type Route, get, parseBody, parseQuery, post } from './route'

/**
 * How many versions each family has, by its original's id (one pass over the releases per
 * request, not one per notification): a notification about a version of a family names its language.
 */
async function toNotifications(store: StorageReader, records: readonly StoredNotification[]): Promise<Notification[]> {
  const users = new Map((await store.all('users')).map((user) => [user.id, user.name]))
  const releases = new Map<string, StoredRelease | undefined>()
  for (const { releaseId } of records)
    if (!releases.has(releaseId)) releases.set(releaseId, await store.get('releases', releaseId))
  const present = [...releases.values()].filter((release) => release !== undefined)
  const families = await store.releases.families([...new Set(present.map(familyKey))])
  return records.map((record) => toNotification(record, users, releases.get(record.releaseId), families))
}

function toNotification(
  record: StoredNotification,
  users: ReadonlyMap<string, string>,
  release: StoredRelease | undefined,
  families: ReadonlyMap<string, StoredRelease[]>,
): Notification {
  const { recipientId: _recipientId, releaseId, actorId, ...rest } = record
  const actor = actorId === null ? null : { id: actorId, name: users.get(actorId) ?? actorId }
  // A deleted draft keeps its notifications; they still name it.
  return {
    ...rest,
    release: {
      id: releaseId,
      name: release?.title ?? 'Deleted release',
      language: release?.language ?? null,
      languageVersions: release ? (families.get(familyKey(release))?.length ?? 1) : 0,
    },
    actor,
  }
}

/** The signed-in person's notifications. */
export function inboxHandlers(baseUrl: string, route: Route) {
  const mine = async (store: StorageReader, userId: string) => await store.notificationsOf(userId)
  return [
    get(
      `${baseUrl}/inbox`,
      route(async ({ request, url, store }) => {
        const user = await requireUser(request, store)
        const query = parseQuery(url, inboxQuerySchema)
        const all = await mine(store, user.id)
        const shown = query.unread === 'true' ? all.filter((n) => !n.read) : all
        const page = paginate(shown, query.page, query.pageSize)
        return Response.json({
          ...page,
          items: await toNotifications(store, page.items),
          unread: all.filter((n) => !n.read).length,
        })
      }),
    ),

    // Only the caller's own notifications are marked; ids of anybody else's are ignored.
    post(
      `${baseUrl}/inbox/read`,
      route(async ({ request, store }) => {
        const user = await requireUser(request, store)
        const { data } = await parseBody(request, markReadInputSchema)
        const ids = new Set(data.ids ?? [])
        for (const notification of await mine(store, user.id)) {
          if (notification.read || !(data.all === true || ids.has(notification.id))) continue
          await store.replace('notifications', { ...notification, read: true })
        }
        return new Response(null, { status: 204 })
      }),
    ),
  ]
}
