import type { Role } from '../../src/api/contract'
import { find } from '../db'
import { forbidden, unauthorized } from '../problem'
import type { StoredUser } from '../../server/core/records'

export function tokenOf(request: Request): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('Authorization') ?? '')
  return match?.[1] ?? null
}

/** The signed-in user, or a 401 problem for a missing, unknown or revoked token. */
export function requireUser(request: Request): StoredUser {
  const token = tokenOf(request)
  if (!token) throw unauthorized('Sign in to continue: the request has no bearer token.')
  const session = find('sessions', token)
  const user = session && find('users', session.userId)
  if (!user) throw unauthorized('Your session has ended. Sign in again.')
  return user
}

export function requireRole(user: StoredUser, roles: readonly Role[], detail: string): void {
  if (!roles.includes(user.role)) throw forbidden(detail)
}

export function requireAdmin(request: Request, what: string): StoredUser {
  const user = requireUser(request)
  requireRole(user, ['admin'], `Only an admin can change ${what}.`)
  return user
}
