/**
 * The built app from STATIC_DIR: Vite's hashed files under /assets/ cached for a year (a new
 * build names them anew), everything else (index.html first) revalidated on every use, and
 * the single-page fallback: a GET for a page (Accept: text/html) that is not a file gets
 * index.html, so that reloading /releases/abc works. A missing asset, or a path that is
 * neither a file nor a page, is a 404.
 *
 * Files are served by @hono/node-server's serveStatic, which refuses `.` and `..` segments,
 * backslashes, doubled slashes and (by default) any `%` in the path, so nothing outside the
 * folder is reachable, encoded or not. On top of that, no path with a segment that starts
 * with a dot (`/.env`, `/.git/`) is served.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import type { Context, Hono, MiddlewareHandler } from 'hono'
import type { Logger } from './logger'
import type { ShellEnv } from './request-log'
import { problemResponse } from './problem'
// The settings the page reads from the tag: the app's own schema, one for both sides.
import type { RuntimeConfig } from '../../src/api/contract'

export const immutableCache = 'public, max-age=31536000, immutable'
export const revalidate = 'no-cache'

/** Paths that are never the app's pages: the API and the probes answer for themselves. */
const notPages = /^\/(api|healthz|readyz)(\/|$)/
const hiddenSegment = /(^|\/)\./

/** Whether the client asks for a page: a navigation's Accept names text/html (with a q above 0). */
export function acceptsHtml(accept: string | undefined): boolean {
  return (accept ?? '').split(',').some((range) => {
    const [type, ...parameters] = range.split(';').map((part) => part.trim().toLowerCase())
    if (type !== 'text/html') return false
    const q = parameters.find((parameter) => parameter.startsWith('q='))
    return q === undefined || Number(q.slice(2)) > 0
  })
}

/** serveStatic with a Cache-Control on what it found; on a miss it hands over to the next handler. */
function files(root: string, cacheControl: string, path?: string): MiddlewareHandler {
  const serve = serveStatic({ root, path })
  return async (c, next) => {
    if (hiddenSegment.test(c.req.path)) return next()
    const found = await serve(c, next)
    if (found instanceof Response) found.headers.set('Cache-Control', cacheControl)
    return found
  }
}

/** What the app reads at run time (src/config/runtime.ts): the deployment's settings the page needs. */
const attributeEscapes: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' }

/**
 * index.html with the runtime settings in its `newsroom-config` meta tag: no inline script (the
 * Content-Security-Policy allows none) and no extra request before the app can start.
 */
export function indexWithConfig(html: string, config: RuntimeConfig): string | null {
  const content = JSON.stringify(config).replace(/[&"<>]/g, (character) => attributeEscapes[character]!)
  const tag = /<meta name="newsroom-config" content="[^"]*"\s*\/?>/
  if (!tag.test(html)) return null
  return html.replace(tag, `<meta name="newsroom-config" content="${content}" />`)
}

const notFound = (c: Context) => problemResponse(404, `There is nothing at ${c.req.path}.`, { Vary: 'Accept' })

/** Adds the app's routes to `app`, after the API and the probes. */
export function mountStaticApp(
  app: Hono<ShellEnv>,
  { root, logger, runtimeConfig }: { root: string; logger: Logger; runtimeConfig: RuntimeConfig },
) {
  const folder = resolve(root)
  if (!existsSync(join(folder, 'index.html'))) {
    // serveStatic would write a line of its own to stderr; ours says what to do, and the API still answers.
    logger.warn('no built app to serve', { staticDir: folder, hint: 'run npm run build, or set STATIC_DIR' })
    const notBuilt = (c: Context) =>
      acceptsHtml(c.req.header('Accept')) && !notPages.test(c.req.path)
        ? problemResponse(404, 'The app has not been built on this server (no index.html in STATIC_DIR).')
        : notFound(c)
    app.get('*', notBuilt)
    return
  }
  // Read once: a new build needs a restart (as the check above does).
  const built = readFileSync(join(folder, 'index.html'), 'utf8')
  const configured = indexWithConfig(built, runtimeConfig)
  // A build older than the settings' meta tag still runs, without them (no public page links).
  if (configured === null)
    logger.warn('the built app has no newsroom-config meta tag: rebuild it to pass it the settings', {
      staticDir: folder,
    })
  const index = configured ?? built
  const indexPage = (c: Context) => c.html(index, 200, { 'Cache-Control': revalidate })
  app.get('/assets/*', files(folder, immutableCache), notFound)
  app.get('/', indexPage)
  app.get('/index.html', indexPage)
  app.get(
    '*',
    files(folder, revalidate),
    async (c, next) => {
      if (!acceptsHtml(c.req.header('Accept')) || notPages.test(c.req.path)) return next()
      const page = indexPage(c)
      // The same URL answers a page or a 404 by Accept: a cache must keep them apart.
      page.headers.append('Vary', 'Accept')
      return page
    },
    notFound,
  )
}
