/**
 * The verifier alone (server/auth/oidc.ts), in process, against the test provider: what it
 * does when the provider is away or is not the one configured. The tokens themselves are
 * tried against the real server in sign-in.test.ts.
 */
import { createServer } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { IdentityUnavailable, InvalidToken } from '../core/identity'
import { freePort } from '../test-support/start-server'
import { startOidcProvider, testPeople, type TestProvider } from '../test-support/oidc-provider'
import { createOidcIdentity } from './oidc'
import { userIdOf } from './person'

let provider: TestProvider
beforeAll(async () => {
  provider = await startOidcProvider()
})
afterAll(() => provider?.stop())

const settingsFor = (issuer: string) => ({
  issuer,
  audience: provider.audience,
  rolesClaim: 'groups',
  roleValues: { editor: 'newsroom-editor', reviewer: 'newsroom-reviewer', admin: 'newsroom-admin' },
})

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
    ])
  })
})
