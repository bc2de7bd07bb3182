import { http, HttpResponse } from 'msw'
import { commentInputSchema, transitionInputSchema, type Comment, type HistoryEntry } from '../../src/api/contract'
import { commit, db, find, now } from '../db'
import { notFound } from '../problem'
import { notificationsForComment } from '../workflow/notify'
import { commitChange, historyOf, newId, notify } from '../workflow/records'
import { applyTransition } from '../workflow/transitions'
import { requireUser } from './auth'
import { createReleaseResolver } from './release-view'
import { parseBody, type Route } from './route'

const userRef = (id: string) => ({ id, name: find('users', id)?.name ?? id })

function requireRelease(id: string) {
  const release = find('releases', id)
  if (!release) throw notFound('release', id)
  return release
}

/** The workflow of one release: its transitions, its history (read-only) and its comments. */
export function releaseWorkflowHandlers(baseUrl: string, route: Route) {
  const path = `${baseUrl}/releases/:id`
  return [
    http.post(
      `${path}/transitions`,
      route(async ({ request, params }) => {
        const user = requireUser(request)
        requireRelease(params.id!)
        const { data } = await parseBody(request, transitionInputSchema)
        const updated = await commitChange(params.id!, (current) =>
          applyTransition(current, data, user, now(), {
            original: current.originalId ? find('releases', current.originalId) : undefined,
          }),
        )
        return HttpResponse.json(createReleaseResolver(user).toRelease(updated))
      }),
    ),

    http.get(
      `${path}/history`,
      route(({ request, params }) => {
        requireUser(request)
        requireRelease(params.id!)
        const items: HistoryEntry[] = historyOf(params.id!).map(({ releaseId: _releaseId, actorId, ...entry }) => ({
          ...entry,
          actor: actorId === null ? null : userRef(actorId),
        }))
        return HttpResponse.json({ items })
      }),
    ),

    http.get(
      `${path}/comments`,
      route(({ request, params }) => {
        requireUser(request)
        requireRelease(params.id!)
        const items: Comment[] = db.comments
          .findMany((q) => q.where({ releaseId: params.id! }))
          .toSorted((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt))
          .map(({ releaseId: _releaseId, authorId, ...comment }) => ({ ...comment, author: userRef(authorId) }))
        return HttpResponse.json({ items })
      }),
    ),

    http.post(
      `${path}/comments`,
      route(async ({ request, params }) => {
        const user = requireUser(request)
        const release = requireRelease(params.id!)
        const { data } = await parseBody(request, commentInputSchema)
        const id = newId('comment')
        // Stored as the text that was typed: the UI renders it as text, never as HTML.
        const stored = (await commit('comments', id, () => ({
          id,
          releaseId: release.id,
          authorId: user.id,
          body: data.body,
          createdAt: now().toISOString(),
        })))!
        await notify(notificationsForComment(stored, release, historyOf(release.id), db.users.all()))
        const { releaseId: _releaseId, authorId: _authorId, ...comment } = stored
        return HttpResponse.json({ ...comment, author: userRef(user.id) }, { status: 201 })
      }),
    ),
  ]
}
