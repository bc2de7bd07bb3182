/**
 * Every request gets an id and one log line. The id is the client's `X-Request-Id` when it
 * is a short token (a proxy's or a load balancer's, so their logs and ours join up), else a
 * new UUID; it is echoed on the answer and passed on to the API. The line holds time, level,
 * requestId, method, path (without the query, which may hold search words), status and
 * durationMs: never headers (Authorization) nor bodies. A probe's line (/healthz, /readyz,
 * asked every few seconds) is at level debug; a failing probe is at warn or above anyway.
 */
import type { MiddlewareHandler } from 'hono'
import type { Logger } from './logger'

export const requestIdHeader = 'X-Request-Id'

/** Letters, digits and . _ : - up to 128 characters: a UUID, a ULID, a trace id. Anything else could forge log lines or bloat them. */
const saneRequestId = /^[A-Za-z0-9._:-]{1,128}$/

/** The shell's Hono environment: the request id is there for every handler (and error log). */
const probes = new Set(['/healthz', '/readyz'])

export type ShellEnv = { Variables: { requestId: string } }

export function requestLog(logger: Logger): MiddlewareHandler<ShellEnv> {
  return async (c, next) => {
    const started = performance.now()
    const given = c.req.header(requestIdHeader)
    const requestId = given !== undefined && saneRequestId.test(given) ? given : crypto.randomUUID()
    c.set('requestId', requestId)
    await next()
    c.res.headers.set(requestIdHeader, requestId)
    const status = c.res.status
    const fields = {
      requestId,
      method: c.req.method,
      path: c.req.path,
      status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    }
    if (status >= 500) logger.error('request', fields)
    else if (probes.has(c.req.path)) logger.debug('request', fields)
    else logger.info('request', fields)
  }
}
