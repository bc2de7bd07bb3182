/**
 * Sign-in through an identity provider, against the real server (issue #17, Proof): the server
 * (`tsx server/main.ts`, started by server/test-support/start-server.ts) trusts a real OpenID
 * provider (server/test-support/oidc-provider.ts) on 127.0.0.1, through the OIDC_* variables.
 *
 * Tokens the provider issues (the authorization code flow with PKCE, over HTTP) sign people in,
 * with the role of their groups, and record them: history and authorship show their names.
 * Tokens that are wrong in one respect each (expired, another issuer, another audience, a
 * tampered payload, `alg: none`, HS256 with a guessable secret or with the provider's public
 * key, an unknown key) answer 401 with `WWW-Authenticate: Bearer error="invalid_token"`; a
 * person with none of the app's roles 403 "no access". None of them writes: the server is
 * stopped, a digest of every table taken (PGlite's folder cannot be opened while the server
 * has it), the server started again on the same folder, the refusals sent, and the digest taken
 * again.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import { SignJWT, base64url, decodeJwt, exportJWK, generateKeyPair } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, queryRows, tableNames } from '../db/connect'
import { startOidcProvider, testPeople, type TestProvider } from '../test-support/oidc-provider'
import { startServer, type RunningServer } from '../test-support/start-server'
import { userIdOf } from './person'

let provider: TestProvider
let server: RunningServer | undefined
let dataDir: string
let staticDir: string

const start = async () => {
  server = await startServer({ dataDir, staticDir, seedReleases: 5, env: provider.serverEnv })
  return server
}
const stop = async () => {
  await server?.stop()
  server = undefined
}

beforeAll(async () => {
  provider = await startOidcProvider()
  dataDir = mkdtempSync(join(tmpdir(), 'newsroom-sign-in-'))
  staticDir = mkdtempSync(join(tmpdir(), 'newsroom-sign-in-app-'))
  writeFileSync(
    join(staticDir, 'index.html'),
    '<!doctype html><title>Newsroom admin</title><meta name="newsroom-config" content="{}" /><div id="root"></div>',
  )
  await start()
}, 120_000)

afterAll(async () => {
  await stop()
  await provider?.stop()
  rmSync(dataDir, { recursive: true, force: true })
  rmSync(staticDir, { recursive: true, force: true })
})

const api = (path: string, token?: string, init: RequestInit = {}) => {
  const headers = new Headers(init.headers)
  if (token) headers.set('Authorization', `Bearer ${token}`)
  if (init.body) headers.set('Content-Type', 'application/json')
  return fetch(`${server!.apiBaseUrl}${path}`, { ...init, headers })
}
const json = async <T = Record<string, unknown>>(response: Response) => (await response.json()) as T

/** Every table's rows as one digest per table (as server/hostile-requests.test.ts takes it), the server stopped. */
async function digest(): Promise<string> {
  const database = await openDatabase({ dataDir, databaseUrl: undefined })
  try {
    const tables = await tableNames(database.db)
    const rows = await queryRows<{ name: string; digest: string }>(
      database.db,
      sql.join(
        tables.map(
          (name) =>
            sql`SELECT ${name} AS name, md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS digest FROM ${sql.identifier(name)} t`,
        ),
        sql` UNION ALL `,
      ),
    )
    return rows.map((row) => `${row.name}:${row.digest}`).join(' ')
  } finally {
    await database.close()
  }
}

/** A person's user as the server should record them. */
const userOf = (person: { login: string; name: string; email: string }, role: string) => ({
  id: userIdOf(provider.issuer, person.login),
  name: person.name,
  role,
  title: person.email,
})

/** Claims as the provider's access tokens have them, for `person`, valid now unless overridden. */
const claimsFor = (person: (typeof testPeople)[keyof typeof testPeople], overrides: Record<string, unknown> = {}) => {
  const now = Math.floor(Date.now() / 1000)
  return {
    iss: provider.issuer,
    aud: provider.audience,
    sub: person.login,
    iat: now,
    exp: now + 300,
    name: person.name,
    email: person.email,
    realm_access: { roles: person.groups },
    ...overrides,
  }
}

describe('sign-in through the identity provider', () => {
  it('signs each role in with a token from the provider, and records them as they are named there', async () => {
    const roles = [
      ['editor', testPeople.editor],
      ['reviewer', testPeople.reviewer],
      ['admin', testPeople.admin],
    ] as const
    const answers = []
    for (const [, person] of roles) {
      const answer = await api('/session', (await provider.signIn(person.login)).accessToken)
      answers.push({ status: answer.status, body: await json(answer) })
    }
    expect(answers).toEqual(roles.map(([role, person]) => ({ status: 200, body: { user: userOf(person, role) } })))
  })

  it('writes as the person: authorship and history show the names the provider gave', async () => {
    const editor = (await provider.signIn(testPeople.editor.login)).accessToken
    const reviewer = (await provider.signIn(testPeople.reviewer.login)).accessToken
    const structures = await json<{ items: Array<{ id: string }> }>(await api('/structures', editor))
    const created = await api('/releases', editor, {
      method: 'POST',
      body: JSON.stringify({
        type: 'press-release',
        title: 'Signed in through the identity provider',
        dateline: { place: 'Vienna', date: '2026-11-20' },
        summary: 'Written by a person the provider vouched for.',
        body: '<p>Text.</p>',
        sourceIds: [structures.items[0]!.id],
      }),
    })
    expect(created.status).toBe(201)
    const release = await json<{ id: string; version: number; author: { id: string; name: string } }>(created)
    expect(release.author).toEqual({ id: userIdOf(provider.issuer, 'erin'), name: 'Erin Editor' })
    const submitted = await json<{ version: number }>(
      await api(`/releases/${release.id}/transitions`, editor, {
        method: 'POST',
        body: JSON.stringify({ action: 'submit', version: release.version }),
      }),
    )
    const approved = await api(`/releases/${release.id}/transitions`, reviewer, {
      method: 'POST',
      body: JSON.stringify({ action: 'approve', version: submitted.version }),
    })
    expect(approved.status).toBe(200)
    const history = await json<{ items: Array<{ kind: string; actor: { name: string } | null }> }>(
      await api(`/releases/${release.id}/history`, reviewer),
    )
    expect(history.items.map((entry) => [entry.kind, entry.actor?.name])).toEqual([
      ['created', 'Erin Editor'],
      ['submit', 'Erin Editor'],
      ['approve', 'Rafael Reviewer'],
    ])
  })

  it('updates the record when the provider names the person otherwise: same id, new name', async () => {
    const before = await json<{ user: { id: string } }>(
      await api('/session', (await provider.signIn(testPeople.reviewer.login)).accessToken),
    )
    provider.people.get(testPeople.reviewer.login)!.name = 'Rafaela Reviewer'
    try {
      const after = await api('/session', (await provider.signIn(testPeople.reviewer.login)).accessToken)
      expect(await json(after)).toEqual({
        user: { ...userOf(testPeople.reviewer, 'reviewer'), id: before.user.id, name: 'Rafaela Reviewer' },
      })
    } finally {
      provider.people.get(testPeople.reviewer.login)!.name = testPeople.reviewer.name
      await api('/session', (await provider.signIn(testPeople.reviewer.login)).accessToken)
    }
  })

  it('allows some clock skew: a token expired 10 s ago, or valid in 10 s, still works (60 s is refused, below)', async () => {
    const now = Math.floor(Date.now() / 1000)
    const lately = await provider.sign(claimsFor(testPeople.editor, { exp: now - 10 }))
    expect((await api('/session', lately)).status).toBe(200)
    const early = await provider.sign(claimsFor(testPeople.editor, { nbf: now + 10 }))
    expect((await api('/session', early)).status).toBe(200)
  })

  it('lists the people recorded so far to signed-in people only (the filters by author)', async () => {
    const token = (await provider.signIn(testPeople.admin.login)).accessToken
    expect((await api('/session', token)).status).toBe(200)
    const answer = await api('/users', token)
    expect(answer.status).toBe(200)
    const { items } = (await answer.json()) as { items: { name: string; role: string }[] }
    expect(items).toContainEqual(expect.objectContaining({ name: testPeople.admin.name, role: 'admin' }))
    const stranger = await fetch(`${server!.apiBaseUrl}/users`)
    expect(stranger.status).toBe(401)
  })

  it('has no demo sign-in: POST and DELETE /session answer 404', async () => {
    const token = (await provider.signIn(testPeople.admin.login)).accessToken
    const demoUser = userIdOf('demo', 'x')
    const calls = [
      ['/session', { method: 'POST', body: JSON.stringify({ userId: demoUser }) }],
      ['/session', { method: 'DELETE' }],
    ] as Array<[string, RequestInit]>
    const answers = []
    for (const [path, init] of calls) {
      const answer = await api(path, token, init)
      answers.push(`${init.method ?? 'GET'} ${path}: ${answer.status} ${answer.headers.get('Content-Type')}`)
    }
    expect(answers).toEqual(
      calls.map(([path, init]) => `${init.method ?? 'GET'} ${path}: 404 application/problem+json`),
    )
  })

  it('tells the page where to sign in (the issuer and the client id in index.html), and lets it call the provider', async () => {
    const answer = await fetch(`${server!.origin}/`, { headers: { Accept: 'text/html' } })
    expect(answer.headers.get('Content-Security-Policy')).toContain(`connect-src 'self' ${provider.issuer};`)
    const page = await answer.text()
    const content = /<meta name="newsroom-config" content="([^"]*)"/.exec(page)![1]!
    expect(JSON.parse(content.replaceAll('&quot;', '"').replaceAll('&amp;', '&'))).toMatchObject({
      oidc: { issuer: provider.issuer, clientId: provider.clientId },
    })
  })
})

describe('tokens the server refuses, writing nothing', () => {
  /** [what, token, status]: each wrong in one respect. */
  let refusals: Array<[string, string | undefined, 401 | 403]>

  beforeAll(async () => {
    const good = (await provider.signIn(testPeople.editor.login)).accessToken
    const [header, payload, signature] = good.split('.') as [string, string, string]
    const claims = decodeJwt(good)
    const now = Math.floor(Date.now() / 1000)
    const encode = (value: unknown) => base64url.encode(JSON.stringify(value))
    const stranger = await generateKeyPair('RS256', { extractable: true })
    const publicJwk = await exportJWK(
      (await generateKeyPair('RS256', { extractable: true })).publicKey, // any public key will do for the shape
    )
    // The provider's own public key, as its JWKS publishes it: the classic HS256 key confusion.
    const jwks = await json<{ keys: Array<Record<string, unknown>> }>(await fetch(`${provider.issuer}/jwks`))
    const providerKeyAsSecret = new TextEncoder().encode(JSON.stringify(jwks.keys[0]))
    const hs256 = (secret: Uint8Array) =>
      new SignJWT(claimsFor(testPeople.editor))
        .setProtectedHeader({ alg: 'HS256', kid: String(jwks.keys[0]!.kid) })
        .sign(secret)
    refusals = [
      ['no token', undefined, 401],
      [
        'expired beyond the clock skew',
        await provider.sign(claimsFor(testPeople.editor, { exp: now - 60, iat: now - 400 })),
        401,
      ],
      ['not valid until later', await provider.sign(claimsFor(testPeople.editor, { nbf: now + 120 })), 401],
      ['another issuer', await provider.sign(claimsFor(testPeople.editor, { iss: 'https://sso.example.org' })), 401],
      ['another audience', await provider.sign(claimsFor(testPeople.editor, { aud: 'another-api' })), 401],
      ['no expiry', await provider.sign(claimsFor(testPeople.editor, { exp: undefined })), 401],
      ['no subject', await provider.sign(claimsFor(testPeople.editor, { sub: undefined })), 401],
      [
        'a tampered payload (the role of an admin)',
        `${header}.${encode({ ...claims, realm_access: { roles: ['newsroom-admin'] } })}.${signature}`,
        401,
      ],
      [
        'a tampered signature',
        `${header}.${payload}.${signature.slice(0, -6)}${signature.slice(-6).split('').toReversed().join('')}`,
        401,
      ],
      ['alg: none', `${encode({ alg: 'none', typ: 'JWT' })}.${payload}.`, 401],
      ['HS256 with a guessable secret', await hs256(new TextEncoder().encode('secret')), 401],
      ['HS256 with the provider’s public key as the secret', await hs256(providerKeyAsSecret), 401],
      [
        'signed by a key the provider does not have',
        await new SignJWT(claimsFor(testPeople.editor))
          .setProtectedHeader({ alg: 'RS256', kid: 'not-the-providers' })
          .sign(stranger.privateKey),
        401,
      ],
      [
        'signed by another key under the provider’s key id',
        await new SignJWT(claimsFor(testPeople.editor))
          .setProtectedHeader({ alg: 'RS256', kid: String(jwks.keys[0]!.kid) })
          .sign(stranger.privateKey),
        401,
      ],
      ['a public key instead of a token', JSON.stringify(publicJwk).replaceAll(' ', ''), 401],
      ['the ID token (meant for the app, not the API)', (await provider.signIn(testPeople.editor.login)).idToken, 401],
      ['a person with none of the roles', (await provider.signIn(testPeople.nobody.login)).accessToken, 403],
    ]
  }, 60_000)

  it('refuses each, with the right challenge or problem, and the tables are unchanged', async () => {
    // The editor is recorded already (their first request was above); their token again writes nothing either.
    const known = (await provider.signIn(testPeople.editor.login)).accessToken
    expect((await api('/session', known)).status).toBe(200)
    await stop()
    const before = await digest()
    await start()
    expect((await api('/session', known)).status).toBe(200)
    const calls = [
      ['/session', {}],
      ['/releases', {}],
      ['/inbox', {}],
      ['/states', { method: 'POST', body: JSON.stringify({ name: 'Nowhere', isoCode: 'NW', kind: 'participating' }) }],
    ] as Array<[string, RequestInit]>
    const seen: string[] = []
    const expected: string[] = []
    for (const [what, token, status] of refusals)
      for (const [path, init] of calls) {
        const call = `${what}: ${init.method ?? 'GET'} ${path}`
        const answer = await api(path, token, init)
        const problem = await json<{ type: string }>(answer)
        // 401: the challenge says whether a token was missing or not valid; 403: the problem says "no access".
        const why = answer.status === 401 ? answer.headers.get('WWW-Authenticate') : problem.type
        seen.push(`${call} → ${answer.status} ${answer.headers.get('Content-Type')} ${why}`)
        const expectedWhy =
          status === 403
            ? 'https://newsroom-admin.example/problems/no-access'
            : token
              ? 'Bearer error="invalid_token"'
              : 'Bearer'
        expected.push(`${call} → ${status} application/problem+json ${expectedWhy}`)
      }
    expect(seen).toEqual(expected)
    await stop()
    expect(await digest()).toBe(before)
    await start()
  }, 180_000)
})
