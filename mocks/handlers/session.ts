import { http, HttpResponse } from 'msw'
import { signInInputSchema } from '../../src/api/contract'
import { newToken, now } from '../db'
import { invalid } from '../problem'
import { requireUser, tokenOf } from './auth'
import { parseBody, type Route } from './route'

/** The demo's sign-in: choose a seeded user, get a bearer token. */
export function sessionHandlers(baseUrl: string, route: Route) {
  return [
    http.get(
      `${baseUrl}/users`,
      route(async ({ store }) => HttpResponse.json({ items: (await store.all('users')).map((user) => ({ ...user })) })),
    ),

    http.post(
      `${baseUrl}/session`,
      route(async ({ request, store }) => {
        const { data } = await parseBody(request, signInInputSchema)
        const user = await store.get('users', data.userId)
        if (!user) throw invalid({ userId: 'There is no user with this id' }, 'Choose one of the listed users.')
        const token = newToken()
        await store.insert('sessions', { token, userId: user.id, createdAt: now().toISOString() })
        return HttpResponse.json({ token, user: { ...user } }, { status: 201 })
      }),
    ),

    http.get(
      `${baseUrl}/session`,
      route(async ({ request, store }) => HttpResponse.json({ user: { ...(await requireUser(request, store)) } })),
    ),

    http.delete(
      `${baseUrl}/session`,
      route(async ({ request, store }) => {
        await requireUser(request, store)
        await store.delete('sessions', tokenOf(request)!)
        return new HttpResponse(null, { status: 204 })
      }),
    ),
  ]
}
