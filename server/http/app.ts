/**
 * The server's HTTP shell: what answers around the API. Every request gets an id, a log
 * line and the security headers; bodies are limited; /healthz and /readyz answer the
 * probes; the API is mounted at /api; the built app is served with its single-page
 * fallback. The API itself (server/core's routes) is a plain fetch function, so the same
 * core that answers in the mock's worker plugs in here unchanged.
 */
import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { Config } from '../config'
import { createJsonLogger, type Logger } from './logger'
import { problemResponse } from './problem'
import { requestIdHeader, requestLog, type ShellEnv } from './request-log'
import { securityHeaders } from './security-headers'
import { mountStaticApp } from './static-files'

type Answer = Response | Promise<Response>

/** How much of a refused body is read and thrown away, in multiples of the limit, before answering anyway. */
const drainFactor = 16

/**
 * Reads what is left of a refused request's body, up to `most` bytes, and throws it away. A
 * client still sending gets its 413 only if the server reads on: answering at once and closing
 * leaves it with a broken connection instead (and whatever else it had queued on that
 * connection). A body beyond `most` is not worth reading: then the connection closes.
 */
async function drain(request: Request, most: number): Promise<void> {
  const body = request.body
  if (!body || body.locked) return
  let read = 0
  const reader = body.getReader()
  try {
    while (read <= most) {
      const { done, value } = await reader.read()
      if (done) return
      read += value.byteLength
    }
    await reader.cancel()
  } catch {
    // The client went away: nothing to answer.
  }
}

/**
 * The API: a fetch function, or anything with one (a Hono app). It receives the request as
 * the client sent it, path included (`/api/releases`, as the mock's handlers see it), with
 * the request id in `X-Request-Id`.
 */
export type ApiHandler = ((request: Request) => Answer) | { fetch: (request: Request) => Answer }

export type ServerAppOptions = {
  config: Pick<Config, 'bodyLimitBytes' | 'staticDir' | 'logLevel'> & Partial<Pick<Config, 'publicReleaseUrl' | 'oidc'>>
  api: ApiHandler
  /** Resolves when the process can serve the API (the database answers); rejects when not. */
  ready: () => Promise<void>
  logger?: Logger
  /** How long /readyz waits for `ready` before it answers 503, rather than leaving the probe hanging; default 2 s. */
  readyTimeoutMs?: number
}

/** Rejects when `promise` has not settled within `ms`. */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

export function createServerApp({
  config,
  api,
  ready,
  logger = createJsonLogger({ level: config.logLevel }),
  readyTimeoutMs = 2000,
}: ServerAppOptions): Hono<ShellEnv> {
  const fetchApi = typeof api === 'function' ? api : (request: Request) => api.fetch(request)
  const app = new Hono<ShellEnv>()

  app.use(requestLog(logger))
  // The page talks to the identity provider's endpoints itself (issue #17): its origin, and only that, besides ours.
  app.use(securityHeaders({ connectSources: config.oidc ? [new URL(config.oidc.issuer).origin] : [] }))
  app.use(
    bodyLimit({
      maxSize: config.bodyLimitBytes,
      onError: async (c) => {
        await drain(c.req.raw, config.bodyLimitBytes * drainFactor)
        return problemResponse(
          413,
          `A request body may have at most ${config.bodyLimitBytes} bytes; this one has more.`,
        )
      },
    }),
  )

  // The process is alive: no dependency is asked, so a slow database does not get it restarted.
  app.get('/healthz', (c) => c.json({ status: 'ok' }, 200, { 'Cache-Control': 'no-store' }))
  // The process can serve: a load balancer sends traffic only while this answers 200.
  app.get('/readyz', async (c) => {
    try {
      await within(ready(), readyTimeoutMs)
      return c.json({ status: 'ok' }, 200, { 'Cache-Control': 'no-store' })
    } catch (error) {
      logger.warn('not ready', { requestId: c.get('requestId'), error })
      return problemResponse(503, 'The server cannot reach its database.')
    }
  })

  const forward = async (c: Context<ShellEnv>) => {
    const headers = new Headers(c.req.raw.headers)
    headers.set(requestIdHeader, c.get('requestId'))
    const answer = await fetchApi(new Request(c.req.raw, { headers }))
    // A copy with headers of our own: an answer's headers may be immutable, and ours are added to it.
    return new Response(answer.body, answer)
  }
  app.all('/api', forward)
  app.all('/api/*', forward)

  mountStaticApp(app, {
    root: config.staticDir,
    logger,
    runtimeConfig: {
      publicReleaseUrl: config.publicReleaseUrl ?? null,
      // Where the app starts the sign-in (issue #17); null: the demo's sign-in.
      oidc: config.oidc ? { issuer: config.oidc.issuer, clientId: config.oidc.clientId } : null,
    },
  })

  app.notFound((c) => problemResponse(404, `There is nothing at ${c.req.path}.`))
  app.onError((error, c) => {
    logger.error('unhandled error', { requestId: c.get('requestId'), method: c.req.method, path: c.req.path, error })
    return problemResponse(
      500,
      `Something went wrong on the server. If it happens again, give the administrator this request id: ${c.get('requestId')}.`,
    )
  })
  return app
}
