/**
 * Roles from the identity provider's claims (issue #17): one claim (OIDC_ROLES_CLAIM) holds the
 * person's groups or roles; each of the app's roles is one value in it (OIDC_ROLE_EDITOR…).
 * Several may match: the strongest wins (admin, then reviewer, then editor). None: no access.
 */
import type { Role } from '../../src/api/contract'

/** The claim value that gives each role, e.g. `{ editor: 'newsroom-editor', … }`. */
export type RoleValues = Record<Role, string>

/** Strongest first: an admin may do all a reviewer or an editor may. */
const strongestFirst: readonly Role[] = ['admin', 'reviewer', 'editor']

/**
 * The claim named `path`: a top-level claim of that exact name first (namespaced claims such as
 * `https://example.org/roles` have dots in their name), else a dotted path into nested objects
 * (`realm_access.roles`, Keycloak's realm roles).
 */
export function claimAt(claims: Record<string, unknown>, path: string): unknown {
  if (Object.hasOwn(claims, path)) return claims[path]
  let value: unknown = claims
  for (const step of path.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, step))
      return undefined
    value = (value as Record<string, unknown>)[step]
  }
  return value
}

/** The values of a roles claim: a list of strings, or one string (some providers send one group so). */
function valuesOf(claim: unknown): string[] {
  if (typeof claim === 'string') return [claim]
  if (Array.isArray(claim)) return claim.filter((value): value is string => typeof value === 'string')
  return []
}

/** The person's role from their claims, or null when the claim names none of the configured values. */
export function roleOf(claims: Record<string, unknown>, rolesClaim: string, roleValues: RoleValues): Role | null {
  const values = new Set(valuesOf(claimAt(claims, rolesClaim)))
  return strongestFirst.find((role) => values.has(roleValues[role])) ?? null
}
