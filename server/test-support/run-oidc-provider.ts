/**
 * The test provider (oidc-provider.ts) as a process of its own, for browser tests that start
 * their servers from a configuration (Playwright's webServer): `tsx
 * server/test-support/run-oidc-provider.ts` with OIDC_PROVIDER_PORT (required: the server's
 * OIDC_ISSUER names it) and OIDC_REDIRECT_URIS / OIDC_POST_LOGOUT_REDIRECT_URIS (the app's, comma
 * separated). It prints the OIDC_* variables the server needs, one per line, and runs until
 * SIGTERM or SIGINT.
 */
import { startOidcProvider } from './oidc-provider'

const list = (value: string | undefined) => (value ?? '').split(',').filter(Boolean)
const port = Number(process.env.OIDC_PROVIDER_PORT)
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error('OIDC_PROVIDER_PORT: expected a port number from 1 to 65535.')
  process.exit(1)
}
const provider = await startOidcProvider({
  port,
  redirectUris: list(process.env.OIDC_REDIRECT_URIS),
  postLogoutRedirectUris: list(process.env.OIDC_POST_LOGOUT_REDIRECT_URIS),
})
for (const [name, value] of Object.entries(provider.serverEnv)) console.info(`${name}=${value}`)
const stop = () => void provider.stop().then(() => process.exit(0))
process.once('SIGTERM', stop)
process.once('SIGINT', stop)
