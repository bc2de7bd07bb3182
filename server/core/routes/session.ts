import { signInInputSchema } from '../../../src/api/contract'
import { now } from '../clock'
import { invalid } from '../problem'
import { newToken, requireUser, tokenOf } from './auth'
import { type Route, del, get, parseBody, post } from './route'

/** The demo's sign-in: choose a seeded user, get a bearer token. */
export function sessionHandlers(baseUrl: string, route: Route) {
  return [
    get(
      `${baseUrl}/users`,
      route(async ({ store }) => Response.json({ items: (await store.all('users')).map((user) => ({ ...user })) })),
    ),

    post(
      `${baseUrl}/session`,
      route(async ({ request, store }) => {
        const { data } = await parseBody(request, signInInputSchema)
        const user = await store.get('users', data.userId)
        if (!user) throw invalid({ userId: 'There is no user with this id' }, 'Choose one of the listed users.')
        const token = newToken()
        await store.insert('sessions', { token, userId: user.id, createdAt: now().toISOString() })
        return Response.json({ token, user: { ...user } }, { status: 201 })
      }),
    ),

    get(
      `${baseUrl}/session`,
      route(async ({ request, store }) => Response.json({ user: { ...(await requireUser(request, store)) } })),
    ),

    del(
      `${baseUrl}/session`,
      route(async ({ request, store }) => {
        await requireUser(request, store)
        await store.delete('sessions', tokenOf(request)!)
        return new Response(null, { status: 204 })
      }),
    ),
  ]
}
