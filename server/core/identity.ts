/**
 * Sign-in through an identity provider (issue #17), the core's side: who a bearer token names,
 * resolved once per request before any route runs, and the person recorded from their claims.
 *
 * The core knows no token format: an `Identity` (server/auth/ implements one over OpenID
 * Connect with jose) verifies the token and answers the person it names. This step then
 *  - refuses a token that is not valid (401) or a person with none of the roles (403, "no access"),
 *    writing nothing;
 *  - records the person (a user with an id of the identity's choosing, their name, role and
 *    title) on their first request, and again when their claims change, so history and
 *    authorship show real names. That is a write, and a GET's store is read-only (route.ts), so
 *    it runs here, in a transaction of its own, before the route's.
 * `requireUser` (routes/auth.ts) then answers the recorded user, or throws the refusal; a
 * request that names no user (a token-less call to a public path) is not refused here.
 *
 * Without an identity (the demo, the mock) none of this runs: sessions from POST /session.
 */
import type { Role } from '../../src/api/contract'
import { ApiProblem, unauthorized } from './problem'
import type { StoredUser } from './records'
import { StorageUnavailable, type Storage } from './storage'

/** A person as the identity provider vouches for them; `role` null: none of the mapped roles. */
export type VerifiedPerson = { id: string; name: string; title: string; role: Role | null }

/** The token is not one this server accepts (bad signature, expired, another issuer or audience…): 401. */
export class InvalidToken extends Error {
  constructor(readonly detail: string) {
    super(detail)
    this.name = 'InvalidToken'
  }
}

/** How long a client is asked to wait (Retry-After) when the identity provider did not answer. */
export const identityRetrySeconds = 5

/** The identity provider could not be asked (its keys did not come): 503, the same token may work later. */
export class IdentityUnavailable extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'IdentityUnavailable'
  }
}

/** What verifies bearer tokens in a deployment. */
export interface Identity {
  /** The person `token` names; throws InvalidToken or IdentityUnavailable. */
  verify(token: string): Promise<VerifiedPerson>
}

/** A request's outcome: the user it is made by, or the refusal `requireUser` throws. */
export type Identified = { user: StoredUser } | { problem: ApiProblem }

/** Per request (the Request object the routes see): set by `identify`, read by `requireUser`. */
const outcomes = new WeakMap<Request, Identified>()

/** What `identify` decided for this request; undefined in the demo (then sessions decide). */
export const identifiedBy = (request: Request): Identified | undefined => outcomes.get(request)

/** The 403 of a person the provider knows but who has none of the roles: the app shows a "no access" page. */
export const noAccess = () =>
  new ApiProblem(
    403,
    'You are signed in, but your account has no role in the Newsroom admin (editor, reviewer or admin). Ask an administrator of your organisation to give you one.',
    { type: 'https://newsroom-admin.example/problems/no-access', title: 'No access' },
  )

/**
 * Decides who `request` is made by (its bearer token, `token`, or none) and records the
 * person; the answer is kept for `requireUser`. Storage that cannot take the write is a 503.
 */
export async function identify(
  request: Request,
  token: string | null,
  identity: Identity,
  storage: Storage,
): Promise<void> {
  outcomes.set(request, await outcomeOf(token, identity, storage))
}

async function outcomeOf(token: string | null, identity: Identity, storage: Storage): Promise<Identified> {
  if (!token) return { problem: unauthorized('Sign in to continue: the request has no bearer token.') }
  let person: VerifiedPerson
  try {
    person = await identity.verify(token)
  } catch (error) {
    if (error instanceof InvalidToken)
      return { problem: unauthorized(`Your sign-in is not valid (${error.detail}). Sign in again.`) }
    if (error instanceof IdentityUnavailable) {
      console.error('[api] the identity provider did not answer', error)
      return {
        problem: new ApiProblem(
          503,
          'The server cannot reach the identity provider to check your sign-in. Try again in a moment.',
          { title: 'Sign-in cannot be checked' },
          // The keys are asked for again by the next request: a client may retry soon.
          { 'Retry-After': String(identityRetrySeconds) },
        ),
      }
    }
    throw error
  }
  const { role } = person
  if (role === null) return { problem: noAccess() }
  try {
    return { user: await record(storage, { id: person.id, name: person.name, title: person.title, role }) }
  } catch (error) {
    if (error instanceof StorageUnavailable)
      return { problem: new ApiProblem(503, error.detail, { title: error.title }) }
    throw error
  }
}

const same = (a: StoredUser, b: StoredUser) => a.name === b.name && a.role === b.role && a.title === b.title

/**
 * Stores the person as a user unless stored already as they are: a read only, most requests.
 * Two first requests at once may both insert; the one that loses tries once more, and then
 * finds the other's row.
 */
async function record(storage: Storage, user: StoredUser): Promise<StoredUser> {
  const stored = await storage.get('users', user.id)
  if (stored && same(stored, user)) return stored
  const write = () =>
    storage.transaction(async (tx) => {
      const current = await tx.get('users', user.id)
      if (!current) await tx.insert('users', user)
      else if (!same(current, user)) await tx.replace('users', user)
    })
  try {
    await write()
  } catch (error) {
    if (error instanceof StorageUnavailable) throw error
    await write()
  }
  return user
}
