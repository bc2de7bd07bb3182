/**
 * The security headers on every answer (the app, its files, the API, the probes), through
 * Hono's secureHeaders with a Content-Security-Policy that allows no inline script.
 *
 * - script-src 'self' only: no 'unsafe-inline', no 'unsafe-eval', no hosts. The built
 *   index.html loads its code from /assets/; an inline <script> in it is refused (today the
 *   colour-scheme snippet in index.html is: see server/README.md). zod probes whether it may
 *   compile with `Function('')` and, refused, parses without (a CSP report, no error).
 * - style-src needs 'unsafe-inline' (checked in Chromium on the production build): Mantine
 *   renders <style> elements at run time (`data-mantine-styles`: its CSS variables and its
 *   responsive classes, and one that stops transitions while the colour scheme changes), and
 *   index.html has the app frame's inline <style>; without it Chromium refuses each of them and
 *   the app is unstyled. Mantine can put a nonce on its elements (`getStyleNonce`), but a nonce
 *   needs an index.html written per answer. Styles cannot run script; style attributes that
 *   React sets go through the CSSOM, which CSP does not govern.
 * - img-src data: for the page's `<link rel="icon" href="data:,">`.
 * - connect-src 'self', and the identity provider's origin when the deployment has one.
 * - Referrer-Policy no-referrer: nothing in the app or the API reads Referer (the app's own
 *   fetch() writes still carry Origin, checked in Chromium), and a link in a release body should not tell another
 *   site the address of the newsroom's admin, let alone which release was open.
 * - Strict-Transport-Security (Hono's default, 180 days): browsers ignore it over plain HTTP
 *   (127.0.0.1), and behind a TLS proxy it keeps the next visits on HTTPS.
 */
import { secureHeaders } from 'hono/secure-headers'

export const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
}

/**
 * `connectSources`: origins the page may call besides its own. With sign-in through an identity
 * provider (issue #17), the provider's: the app reads its discovery document and keys, and
 * redeems the code and renews tokens at its token endpoint, with fetch() (the rest of the flow
 * is navigation, which the policy does not govern).
 */
export function securityHeaders({ connectSources = [] }: { connectSources?: readonly string[] } = {}) {
  return secureHeaders({
    contentSecurityPolicy: { ...contentSecurityPolicy, connectSrc: ["'self'", ...connectSources] },
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
    crossOriginOpenerPolicy: 'same-origin',
    xContentTypeOptions: 'nosniff',
  })
}
