import type { Role } from '../../../src/api/contract'
import type { StorageReader } from '../storage'
import { identifiedBy } from '../identity'
import { forbidden, unauthorized } from '../problem'
import type { StoredUser } from '../records'

/** A new session's bearer token: 122 random bits, unguessable. */
export function newToken(): string {
  return `token-${crypto.randomUUID()}`
}

export function tokenOf(request: Request): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('Authorization') ?? '')
  return match?.[1] ?? null
}

/**
 * The signed-in user, or a 401 problem for a missing, unknown or revoked token. In a deployment
 * with an identity provider, the person its token names (identity.ts decided before the route
 * ran: a 401, or a 403 for a person with no role); in the demo, the user of the token's session.
 */
export async function requireUser(request: Request, store: StorageReader): Promise<StoredUser> {
  const identified = identifiedBy(request)
  if (identified) {
    if ('problem' in identified) throw identified.problem
    return identified.user
  }
  const token = tokenOf(request)
  if (!token) throw unauthorized('Sign in to continue: the request has no bearer token.')
  const session = await store.get('sessions', token)
  const user = session && (await store.get('users', session.userId))
  if (!user) throw unauthorized('Your session has ended. Sign in again.')
  return user
}

export function requireRole(user: StoredUser, roles: readonly Role[], detail: string): void {
  if (!roles.includes(user.role)) throw forbidden(detail)
}

export async function requireAdmin(request: Request, store: StorageReader, what: string): Promise<StoredUser> {
  const user = await requireUser(request, store)
  requireRole(user, ['admin'], `Only an admin can change ${what}.`)
  return user
}
