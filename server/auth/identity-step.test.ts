/**
 * The core's identity step (server/core/identity.ts) in process, over the SQL storage (PGlite in
 * memory; also the PostgreSQL server of TEST_DATABASE_URL, where first requests at once really
 * race), with the real verifier and the test provider: what the real-server test cannot arrange
 * easily. A provider that does not answer is a 503 and no write; the same person's first
 * requests at once make one user; the demo (no identity) keeps its sessions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApi } from '../core/api'
import type { Storage } from '../core/storage'
import type { OpenedDatabase } from '../db/connect'
import { seedIfEmpty } from '../db/seed'
import { createSqlStorage } from '../db/storage'
import { testEngines } from '../db/testing'
import { identitySettingsFor, startOidcProvider, testPeople, type TestProvider } from '../test-support/oidc-provider'
import { freePort } from '../test-support/start-server'
import { createOidcIdentity } from './oidc'
import { userIdOf } from './person'

let provider: TestProvider
beforeAll(async () => {
  provider = await startOidcProvider()
})
afterAll(() => provider?.stop())

const settingsFor = (issuer: string) => identitySettingsFor(provider, issuer)
const call = (api: ReturnType<typeof createApi>, path: string, token?: string, init: RequestInit = {}) =>
  api.request(`/api${path}`, {
    ...init,
    headers: { ...(token && { Authorization: `Bearer ${token}` }), 'Content-Type': 'application/json' },
  })

describe.each(testEngines)('the identity step on %s', (_engine, open) => {
  let database: OpenedDatabase
  let storage: Storage
  beforeAll(async () => {
    database = await open()
    await seedIfEmpty(database.db, { releases: 0 })
    storage = createSqlStorage(database, { sessionLifetimeMs: 3_600_000 })
  }, 60_000)
  afterAll(() => database?.close())

  it('answers 503, writing nothing, while the identity provider does not answer', async () => {
    const issuer = `http://127.0.0.1:${await freePort()}`
    const api = createApi({ storage, basePath: '/api', identity: createOidcIdentity(settingsFor(issuer)) })
    const token = await provider.sign({ iss: issuer, aud: provider.audience, sub: 'erin', exp: Date.now() / 1000 + 60 })
    const usersBefore = await storage.all('users')
    const errors: unknown[] = []
    const log = console.error
    console.error = (...args: unknown[]) => errors.push(args[0])
    try {
      const answer = await call(api, '/session', token)
      expect(answer.status).toBe(503)
      expect(answer.headers.get('Retry-After')).toBe('5')
      expect(await answer.json()).toMatchObject({ title: 'Sign-in cannot be checked' })
    } finally {
      console.error = log
    }
    expect(errors).toEqual(['[api] the identity provider did not answer'])
    expect(await storage.all('users')).toEqual(usersBefore)
  })

  it('records a person once when their first requests come at once', async () => {
    const api = createApi({ storage, basePath: '/api', identity: createOidcIdentity(settingsFor(provider.issuer)) })
    const { accessToken } = await provider.signIn(testPeople.reviewer.login)
    const answers = await Promise.all(Array.from({ length: 8 }, () => call(api, '/session', accessToken)))
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200))
    const id = userIdOf(provider.issuer, testPeople.reviewer.login)
    expect((await storage.all('users')).filter((user) => user.id === id)).toEqual([
      { id, name: testPeople.reviewer.name, role: 'reviewer', title: testPeople.reviewer.email },
    ])
  })

  it('leaves the demo as it was without an identity: sessions from POST /session, 401s that say why', async () => {
    const api = createApi({ storage, basePath: '/api' })
    const [someone] = await storage.all('users')
    const signedIn = await call(api, '/session', undefined, {
      method: 'POST',
      body: JSON.stringify({ userId: someone!.id }),
    })
    expect(signedIn.status).toBe(201)
    const { token } = (await signedIn.json()) as { token: string }
    expect((await call(api, '/session', token)).status).toBe(200)
    // An identity provider's token means nothing to the demo.
    const { accessToken } = await provider.signIn(testPeople.admin.login)
    const refused = await call(api, '/session', accessToken)
    expect([refused.status, refused.headers.get('WWW-Authenticate')]).toEqual([401, 'Bearer error="invalid_token"'])
    const anonymous = await call(api, '/session')
    expect([anonymous.status, anonymous.headers.get('WWW-Authenticate')]).toEqual([401, 'Bearer'])
    expect((await call(api, '/session', token, { method: 'DELETE' })).status).toBe(204)
    const ended = await call(api, '/session', token)
    expect([ended.status, ended.headers.get('WWW-Authenticate')]).toEqual([401, 'Bearer error="invalid_token"'])
  })
})
