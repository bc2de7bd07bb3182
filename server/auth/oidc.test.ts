/**
 * The verifier alone (server/auth/oidc.ts), in process, against the test provider: what it
 * does when the provider is away or is not the one configured. The tokens themselves are
 * tried against the real server in sign-in.test.ts.
 */
import { createServer } from 'node:http'
import { SignJWT, exportJWK, generateKeyPair, type JWK } from 'jose'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { IdentityUnavailable, InvalidToken } from '../core/identity'
import { freePort } from '../test-support/start-server'
import { identitySettingsFor, startOidcProvider, testPeople, type TestProvider } from '../test-support/oidc-provider'
import { createOidcIdentity } from './oidc'
import { userIdOf } from './person'

let provider: TestProvider
beforeAll(async () => {
  provider = await startOidcProvider()
})
afterAll(() => provider?.stop())

const settingsFor = (issuer: string) => identitySettingsFor(provider, issuer)

describe('createOidcIdentity', () => {
  it('answers the person of a token the provider issued', async () => {
    const identity = createOidcIdentity(settingsFor(provider.issuer))
    const { accessToken } = await provider.signIn(testPeople.admin.login)
    expect(await identity.verify(accessToken)).toEqual({
      id: userIdOf(provider.issuer, testPeople.admin.login),
      name: testPeople.admin.name,
      title: testPeople.admin.email,
      role: 'admin',
    })
  })

  it('is unavailable, not refusing, while the provider does not answer; and tries again on the next token', async () => {
    const port = await freePort()
    const issuer = `http://127.0.0.1:${port}`
    const identity = createOidcIdentity(settingsFor(issuer))
    const token = await provider.sign({ iss: issuer, aud: provider.audience, sub: 'erin', exp: Date.now() / 1000 + 60 })
    await expect(identity.verify(token)).rejects.toBeInstanceOf(IdentityUnavailable)
    // A stand-in provider comes up on that port, serving the real provider's keys under this issuer.
    const standIn = createServer((request, response) => {
      if (request.url === '/.well-known/openid-configuration') {
        response.setHeader('Content-Type', 'application/json')
        response.end(JSON.stringify({ issuer, jwks_uri: `${provider.issuer}/jwks` }))
      } else response.writeHead(404).end()
    })
    await new Promise<void>((resolve) => standIn.listen(port, '127.0.0.1', resolve))
    try {
      expect(await identity.verify(token)).toMatchObject({ id: userIdOf(issuer, 'erin') })
    } finally {
      await new Promise((resolve) => standIn.close(resolve))
    }
  })

  it('does not trust a discovery document that names another issuer', async () => {
    const identity = createOidcIdentity(settingsFor(`${provider.issuer}/`))
    const { accessToken } = await provider.signIn(testPeople.editor.login)
    await expect(identity.verify(accessToken)).rejects.toBeInstanceOf(IdentityUnavailable)
  })

  it('says why a token is refused, in words a person may read', async () => {
    const identity = createOidcIdentity(settingsFor(provider.issuer))
    const now = Math.floor(Date.now() / 1000)
    const base = { iss: provider.issuer, aud: provider.audience, sub: 'erin', exp: now + 60 }
    const reasons = await Promise.all(
      [
        { ...base, exp: now - 120 },
        { ...base, iss: 'https://sso.example.org' },
        { ...base, aud: 'another-api' },
        { ...base, typ: 'ID' },
      ].map(async (claims) =>
        identity.verify(await provider.sign(claims)).then(
          () => 'accepted',
          (error: unknown) => (error instanceof InvalidToken ? error.detail : String(error)),
        ),
      ),
    )
    expect(reasons).toEqual([
      'it has expired',
      'it was issued by another identity provider',
      'it is meant for another application',
      'it is an ID token, not an access token',
    ])
  })

  describe('a key rotation', () => {
    afterEach(() => {
      vi.useRealTimers()
    })

    it('takes a new key once it is published, fetching the keys again at most every 30 s', async () => {
      const port = await freePort()
      const issuer = `http://127.0.0.1:${port}`
      const keyPair = async (kid: string) => {
        const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true })
        return { privateKey, kid, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' } as JWK }
      }
      const [first, second, never] = await Promise.all([keyPair('first'), keyPair('second'), keyPair('never')])
      let published = [first.jwk]
      let keyFetches = 0
      // A provider of our own: its keys change while the verifier runs.
      const standIn = createServer((request, response) => {
        response.setHeader('Content-Type', 'application/json')
        if (request.url === '/.well-known/openid-configuration')
          response.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/keys` }))
        else if (request.url === '/keys') {
          keyFetches++
          response.end(JSON.stringify({ keys: published }))
        } else response.writeHead(404).end()
      })
      await new Promise<void>((resolve) => standIn.listen(port, '127.0.0.1', resolve))
      try {
        const identity = createOidcIdentity(settingsFor(issuer))
        const signed = (key: Awaited<ReturnType<typeof keyPair>>) =>
          new SignJWT({ sub: 'erin', groups: ['newsroom-editor'] })
            .setProtectedHeader({ alg: 'ES256', kid: key.kid })
            .setIssuer(issuer)
            .setAudience(provider.audience)
            .setExpirationTime('10 minutes')
            .sign(key.privateKey)
        const outcome = (token: string) =>
          identity.verify(token).then(
            (person) => person.role,
            (error: unknown) => (error instanceof InvalidToken ? error.detail : String(error)),
          )

        expect(await outcome(await signed(first))).toBe('editor')
        expect(keyFetches).toBe(1)
        // The provider publishes a new key and signs with it at once: within 30 s of the last fetch, not yet.
        published = [first.jwk, second.jwk]
        expect(await outcome(await signed(second))).toBe('it is signed with a key the identity provider does not have')
        expect(keyFetches).toBe(1)
        vi.useFakeTimers({ toFake: ['Date'] })
        vi.setSystemTime(Date.now() + 31_000)
        expect(await outcome(await signed(second))).toBe('editor')
        expect(keyFetches).toBe(2)
        // A key nobody published: refused, and no fetch for it so soon after the last.
        expect(await outcome(await signed(never))).toBe('it is signed with a key the identity provider does not have')
        expect(await outcome(await signed(first))).toBe('editor')
        expect(keyFetches).toBe(2)
      } finally {
        await new Promise((resolve) => standIn.close(resolve))
      }
    })
  })
})
