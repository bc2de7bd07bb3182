import type { User, UserManager } from 'oidc-client-ts'
import { identityProvider } from '../../config/runtime'

/**
 * Sign-in through the deployment's identity provider (issue #17): OpenID Connect's
 * authorization code flow with PKCE, by oidc-client-ts. The module is loaded only when the
 * deployment names a provider (`runtimeConfig().oidc`), so the demo's first load carries none
 * of it.
 *
 * - Per tab, as the demo's sessions are: the provider's answer and the flow's state live in
 *   sessionStorage, so one person can be an editor in one tab and a reviewer in another.
 * - Tokens are renewed before they expire with the refresh token the provider gives (the
 *   server's CSP lets no page frame ours, so renewing in a hidden iframe is not an option). A
 *   renewal that fails leaves the token to expire: the API's 401 then sends the person to sign
 *   in again, and the editor's local copy keeps what they typed.
 * - Signing out ends the session at the provider too (its end-session endpoint), and revokes
 *   the refresh token where the provider supports it.
 */
let manager: Promise<UserManager> | null = null

export function userManager(): Promise<UserManager> {
  const provider = identityProvider()
  if (!provider) return Promise.reject(new Error('This deployment names no identity provider.'))
  manager ??= import('oidc-client-ts').then(
    ({ UserManager, WebStorageStateStore }) =>
      new UserManager({
        authority: provider.issuer,
        client_id: provider.clientId,
        redirect_uri: new URL('/auth/callback', window.location.origin).href,
        post_logout_redirect_uri: new URL('/sign-in', window.location.origin).href,
        scope: 'openid profile email',
        userStore: new WebStorageStateStore({ store: window.sessionStorage }),
        stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
        automaticSilentRenew: true,
      }),
  )
  return manager
}

/** What the app keeps across the provider's redirect: where the person was going. */
export type SignInState = { redirect?: string }

/** Leaves for the provider's sign-in page; comes back to /auth/callback, then to `redirect`. */
export async function signInWithProvider(redirect: string | undefined): Promise<void> {
  const state: SignInState = { redirect }
  await (await userManager()).signinRedirect({ state })
}

/** Completes the sign-in on /auth/callback: the provider's user (its access token) and the state sent. */
export async function completeSignIn(): Promise<{ user: User; state: SignInState }> {
  const user = await (await userManager()).signinRedirectCallback()
  return { user, state: (user.state ?? {}) as SignInState }
}

/** Forgets the tab's tokens and leaves for the provider's sign-out, which comes back to /sign-in. */
export async function signOutAtProvider(): Promise<void> {
  const users = await userManager()
  // The refresh token is what could mint new access tokens: revoked where the provider can. An
  // access token is a signed JWT that no provider takes back (oidc-provider refuses to); it runs
  // out on its own (minutes). A provider without revocation still signs the person out below.
  await users.revokeTokens(['refresh_token']).catch(() => undefined)
  await users.signoutRedirect()
}

/**
 * Keeps the tab's API token in step with the provider's renewals: `onToken` gets each new
 * access token. Arms the renewal timers for a user already signed in (a reload).
 */
export async function followTokenRenewals(onToken: (token: string) => void): Promise<void> {
  const users = await userManager()
  users.events.addUserLoaded((user) => onToken(user.access_token))
  await users.getUser()
}
