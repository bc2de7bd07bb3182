/**
 * From verified claims to the person the core records (issue #17): the role from a configurable
 * claim (a name or a dotted path; the strongest of several wins; none: no access), the id from
 * the issuer and `sub`, and names fit to store.
 */
import { describe, expect, it } from 'vitest'
import { personOf, userIdOf } from './person'
import { claimAt, roleOf } from './roles'

const roleValues = { editor: 'newsroom-editor', reviewer: 'newsroom-reviewer', admin: 'newsroom-admin' }

describe('roleOf', () => {
  it('reads a top-level claim, a dotted path, and a namespaced claim whose name has dots', () => {
    expect(roleOf({ groups: ['newsroom-editor'] }, 'groups', roleValues)).toBe('editor')
    expect(roleOf({ realm_access: { roles: ['newsroom-reviewer'] } }, 'realm_access.roles', roleValues)).toBe(
      'reviewer',
    )
    expect(
      roleOf({ 'https://newsroom.example/roles': ['newsroom-admin'] }, 'https://newsroom.example/roles', roleValues),
    ).toBe('admin')
  })

  it('gives the strongest of several roles: admin, then reviewer, then editor', () => {
    expect(roleOf({ roles: ['newsroom-editor', 'newsroom-admin', 'newsroom-reviewer'] }, 'roles', roleValues)).toBe(
      'admin',
    )
    expect(roleOf({ roles: ['newsroom-editor', 'newsroom-reviewer'] }, 'roles', roleValues)).toBe('reviewer')
  })

  it('takes a claim of one string as one value', () => {
    expect(roleOf({ roles: 'newsroom-reviewer' }, 'roles', roleValues)).toBe('reviewer')
  })

  it('gives no role for values it does not know, near misses, other types, or no claim', () => {
    const unknown = [
      { roles: ['staff', 'Newsroom-Editor', 'newsroom-editor '] },
      { roles: [{ name: 'newsroom-admin' }, 1, null] },
      { roles: { admin: 'newsroom-admin' } },
      { realm_access: 'newsroom-admin' },
      {},
    ]
    expect(unknown.map((claims) => roleOf(claims, 'roles', roleValues))).toEqual(unknown.map(() => null))
    expect(roleOf({ realm_access: ['newsroom-admin'] }, 'realm_access.roles', roleValues)).toBeNull()
  })

  it('does not walk into inherited properties', () => {
    expect(claimAt({}, 'constructor.name')).toBeUndefined()
    expect(claimAt({ a: {} }, 'a.toString')).toBeUndefined()
  })
})

describe('personOf', () => {
  const settings = { issuer: 'https://sso.example.org/realms/newsroom', rolesClaim: 'groups', roleValues }

  it('records the name and e-mail of the claims, under an id from the issuer and sub', () => {
    expect(
      personOf({ sub: 'f3a9', name: 'Ana Horvat', email: 'ana@example.org', groups: ['newsroom-editor'] }, settings),
    ).toEqual({ id: userIdOf(settings.issuer, 'f3a9'), name: 'Ana Horvat', title: 'ana@example.org', role: 'editor' })
  })

  it('keeps one id per person and issuer: stable, of one form, showing nothing of the person', () => {
    const id = userIdOf(settings.issuer, 'ana@example.org')
    expect(id).toMatch(/^oidc-[0-9a-f]{32}$/)
    expect(userIdOf(settings.issuer, 'ana@example.org')).toBe(id)
    expect(userIdOf('https://other.example.org', 'ana@example.org')).not.toBe(id)
    expect(userIdOf(settings.issuer, 'ana@example.org ')).not.toBe(id)
    expect(id).not.toContain('ana')
  })

  it('names the person from what the claims have, down to their subject', () => {
    const name = (claims: Record<string, unknown>) => personOf({ sub: 's-1', ...claims }, settings).name
    expect(name({ given_name: 'Ana', family_name: 'Horvat', preferred_username: 'ahorvat' })).toBe('Ana Horvat')
    expect(name({ preferred_username: 'ahorvat', email: 'ana@example.org' })).toBe('ahorvat')
    expect(name({ email: 'ana@example.org' })).toBe('ana@example.org')
    expect(name({ name: '   ' })).toBe('s-1')
    expect(personOf({ sub: 's-1' }, settings)).toMatchObject({ name: 's-1', title: '', role: null })
  })

  it('stores no control characters, no half characters, and no more than 200 characters', () => {
    const person = personOf(
      { sub: 's-1', name: `Ana\u0000 Hor\nvat\ud800`, email: `${'a'.repeat(300)}@example.org` },
      settings,
    )
    expect(person.name).toBe('Ana Horvat')
    expect(person.title).toHaveLength(200)
  })
})
