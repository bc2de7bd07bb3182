/**
 * Where to go after sign-in. Only a path on this site is accepted: "//evil.example" or
 * "https://…" would turn the sign-in page into an open redirect.
 */
export function safeRedirect(target: string | undefined, fallback = '/'): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return fallback
  try {
    const base = 'http://app.invalid'
    const url = new URL(target, base)
    if (url.origin !== base) return fallback
    if (url.pathname === '/sign-in') return fallback
    return `${url.pathname}${url.search}${url.hash}`
  } catch {
    return fallback
  }
}
