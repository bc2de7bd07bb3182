/**
 * Bearer tokens from an OpenID Connect provider, verified with jose (issue #17): the `Identity`
 * the core asks (server/core/identity.ts) in a deployment.
 *
 * The provider is found by discovery (`<issuer>/.well-known/openid-configuration`, whose
 * `issuer` must be the configured one, exactly); its signing keys come from its `jwks_uri`,
 * cached by jose and fetched again when a token names a key the cache does not have (a key
 * rotation), at most once per 30 s. A token is accepted when:
 *  - it is a JWS signed with an asymmetric algorithm (RS*, PS*, ES*, EdDSA) by one of those
 *    keys: `alg: none` and HMAC (HS*) are refused before any key is looked at, so a token
 *    "signed" with a guessed secret or with the public key as an HMAC secret is never checked;
 *  - its `iss` is the issuer, its `aud` holds the configured audience, it has `sub` and `exp`,
 *    and it is not expired nor used before its `nbf`, allowing 30 s of clock skew;
 *  - it does not say it is an ID token (Keycloak's `"typ": "ID"`): with the audience the app's
 *    client id (the default), an ID token would otherwise pass for an access token.
 * Access tokens are verified locally: a token stays valid until it expires, even after the
 * person signed out at the provider (see server/README.md: keep access tokens short-lived).
 *
 * A discovery that fails is not kept: the next request tries again (the server starts, and
 * answers 503 for tokens, while the provider is away).
 */
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose'
import { IdentityUnavailable, InvalidToken, type Identity, type VerifiedPerson } from '../core/identity'
import { personOf } from './person'
import { isAllowedProviderUrl } from './provider-url'
import type { RoleValues } from './roles'

export type OidcSettings = {
  /** The issuer's identifier, exactly as its tokens' `iss` (e.g. https://sso.example.org/realms/newsroom). */
  issuer: string
  /** What the API's tokens carry in `aud`. */
  audience: string
  /** The claim holding groups or roles: a name, or a dotted path (`realm_access.roles`). */
  rolesClaim: string
  roleValues: RoleValues
}

/** Asymmetric signatures only: the keys are the provider's public ones. */
export const acceptedAlgorithms = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
]

/** How far the server's clock and the provider's may differ, in seconds. */
export const clockSkewSeconds = 30

/** How long the provider may take to answer discovery or its keys. */
const fetchTimeoutMs = 5_000

/** The provider's metadata: where its keys are. */
async function discover(issuer: string): Promise<URL> {
  const where = `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`
  let metadata: unknown
  try {
    const response = await fetch(where, { signal: AbortSignal.timeout(fetchTimeoutMs), redirect: 'error' })
    if (!response.ok) throw new Error(`${where} answered ${response.status}`)
    metadata = await response.json()
  } catch (error) {
    throw new IdentityUnavailable(`The identity provider's discovery document could not be read from ${where}`, {
      cause: error,
    })
  }
  const { issuer: named, jwks_uri: jwksUri } = (metadata ?? {}) as { issuer?: unknown; jwks_uri?: unknown }
  if (named !== issuer)
    throw new IdentityUnavailable(`${where} names the issuer ${JSON.stringify(named)}, not ${JSON.stringify(issuer)}`)
  if (typeof jwksUri !== 'string' || !isAllowedProviderUrl(jwksUri))
    throw new IdentityUnavailable(`${where} has no usable jwks_uri (${JSON.stringify(jwksUri)})`)
  return new URL(jwksUri)
}

/** The provider could not be asked (no answer, not 200, not a key set): not the token's fault. */
function isUnreachable(error: unknown): boolean {
  if (error instanceof IdentityUnavailable) return true
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) return true
  // jose's own refusals of a token all have a specific class; the base one is a failed fetch of the keys.
  if (error instanceof errors.JOSEError) return error.constructor === errors.JOSEError
  return true
}

/** Why a token was refused, in words a person may read (never the token's content). */
function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'it has expired'
  if (error instanceof errors.JOSEAlgNotAllowed) return 'it is not signed with an accepted algorithm'
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'its signature does not match'
  if (error instanceof errors.JWKSNoMatchingKey) return 'it is signed with a key the identity provider does not have'
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return 'it was issued by another identity provider'
    if (error.claim === 'aud') return 'it is meant for another application'
    if (error.claim === 'nbf') return 'it is not valid yet'
    return `its "${error.claim}" claim is missing or not valid`
  }
  return 'it is not a signed token'
}

export function createOidcIdentity(settings: OidcSettings): Identity & { discover(): Promise<void> } {
  let keys: Promise<ReturnType<typeof createRemoteJWKSet>> | undefined
  const keySet = () => {
    keys ??= discover(settings.issuer).then(
      (jwksUri) => createRemoteJWKSet(jwksUri, { timeoutDuration: fetchTimeoutMs }),
      (error: unknown) => {
        keys = undefined
        throw error
      },
    )
    return keys
  }

  return {
    async discover() {
      await keySet()
    },
    async verify(token: string): Promise<VerifiedPerson> {
      let payload: JWTPayload
      try {
        const jwks = await keySet()
        ;({ payload } = await jwtVerify(token, jwks, {
          issuer: settings.issuer,
          audience: settings.audience,
          algorithms: acceptedAlgorithms,
          clockTolerance: clockSkewSeconds,
          requiredClaims: ['sub', 'exp'],
        }))
      } catch (error) {
        if (isUnreachable(error))
          throw error instanceof IdentityUnavailable
            ? error
            : new IdentityUnavailable("The identity provider's keys could not be fetched", { cause: error })
        throw new InvalidToken(reasonOf(error))
      }
      if (typeof payload.sub !== 'string' || payload.sub === '') throw new InvalidToken('it names nobody (no "sub")')
      if (payload.typ === 'ID') throw new InvalidToken('it is an ID token, not an access token')
      return personOf({ ...payload, sub: payload.sub }, settings)
    },
  }
}
