import { delay, http, type RequestHandler } from 'msw'
import { createApi } from '../../server/core/api'
import type { Storage } from '../../server/core/storage'
import { storage as liveStorage } from '../db'

export type HandlerOptions = {
  /** Where the API lives, e.g. '/api' (MSW resolves relative paths against location). */
  baseUrl: string
  /** Simulated network latency per request; 0 in tests. */
  latencyMs: number
  /** Where records are kept (decision 0021): the live store's memory storage unless a test gives another. */
  storage?: Storage
}

/**
 * The MSW side of the mock (decision 0021): one handler takes every request under the base URL
 * and hands it to the core's API (`server/core/api.ts`, the same app the server serves) over
 * the mock's storage, after the simulated latency (MSW's own, as are the fault switches).
 */
export function createHandlers({ baseUrl, latencyMs, storage = liveStorage }: HandlerOptions): RequestHandler[] {
  const base = baseUrl.replace(/\/+$/, '')
  const api = createApi({ storage, basePath: new URL(base, 'http://localhost').pathname })
  // A predicate, not a path pattern: MSW would decode a malformed escape while matching one (a URIError).
  const inScope = (url: URL) => {
    const resolved = new URL(base, url)
    return url.origin === resolved.origin && url.pathname.startsWith(`${resolved.pathname}/`)
  }
  return [
    http.all(
      ({ request }) => inScope(new URL(request.url)),
      async ({ request }) => {
        if (latencyMs > 0) await delay(latencyMs)
        return api.fetch(request)
      },
    ),
  ]
}
