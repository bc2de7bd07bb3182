/**
 * A real OpenID Connect provider for tests (issue #17): the `oidc-provider` package on
 * 127.0.0.1 (a port the OS picks), in this process. It knows one person per role, and one with
 * no role of the app's; its login page (the package's development interactions) takes any
 * password for them. It has one client, the app's: public, authorization code with PKCE. Its
 * access tokens are JWTs (RFC 9068) for the API's audience, signed RS256 with its own key, and
 * carry the person's name, e-mail and roles (in `groups`, and in `realm_access.roles` as
 * Keycloak puts realm roles).
 *
 * Tests get tokens two ways:
 *  - `signIn(login)` runs the whole authorization code flow with PKCE over HTTP, as a browser
 *    would (authorize, the login form, the consent form, the code at the token endpoint): the
 *    token is one the provider issued, exactly as the app will get it;
 *  - `sign(claims)` signs a JWT with the provider's own key: for a token that is right in all
 *    but one respect (expired, another issuer or audience), which the provider would not issue.
 * `serverEnv` is what the server needs to trust it (OIDC_* variables).
 *
 * On Node 20 the package warns that it wants Node 22; everything used here works on 20 (the
 * server's sign-in tests run it).
 */
import { createHash, randomBytes } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK, type JWTPayload } from 'jose'
import { Provider } from 'oidc-provider'

/** A person the provider knows; `groups` are their groups at the provider. */
export type TestPerson = { login: string; name: string; email: string; groups: string[] }

/** One per role of the app, and one whose only group is none of the app's roles. */
export const testPeople = {
  editor: { login: 'erin', name: 'Erin Editor', email: 'erin@newsroom.test', groups: ['newsroom-editor', 'staff'] },
  reviewer: { login: 'rafael', name: 'Rafael Reviewer', email: 'rafael@newsroom.test', groups: ['newsroom-reviewer'] },
  admin: {
    login: 'ada',
    name: 'Ada Admin',
    email: 'ada@newsroom.test',
    // Two of the app's roles: the stronger counts.
    groups: ['newsroom-editor', 'newsroom-admin'],
  },
  nobody: { login: 'nora', name: 'Nora Nobody', email: 'nora@newsroom.test', groups: ['staff'] },
} satisfies Record<string, TestPerson>

export type TestProvider = {
  issuer: string
  clientId: string
  audience: string
  /** The OIDC_* variables that make the server trust this provider. */
  serverEnv: Record<string, string>
  /** The people, by login; a test may change one's name or groups (their next token carries it). */
  people: Map<string, TestPerson>
  /** The authorization code flow with PKCE, as the app runs it: the tokens the provider issues for `login`. */
  signIn(login: string): Promise<{ accessToken: string; idToken: string }>
  /** A JWT signed with the provider's own key (kid and alg as its tokens), with exactly these claims. */
  sign(claims: JWTPayload, header?: Record<string, unknown>): Promise<string>
  stop(): Promise<void>
}

/**
 * What `createOidcIdentity` (server/auth/oidc.ts) takes to trust `provider`, the roles read from
 * `groups`; `issuer` another address for it (a wrong one, one with a trailing slash…).
 */
export const identitySettingsFor = (provider: Pick<TestProvider, 'issuer' | 'audience'>, issuer = provider.issuer) => ({
  issuer,
  audience: provider.audience,
  rolesClaim: 'groups',
  roleValues: { editor: 'newsroom-editor', reviewer: 'newsroom-reviewer', admin: 'newsroom-admin' },
})

export type ProviderOptions = {
  /** The app's redirect URIs (its callback page); the flow of `signIn` has one of its own. */
  redirectUris?: string[]
  /** Where the provider may send the app after signing out. */
  postLogoutRedirectUris?: string[]
  /** A port of the caller's choosing (a browser test's configuration names it); default: one the OS picks. */
  port?: number
  /** How long an access token lives, in seconds (default 300): short, to see the app renew it. */
  accessTokenTtlSeconds?: number
}

const clientId = 'newsroom-app'
const audience = 'urn:newsroom:api'
/** Where `signIn`'s flow is sent back to: nothing listens there, the code is read from the redirect. */
const flowRedirectUri = 'http://127.0.0.1/newsroom-test-callback'
const kid = 'test-provider-key-1'

export async function startOidcProvider(options: ProviderOptions = {}): Promise<TestProvider> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true })
  const signingKey: JWK = { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' }
  const server: Server = createServer()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', resolve)
  })
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const people = new Map(Object.values(testPeople).map((person) => [person.login, { ...person }]))
  const claimsOf = (login: string) => {
    const person = people.get(login)
    return (
      person && {
        name: person.name,
        email: person.email,
        groups: person.groups,
        realm_access: { roles: person.groups },
      }
    )
  }

  const provider = new Provider(issuer, {
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    clients: [
      {
        client_id: clientId,
        token_endpoint_auth_method: 'none',
        redirect_uris: [flowRedirectUri, ...(options.redirectUris ?? [])],
        post_logout_redirect_uris: options.postLogoutRedirectUris ?? [],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      },
    ],
    // Only the people above; any password (a development login page).
    findAccount: (_context: unknown, sub: string) =>
      people.has(sub) ? { accountId: sub, claims: () => ({ sub, ...claimsOf(sub) }) } : undefined,
    claims: { openid: ['sub'], profile: ['name'], email: ['email'] },
    features: {
      devInteractions: { enabled: true },
      revocation: { enabled: true },
      // Access tokens for the API: JWTs with its audience, whatever `resource` the client sends (or none).
      resourceIndicators: {
        enabled: true,
        defaultResource: () => audience,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: 'newsroom',
          audience,
          accessTokenTTL: options.accessTokenTtlSeconds ?? 300,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
    extraTokenClaims: (_context: unknown, token: { accountId?: string }) =>
      token.accountId ? claimsOf(token.accountId) : undefined,
    // The app renews its tokens with a refresh token (it cannot renew in a hidden frame): give one without offline_access.
    issueRefreshToken: (_context: unknown, client: { grantTypeAllowed(type: string): boolean }) =>
      client.grantTypeAllowed('refresh_token'),
    clientBasedCORS: () => true,
    ttl: {
      AccessToken: options.accessTokenTtlSeconds ?? 300,
      AuthorizationCode: 60,
      IdToken: 300,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
      RefreshToken: 3600,
    },
  })
  server.on('request', provider.callback())
  const key = privateKey as CryptoKey

  return {
    issuer,
    clientId,
    audience,
    serverEnv: {
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: clientId,
      OIDC_AUDIENCE: audience,
      OIDC_ROLES_CLAIM: 'realm_access.roles',
      OIDC_ROLE_EDITOR: 'newsroom-editor',
      OIDC_ROLE_REVIEWER: 'newsroom-reviewer',
      OIDC_ROLE_ADMIN: 'newsroom-admin',
    },
    people,
    signIn: (login) => authorizationCodeFlow(issuer, login),
    sign: (claims, header = {}) =>
      new SignJWT(claims).setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid, ...header }).sign(key),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

/** A browser's cookie jar, enough for one provider: name → value, whatever the path. */
function browser(origin: string) {
  const cookies = new Map<string, string>()
  return async (url: string, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers)
    if (cookies.size > 0) headers.set('Cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '))
    const response = await fetch(new URL(url, origin), { ...init, headers, redirect: 'manual' })
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(';')[0]!
      const at = pair.indexOf('=')
      cookies.set(pair.slice(0, at), pair.slice(at + 1))
    }
    return response
  }
}

/** Follows the provider's redirects and fills in its forms (login, then consent) until it sends the code back. */
async function authorizationCodeFlow(issuer: string, login: string): Promise<{ accessToken: string; idToken: string }> {
  const go = browser(issuer)
  const verifier = randomBytes(32).toString('base64url')
  const state = randomBytes(16).toString('base64url')
  const authorize = new URL('/auth', issuer)
  for (const [name, value] of Object.entries({
    client_id: clientId,
    response_type: 'code',
    redirect_uri: flowRedirectUri,
    scope: 'openid profile email',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    state,
    nonce: randomBytes(16).toString('base64url'),
  }))
    authorize.searchParams.set(name, value)

  let response = await go(authorize.href)
  for (let step = 0; step < 12; step++) {
    const location = response.headers.get('Location')
    if (!location)
      throw new Error(`The provider answered ${response.status} without a redirect: ${await response.text()}`)
    const next = new URL(location, issuer)
    if (next.href.startsWith(flowRedirectUri)) {
      if (next.searchParams.get('state') !== state) throw new Error('The provider sent back another state')
      const code = next.searchParams.get('code')
      if (!code) throw new Error(`The provider refused: ${next.searchParams.get('error_description')}`)
      return redeem(issuer, code, verifier)
    }
    if (!next.pathname.startsWith('/interaction/')) {
      response = await go(next.href)
      continue
    }
    const page = await (await go(next.href)).text()
    const action = /<form[^>]* action="([^"]+)"/.exec(page)?.[1]
    const prompt = /name="prompt" value="([^"]+)"/.exec(page)?.[1]
    if (!action || !prompt) throw new Error(`The provider's page has no form:\n${page}`)
    const fields: Record<string, string> = prompt === 'login' ? { prompt, login, password: 'any password' } : { prompt }
    response = await go(new URL(action.replaceAll('&amp;', '&'), issuer).href, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields),
    })
  }
  throw new Error('The sign-in took more steps than expected')
}

/** The token endpoint: the code and the PKCE verifier, for the tokens. */
async function redeem(issuer: string, code: string, verifier: string) {
  const response = await fetch(new URL('/token', issuer), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: flowRedirectUri,
      client_id: clientId,
      code_verifier: verifier,
    }),
  })
  const tokens = (await response.json()) as { access_token?: string; id_token?: string; error_description?: string }
  if (!response.ok || !tokens.access_token || !tokens.id_token)
    throw new Error(`The token endpoint answered ${response.status}: ${tokens.error_description ?? ''}`)
  return { accessToken: tokens.access_token, idToken: tokens.id_token }
}
