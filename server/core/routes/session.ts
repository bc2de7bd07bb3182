import { signInInputSchema } from '../../../src/api/contract'
import { now } from '../clock'
import { ApiProblem, invalid } from '../problem'
import { newToken, requireUser, tokenOf } from './auth'
import { type Endpoint, type Route, del, get, parseBody, post } from './route'

/**
 * Who is signed in (GET /session), in both modes; the people (GET /users); and the demo's
 * sign-in: choose a seeded user, get a bearer token (POST /session), end it (DELETE /session).
 * With an identity provider (`demo: false`) the last two do not exist: people sign in at the
 * provider, and the server has no sessions of its own. GET /users then lists the people recorded
 * from their tokens so far (the app's filters by author), to signed-in people only: a deployment
 * does not tell strangers who works there.
 */
export function sessionHandlers(baseUrl: string, route: Route, { demo }: { demo: boolean }): Endpoint[] {
  const whoIsSignedIn = get(
    `${baseUrl}/session`,
    route(async ({ request, store }) => Response.json({ user: { ...(await requireUser(request, store)) } })),
  )
  const people = (signedInOnly: boolean) =>
    get(
      `${baseUrl}/users`,
      route(async ({ request, store }) => {
        if (signedInOnly) await requireUser(request, store)
        return Response.json({ items: (await store.all('users')).map((user) => ({ ...user })) })
      }),
    )
  if (!demo) {
    const absent = route(({ request, url }) => {
      throw new ApiProblem(
        404,
        `There is no endpoint ${request.method} ${url.pathname} here: this server signs people in through its identity provider, not with the demo's sign-in.`,
      )
    })
    return [whoIsSignedIn, people(true), post(`${baseUrl}/session`, absent), del(`${baseUrl}/session`, absent)]
  }
  return [
    people(false),

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
