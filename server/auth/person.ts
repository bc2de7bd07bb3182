/**
 * The person a verified token names, as the core records them (issue #17): a user whose id
 * derives from the issuer and `sub`, with the name and e-mail address of the claims.
 *
 * The id is `oidc-` and 32 hex digits of SHA-256(issuer, newline, sub): stable for as long as
 * the provider keeps the person's `sub` (OpenID Connect promises it never changes nor is reused
 * within an issuer), unique across issuers, of a fixed length whatever the provider's `sub`
 * looks like, and it shows nothing of the person in URLs and logs. A renamed person keeps their
 * id, so their history follows them; another issuer makes other ids.
 *
 * The users table has no e-mail column: the address is kept as the user's `title`, which the
 * app shows beside the name (in the demo, what the person does).
 */
import { createHash } from 'node:crypto'
import type { VerifiedPerson } from '../core/identity'
import { roleOf, type RoleValues } from './roles'

export function userIdOf(issuer: string, subject: string): string {
  return `oidc-${createHash('sha256').update(`${issuer}\n${subject}`).digest('hex').slice(0, 32)}`
}

// oxlint-disable-next-line eslint/no-control-regex -- control characters are what it removes
const controls = /[\u0000-\u001f\u007f]/g
const halfCharacters = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * Text from a claim fit to store and show: no control characters (PostgreSQL's text cannot hold
 * U+0000) nor half characters, trimmed, at most 200 characters.
 */
function text(value: unknown): string {
  if (typeof value !== 'string') return ''
  return value.replace(controls, '').trim().slice(0, 200).replace(halfCharacters, '')
}

/** The name to show: `name`, else given and family names, else the user name or address, else the subject. */
function nameOf(claims: Record<string, unknown>, subject: string): string {
  const given = [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ')
  return text(claims.name) || given || text(claims.preferred_username) || text(claims.email) || text(subject) || subject
}

export function personOf(
  claims: Record<string, unknown> & { sub: string },
  { issuer, rolesClaim, roleValues }: { issuer: string; rolesClaim: string; roleValues: RoleValues },
): VerifiedPerson {
  return {
    id: userIdOf(issuer, claims.sub),
    name: nameOf(claims, claims.sub),
    title: text(claims.email),
    role: roleOf(claims, rolesClaim, roleValues),
  }
}
