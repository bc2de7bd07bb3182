/**
 * Where an identity provider may be: over HTTPS, or over plain HTTP only on this machine (the
 * provider the tests start on 127.0.0.1). Tokens and keys over plain HTTP elsewhere could be
 * swapped on the way. Used for OIDC_ISSUER (server/config.ts) and the discovered `jwks_uri`.
 */
export function isAllowedProviderUrl(value: string): boolean {
  try {
    const url = new URL(value)
    if (url.protocol === 'https:') return url.hostname !== ''
    return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)
  } catch {
    return false
  }
}
