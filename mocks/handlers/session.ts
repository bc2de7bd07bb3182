import { http, HttpResponse } from 'msw'
import { signInInputSchema } from '../../src/api/contract'
import { commit, db, find, newToken, now } from '../db'
import { invalid } from '../problem'
import { requireUser, tokenOf } from './auth'
import { parseBody, type Route } from './route'

/** The demo's sign-in: choose a seeded user, get a bearer token. */
export function sessionHandlers(baseUrl: string, route: Route) {
  return [
    http.get(
      `${baseUrl}/users`,
      route(() => HttpResponse.json({ items: db.users.all().map((user) => ({ ...user })) })),
    ),

    http.post(
      `${baseUrl}/session`,
      route(async ({ request }) => {
        const { data } = await parseBody(request, signInInputSchema)
        const user = find('users', data.userId)
        if (!user) throw invalid({ userId: 'There is no user with this id' }, 'Choose one of the listed users.')
        const token = newToken()
        await commit('sessions', token, () => ({ token, userId: user.id, createdAt: now().toISOString() }))
        return HttpResponse.json({ token, user: { ...user } }, { status: 201 })
      }),
    ),

    http.get(
      `${baseUrl}/session`,
      route(({ request }) => HttpResponse.json({ user: { ...requireUser(request) } })),
    ),

    http.delete(
      `${baseUrl}/session`,
      route(async ({ request }) => {
        requireUser(request)
        await commit('sessions', tokenOf(request)!, () => null)
        return new HttpResponse(null, { status: 204 })
      }),
    ),
  ]
}
