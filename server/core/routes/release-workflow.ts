import { commentInputSchema, transitionInputSchema, type Comment, type HistoryEntry } from '../../../src/api/contract'
import type { StorageReader } from '../storage'
import { now } from '../clock'
import { notFound } from '../problem'
import { notificationsForComment } from '../workflow/notify'
import { commitChange, newId, notify } from '../workflow/records'
import { applyTransition } from '../workflow/transitions'
import { requireUser } from './auth'
import { createReleaseResolver } from './release-view'
import { type Route, get, parseBody, post } from './route'

/** The users' refs by id, read once per request. */
async function userRefs(store: StorageReader) {
  const names = new Map((await store.all('users')).map((user) => [user.id, user.name]))
  return (id: string) => ({ id, name: names.get(id) ?? id })
}

async function requireRelease(store: StorageReader, id: string) {
  const release = await store.get('releases', id)
  if (!release) throw notFound('release', id)
  return release
}

/** The workflow of one release: its transitions, its history (read-only) and its comments. */
export function releaseWorkflowHandlers(baseUrl: string, route: Route) {
  const path = `${baseUrl}/releases/:id`
  return [
    post(
      `${path}/transitions`,
      route(async ({ request, params, store }) => {
        const user = await requireUser(request, store)
        const release = await requireRelease(store, params.id!)
        const { data } = await parseBody(request, transitionInputSchema)
        const original = release.originalId ? await store.get('releases', release.originalId) : undefined
        const updated = await commitChange(store, params.id!, (current) =>
          applyTransition(current, data, user, now(), { original }),
        )
        return Response.json(await (await createReleaseResolver(store, user)).toRelease(updated))
      }),
    ),

    get(
      `${path}/history`,
      route(async ({ request, params, store }) => {
        await requireUser(request, store)
        await requireRelease(store, params.id!)
        const userRef = await userRefs(store)
        const items: HistoryEntry[] = (await store.historyOf(params.id!)).map(
          ({ releaseId: _releaseId, actorId, ...entry }) => ({
            ...entry,
            actor: actorId === null ? null : userRef(actorId),
          }),
        )
        return Response.json({ items })
      }),
    ),

    get(
      `${path}/comments`,
      route(async ({ request, params, store }) => {
        await requireUser(request, store)
        await requireRelease(store, params.id!)
        const userRef = await userRefs(store)
        const items: Comment[] = (await store.commentsOf(params.id!)).map(
          ({ releaseId: _releaseId, authorId, ...comment }) => ({ ...comment, author: userRef(authorId) }),
        )
        return Response.json({ items })
      }),
    ),

    post(
      `${path}/comments`,
      route(async ({ request, params, store }) => {
        const user = await requireUser(request, store)
        const release = await requireRelease(store, params.id!)
        const { data } = await parseBody(request, commentInputSchema)
        // Stored as the text that was typed: the UI renders it as text, never as HTML.
        const stored = {
          id: newId('comment'),
          releaseId: release.id,
          authorId: user.id,
          body: data.body,
          createdAt: now().toISOString(),
        }
        await store.insert('comments', stored)
        const users = await store.all('users')
        await notify(store, notificationsForComment(stored, release, await store.historyOf(release.id), users))
        const { releaseId: _releaseId, authorId: _authorId, ...comment } = stored
        return Response.json({ ...comment, author: { id: user.id, name: user.name } }, { status: 201 })
      }),
    ),
  ]
}
