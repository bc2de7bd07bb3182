import { http, HttpResponse } from 'msw'
import { inboxQuerySchema, markReadInputSchema, type Notification } from '../../src/api/contract'
import { commit, db, find } from '../db'
import type { StoredNotification } from '../../server/core/records'
import { requireUser } from './auth'
import { paginate } from './list'
import { parseBody, parseQuery, type Route } from './route'

/**
 * How many versions each family has, by its original's id (one pass over the releases per
 * request, not one per notification): a notification about a version of a family names its language.
 */
function familySizes(): Map<string, number> {
  const sizes = new Map<string, number>()
  for (const release of db.releases.all()) {
    const originalId = release.originalId ?? release.id
    sizes.set(originalId, (sizes.get(originalId) ?? 0) + 1)
  }
  return sizes
}

function toNotification(record: StoredNotification, sizes: Map<string, number>): Notification {
  const { recipientId: _recipientId, releaseId, actorId, ...rest } = record
  const actor = actorId === null ? null : { id: actorId, name: find('users', actorId)?.name ?? actorId }
  const release = find('releases', releaseId)
  // A deleted draft keeps its notifications; they still name it.
  return {
    ...rest,
    release: {
      id: releaseId,
      name: release?.title ?? 'Deleted release',
      language: release?.language ?? null,
      languageVersions: release ? (sizes.get(release.originalId ?? release.id) ?? 1) : 0,
    },
    actor,
  }
}

/** The signed-in person's notifications. */
export function inboxHandlers(baseUrl: string, route: Route) {
  const mine = (userId: string) =>
    db.notifications
      .findMany((q) => q.where({ recipientId: userId }))
      .toSorted((a, b) => Date.parse(b.at) - Date.parse(a.at) || (a.id < b.id ? 1 : -1))
  return [
    http.get(
      `${baseUrl}/inbox`,
      route(({ request, url }) => {
        const user = requireUser(request)
        const query = parseQuery(url, inboxQuerySchema)
        const all = mine(user.id)
        const shown = query.unread === 'true' ? all.filter((n) => !n.read) : all
        const sizes = familySizes()
        return HttpResponse.json({
          ...paginate(shown, query.page, query.pageSize, (record) => toNotification(record, sizes)),
          unread: all.filter((n) => !n.read).length,
        })
      }),
    ),

    // Only the caller's own notifications are marked; ids of anybody else's are ignored.
    http.post(
      `${baseUrl}/inbox/read`,
      route(async ({ request }) => {
        const user = requireUser(request)
        const { data } = await parseBody(request, markReadInputSchema)
        const ids = new Set(data.ids ?? [])
        for (const notification of mine(user.id)) {
          if (notification.read || !(data.all === true || ids.has(notification.id))) continue
          await commit('notifications', notification.id, (current) => (current ? { ...current, read: true } : null))
        }
        return new HttpResponse(null, { status: 204 })
      }),
    ),
  ]
}
