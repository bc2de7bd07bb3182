import { signInInputSchema } from '../../../src/api/contract'
import { now } from '../clock'
import { ApiProblem, invalid } from '../problem'
import { newToken, requireUser, tokenOf } from './auth'
import { type Endpoint, type Route, all, del, get, parseBody, post } from './route'

/**
 * Who is signed in (GET /session), in both modes; and the demo's sign-in: choose a seeded user
 * (GET /users), get a bearer token (POST /session), end it (DELETE /session). With an identity
 * provider (`demo: false`) those three do not exist: people sign in at the provider, and the
 * server has neither a list of everyone nor sessions of its own.
 */
export function sessionHandlers(baseUrl: string, route: Route, { demo }: { demo: boolean }): Endpoint[] {
  const whoIsSignedIn = get(
    `${baseUrl}/session`,
    route(async ({ request, store }) => Response.json({ user: { ...(await requireUser(request, store)) } })),
  )
  if (!demo) {
    const absent = route(({ request, url }) => {
      throw new ApiProblem(
        404,
        `There is no endpoint ${request.method} ${url.pathname} here: this server signs people in through its identity provider, not with the demo's sign-in.`,
      )
    })
    return [
      whoIsSignedIn,
      all(`${baseUrl}/users`, absent),
      post(`${baseUrl}/session`, absent),
      del(`${baseUrl}/session`, absent),
    ]
  }
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

    whoIsSignedIn,

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
