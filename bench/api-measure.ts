/**
 * One measurement of `npm run bench:api`: autocannon (9.0.0, in this process, no workers) at a
 * fixed concurrency for a fixed time, every response's latency kept, so that p50/p95/p99 are
 * exact (autocannon's own summary has p50, p97.5 and p99 but no p95). Latencies count 2xx
 * answers only; the others are counted apart, and a run with any is marked.
 */
import { createRequire } from 'node:module'

/** A request as autocannon's `requests` option takes it (README, "requests"). */
export type CannonRequest = {
  method?: string
  path?: string
  headers?: Record<string, string>
  body?: string
  setupRequest?: (request: CannonRequest, context: Record<string, unknown>) => CannonRequest
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void
}

type CannonOptions = {
  url: string
  connections: number
  duration: number
  timeout: number
  headers?: Record<string, string>
  requests?: CannonRequest[]
}

type CannonResult = {
  duration: number
  errors: number
  timeouts: number
  non2xx: number
  requests: { average: number; total: number }
  throughput: { average: number }
}

type CannonInstance = {
  on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): void
}

type Autocannon = ((
  options: CannonOptions,
  done: (error: Error | null, result: CannonResult) => void,
) => CannonInstance) & {
  track?: unknown
}

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon

export type Measurement = {
  connections: number
  durationSeconds: number
  /** 2xx answers. */
  ok: number
  /** Answers other than 2xx, connection errors and timeouts. */
  failed: { non2xx: number; errors: number; timeouts: number; statuses: Record<string, number> }
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number }
  /** 2xx answers per second over the run. */
  requestsPerSecond: number
  /** Bytes read per second (autocannon's mean). */
  bytesPerSecond: number
}

/** The value at quantile q (0–1) of sorted values, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[rank]!
}

const round = (value: number) => Math.round(value * 100) / 100

export async function measure(options: {
  url: string
  connections: number
  durationSeconds: number
  /** Seconds before autocannon gives up on one answer. */
  timeoutSeconds: number
  headers: Record<string, string>
  requests: CannonRequest[]
}): Promise<Measurement> {
  const latencies: number[] = []
  const statuses: Record<string, number> = {}
  const result = await new Promise<CannonResult>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.durationSeconds,
        timeout: options.timeoutSeconds,
        headers: options.headers,
        requests: options.requests,
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    )
    instance.on('response', (_client, status, _bytes, ms) => {
      statuses[status] = (statuses[status] ?? 0) + 1
      if (status >= 200 && status < 300) latencies.push(ms)
    })
  })
  latencies.sort((a, b) => a - b)
  const mean = latencies.reduce((sum, value) => sum + value, 0) / Math.max(1, latencies.length)
  const seconds = result.duration || options.durationSeconds
  return {
    connections: options.connections,
    durationSeconds: round(seconds),
    ok: latencies.length,
    failed: { non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts, statuses },
    latencyMs: {
      p50: round(quantile(latencies, 0.5)),
      p95: round(quantile(latencies, 0.95)),
      p99: round(quantile(latencies, 0.99)),
      max: round(latencies.at(-1) ?? Number.NaN),
      mean: round(mean),
    },
    requestsPerSecond: round(latencies.length / seconds),
    bytesPerSecond: Math.round(result.throughput.average),
  }
}
