/**
 * The page and the demo's backend worker (`worker.ts`) talk through this: each side calls the
 * other's functions by name and gets a promise of the answer. Requests and answers cross as
 * plain data (`RequestMessage`, `ResponseMessage`), their bodies as transferred ArrayBuffers.
 */

/** The backend worker's name: it says how many releases its seed has, so the worker can make it before the page asks. */
export const workerNameOf = (seedReleases: number) => `mock-backend:${seedReleases}`
export function seedCountOf(name: string): number | null {
  const match = /^mock-backend:(\d+)$/.exec(name)
  return match ? Number(match[1]) : null
}

/** What both a Worker (seen from the page) and the worker's global scope offer. */
export type Endpoint = {
  postMessage(message: unknown, transfer: Transferable[]): void
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void
  /** A MessagePort's: its messages wait until it is called (a Worker has none). */
  start?(): void
}

type Call = { call: number; name: string; args: unknown[] }
type Reply = { reply: number; value?: unknown; error?: { name: string; message: string } }

// oxlint-disable-next-line typescript/no-explicit-any -- each side's functions differ in arguments
type Functions = Record<string, (...args: any[]) => unknown>
/** A function of the other side: its arguments, and a promise of its (awaited) answer. */
export type Remote<F extends Functions> = {
  [K in keyof F]: (...args: Parameters<F[K]>) => Promise<Awaited<ReturnType<F[K]>>>
}

/** An error of the other side, by name: `revive` may turn a known one back into its class. */
export type ErrorReviver = (error: { name: string; message: string }) => Error

/**
 * Serves `local` to the other side of `endpoint` and answers a proxy of its functions (`R`).
 * ArrayBuffers in an answer or in arguments are transferred, not copied.
 */
export function link<R extends Functions>(
  endpoint: Endpoint,
  local: Functions,
  revive: ErrorReviver = ({ name, message }) => Object.assign(new Error(message), { name }),
): Remote<R> {
  let next = 0
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>()
  let broken: Error | null = null
  let heard = false
  // A Worker's error before its first message: its script did not load or start. Every call then fails.
  if (typeof Worker !== 'undefined' && endpoint instanceof Worker)
    endpoint.addEventListener('error', (event: Event) => {
      // Later errors (one task of a running worker threw) leave the worker running.
      if (heard) return
      broken = new Error(`The worker did not start: ${(event as ErrorEvent).message || event.type}`)
      for (const waiting of pending.values()) waiting.reject(broken)
      pending.clear()
    })
  endpoint.addEventListener('message', (event: MessageEvent) => {
    heard = true
    const message = event.data as Call | Reply
    if ('reply' in message) {
      const waiting = pending.get(message.reply)
      pending.delete(message.reply)
      if (message.error) waiting?.reject(revive(message.error))
      else waiting?.resolve(message.value)
      return
    }
    const answer = async () => local[message.name]!(...message.args)
    answer().then(
      (value) => endpoint.postMessage({ reply: message.call, value } satisfies Reply, buffersOf(value)),
      (error: unknown) => {
        const { name, message: text } = error instanceof Error ? error : { name: 'Error', message: String(error) }
        endpoint.postMessage({ reply: message.call, error: { name, message: text } } satisfies Reply, [])
      },
    )
  })
  endpoint.start?.()
  return new Proxy({} as Remote<R>, {
    get:
      (_, name: string) =>
      (...args: unknown[]) =>
        new Promise((resolve, reject) => {
          if (broken) return reject(broken)
          const call = next++
          pending.set(call, { resolve, reject })
          endpoint.postMessage({ call, name, args } satisfies Call, args.flatMap(buffersOf))
        }),
  })
}

const buffersOf = (value: unknown): Transferable[] =>
  value instanceof ArrayBuffer
    ? [value]
    : typeof value === 'object' && value !== null && 'body' in value && value.body instanceof ArrayBuffer
      ? [value.body]
      : []

export type RequestMessage = {
  url: string
  method: string
  headers: Array<[string, string]>
  body: ArrayBuffer | null
  /** The page's `Date.now()` when it sent the request: the backend's "now" (server/core/clock.ts). */
  sentAt: number
}
export type ResponseMessage = {
  status: number
  statusText: string
  headers: Array<[string, string]>
  body: ArrayBuffer | null
}

const withoutBody = (method: string) => method === 'GET' || method === 'HEAD'

export async function requestMessage(request: Request): Promise<RequestMessage> {
  return {
    url: request.url,
    method: request.method,
    headers: [...request.headers],
    body: withoutBody(request.method) ? null : await request.arrayBuffer(),
    sentAt: Date.now(),
  }
}

export function requestOf(message: RequestMessage): Request {
  return new Request(message.url, { method: message.method, headers: message.headers, body: message.body })
}

export async function responseMessage(response: Response): Promise<ResponseMessage> {
  return {
    status: response.status,
    statusText: response.statusText,
    headers: [...response.headers],
    body: response.body === null ? null : await response.arrayBuffer(),
  }
}

export function responseOf(message: ResponseMessage): Response {
  return new Response(message.body, {
    status: message.status,
    statusText: message.statusText,
    headers: message.headers,
  })
}
