import { http } from 'msw'
import { ApiProblem } from '../problem'
import type { Route } from './route'

/** Whether every segment of the path decodes ("%", "%zz" or a cut UTF-8 sequence do not). */
export function decodablePath(pathname: string): boolean {
  try {
    for (const segment of pathname.split('/')) decodeURIComponent(segment)
    return true
  } catch {
    return false
  }
}

/**
 * First handler: a path under the base URL with a malformed escape answers 400. MSW decodes
 * path parameters while it looks for a handler, and a URIError thrown there would escape
 * every handler as a 500; this one matches with a predicate, which decodes nothing.
 */
export function malformedUrlHandlers(baseUrl: string, route: Route) {
  const inScope = (url: URL) => {
    const base = new URL(baseUrl, url)
    return url.origin === base.origin && url.pathname.startsWith(`${base.pathname.replace(/\/+$/, '')}/`)
  }
  return [
    http.all(
      ({ request }) => {
        const url = new URL(request.url)
        return inScope(url) && !decodablePath(url.pathname)
      },
      route(({ url }) => {
        throw new ApiProblem(
          400,
          `The path ${url.pathname} has a malformed percent-escape (a % must be followed by two hexadecimal digits of valid UTF-8).`,
        )
      }),
    ),
  ]
}
