import { getResponse, http, HttpResponse, type HttpHandler, type RequestHandler } from 'msw'
import { afterEach } from 'vitest'
import { server } from '../../mocks/node'

/**
 * Faults injected into the mock API for one test, in front of the real handlers.
 *
 * Every injector takes a method and an API path as MSW matches it, with or without the
 * '/api' base ('/releases/:id' and '/api/releases/:id' are the same), and returns a
 * `Fault`. A fault stays until `fault.heal()` is called (or after `times` matching
 * requests); from then on the requests reach the real handlers, so "Retry once the fault
 * is gone" is `fault.heal()` then a click. Every fault is healed, and every held response
 * released, after each test.
 *
 *   const fault = failWith503('post', '/releases', { retryAfter: 30 })
 *   … the person acts, sees the alert …
 *   fault.heal()
 *   … Retry …
 *   expect(fault.calls).toBe(1)
 */

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete'

export type FaultOptions = {
  /** Fail only the first `times` matching requests, then let the rest through. Default: until healed. */
  times?: number
}

export type Fault = {
  /** How many requests the fault has answered (or let through to commit, for commitThenDropConnection). */
  readonly calls: number
  /** Every request that matched while the fault was active, cloned before it was answered. */
  readonly requests: readonly Request[]
  /** Ends the fault: later requests reach the real handlers. */
  heal(): void
}

export type HeldResponses = Fault & {
  /** How many requests are waiting now. */
  readonly waiting: number
  /** Resolves once `count` requests (in all) have reached the hold. */
  arrived(count?: number): Promise<void>
  /** Lets every waiting request through to the real handlers; later ones are held again unless healed. */
  release(): void
}

const active = new Set<{ heal(): void; release?: () => void }>()
const ours = new WeakSet<RequestHandler>()

afterEach(() => {
  for (const fault of active) {
    fault.release?.()
    fault.heal()
  }
  active.clear()
})

const apiPath = (path: string) =>
  path.startsWith('/api/') || path === '/api' ? path : `/api${path.startsWith('/') ? '' : '/'}${path}`

/** The problem+json document the API sends for a failure. */
export function problemBody(status: number, title: string, detail?: string) {
  return { type: 'about:blank', title, status, ...(detail ? { detail } : {}) }
}

function problemAnswer(
  status: number,
  title: string,
  detail: string | undefined,
  headers: Record<string, string> = {},
) {
  return HttpResponse.json(problemBody(status, title, detail), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  })
}

/**
 * Installs a handler in front of the real ones. `answer` returns a Response, or undefined
 * to let the request through to the real handlers.
 */
function inject(
  method: Method,
  path: string,
  options: FaultOptions,
  answer: (request: Request) => Promise<Response | undefined> | Response | undefined,
) {
  let healed = false
  let calls = 0
  const requests: Request[] = []
  const fault = {
    get calls() {
      return calls
    },
    get requests() {
      return requests
    },
    heal() {
      healed = true
    },
  }
  const handler: HttpHandler = http[method](apiPath(path), async ({ request }) => {
    if (healed) return undefined
    if (options.times !== undefined && calls >= options.times) return undefined
    calls += 1
    requests.push(request.clone())
    return answer(request)
  })
  ours.add(handler)
  server.use(handler)
  active.add(fault)
  return fault
}

/** A 500 problem: the server failed. */
export function failWith500(method: Method, path: string, options: FaultOptions = {}): Fault {
  return inject(method, path, options, () =>
    problemAnswer(500, 'Internal server error', 'The server failed while handling the request.'),
  )
}

/**
 * A 503 problem with a Retry-After header (seconds, default 30): the server is overloaded or
 * down for maintenance. `failWith503('post', '/releases', 12)` or `{ retryAfter: 12, times: 1 }`.
 */
export function failWith503(
  method: Method,
  path: string,
  retryAfterOrOptions: number | (FaultOptions & { retryAfter?: number }) = {},
): Fault {
  const options = typeof retryAfterOrOptions === 'number' ? { retryAfter: retryAfterOrOptions } : retryAfterOrOptions
  const retryAfter = options.retryAfter ?? 30
  return inject(method, path, options, () =>
    problemAnswer(503, 'Service unavailable', 'The server is busy.', { 'Retry-After': String(retryAfter) }),
  )
}

/** No answer at all (MSW's network error): fetch rejects, the client sees status 0. */
export function failWithNetworkError(method: Method, path: string, options: FaultOptions = {}): Fault {
  return inject(method, path, options, () => HttpResponse.error())
}

/** A 409 problem: someone else changed the record (a stale version). */
export function failWith409(method: Method, path: string, options: FaultOptions & { detail?: string } = {}): Fault {
  const detail = options.detail ?? 'Someone else changed this in the meantime.'
  return inject(method, path, options, () => problemAnswer(409, 'Conflict', detail))
}

function openGate() {
  let resolve = () => {}
  const promise = new Promise<void>((done) => {
    resolve = done
  })
  return { promise, resolve }
}

/**
 * Latency: each matching request waits until `release()` (standing in for a slow server
 * without slowing the suite), then reaches the real handlers. While held, the UI's pending
 * state can be asserted.
 */
export function holdResponses(method: Method, path: string, options: FaultOptions = {}): HeldResponses {
  let gate = openGate()
  let waiting = 0
  let arrivedTotal = 0
  const arrivals: { count: number; resolve: () => void }[] = []
  const fault = inject(method, path, options, async () => {
    arrivedTotal += 1
    for (const arrival of arrivals.filter((a) => a.count <= arrivedTotal)) arrival.resolve()
    waiting += 1
    await gate.promise
    waiting -= 1
    return undefined
  })
  const held: HeldResponses = {
    get calls() {
      return fault.calls
    },
    get requests() {
      return fault.requests
    },
    get waiting() {
      return waiting
    },
    heal() {
      fault.heal()
      held.release()
    },
    arrived(count = 1) {
      if (arrivedTotal >= count) return Promise.resolve()
      return new Promise<void>((resolve) => arrivals.push({ count, resolve }))
    },
    release() {
      gate.resolve()
      gate = openGate()
    },
  }
  active.add(held)
  return held
}

/**
 * The worst case for a create: the real handlers apply the write, then the answer is lost
 * (a network error). The client cannot tell it from a request that never arrived, so a Retry
 * must not apply it twice (the Idempotency-Key).
 */
export function commitThenDropConnection(method: Method, path: string, options: FaultOptions = {}): Fault {
  return inject(method, path, options, async (request) => {
    const realHandlers = server
      .listHandlers()
      .filter((handler) => !ours.has(handler as RequestHandler)) as RequestHandler[]
    await getResponse(realHandlers, request)
    return HttpResponse.error()
  })
}
