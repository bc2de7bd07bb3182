import type { z } from 'zod'
import { env } from '../config/env'
import { readSession } from './session-storage'
import { ApiError } from './api-error'
import { problemSchema } from './contract'

export type QueryParams = Record<string, string | number | boolean | null | undefined>

type RequestOptions<T> = {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  query?: QueryParams
  body?: unknown
  /** Parses the answer; without it the answer is ignored (204). */
  schema?: z.ZodType<T>
  signal?: AbortSignal
  /**
   * Sent as Idempotency-Key: the server answers a repeated key with the first answer instead
   * of doing the work again, so retrying a create or a transition after a lost answer is safe.
   */
  idempotencyKey?: string
}

/** What a write function accepts besides its input. */
export type WriteOptions = { idempotencyKey?: string }

/** Resolves against the page's origin so a relative base URL works in the browser and in jsdom. */
const apiUrl = (path: string, query: QueryParams = {}): URL => {
  const url = new URL(`${env.apiBaseUrl}${path}`, window.location.origin)
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value))
  }
  return url
}

export async function request<T = undefined>(path: string, options: RequestOptions<T> = {}): Promise<T> {
  const { method = 'GET', schema } = options
  const response = await send(path, { ...options, accept: 'application/json' })
  if (!schema) return undefined as T
  if (!isJson(response)) throw notFromApi(response)

  const json: unknown = await response.json().catch(() => undefined)
  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    throw new ApiError({
      status: response.status,
      title: 'Unexpected answer',
      detail: `The server's answer to ${method} ${path} does not match the API contract.`,
    })
  }
  return parsed.data
}

/**
 * A file the API answers (the CSV export), byte for byte: a Blob, not text, since decoding it
 * as text drops a byte-order mark. Fails like `request`: always an ApiError.
 */
export async function requestFile(
  path: string,
  options: { accept: string; query?: QueryParams; signal?: AbortSignal },
): Promise<Blob> {
  const response = await send(path, options)
  // Something in front of the API (a static host's index.html) answered instead.
  if (!hasType(response, options.accept)) throw notFromApi(response)
  return response.blob()
}

type SendOptions = Omit<RequestOptions<unknown>, 'schema'> & { accept: string }

let backendReady: Promise<void> | null = null

/**
 * Holds every request until `ready` settles: the demo's backend starts in the page (main.tsx)
 * while the app already renders, and a request sent before it serves the tab would miss it.
 */
export function holdRequestsUntil(ready: Promise<unknown>): void {
  const settled = ready.then(
    () => undefined,
    () => undefined,
  )
  backendReady = settled
  void settled.then(() => {
    if (backendReady === settled) backendReady = null
  })
}

/** Sends with the session's token; no answer, or an answer that is not 2xx, is an ApiError. */
async function send(path: string, options: SendOptions): Promise<Response> {
  const { method = 'GET', query, body, signal, idempotencyKey, accept } = options
  if (backendReady) await backendReady
  const headers = new Headers({ Accept: accept })
  const token = readSession()?.token
  if (token) headers.set('Authorization', `Bearer ${token}`)
  if (body !== undefined) headers.set('Content-Type', 'application/json')
  if (idempotencyKey) headers.set('Idempotency-Key', idempotencyKey)

  let response: Response
  try {
    response = await fetch(apiUrl(path, query), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new ApiError({
      status: 0,
      title: 'No connection',
      detail: 'The server could not be reached. Check your connection and try again.',
    })
  }
  if (!response.ok) throw await toApiError(response)
  return response
}

/**
 * The API answers JSON (application/json, application/problem+json), and its one file as the
 * type asked for (text/csv). Anything else came from something in front of it or instead of
 * it: the dev server's empty 404 when the mock is not serving the tab, a static host's
 * index.html, a proxy's error page.
 */
const isJson = (response: Response): boolean =>
  /^application\/([\w.-]+\+)?json\s*(;|$)/i.test(response.headers.get('Content-Type') ?? '')

const hasType = (response: Response, type: string): boolean =>
  (response.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase() === type.toLowerCase()

const notFromApi = (response: Response, retryAfterSeconds?: number): ApiError =>
  new ApiError({ status: response.status, title: 'Not an answer from the API', notFromApi: true, retryAfterSeconds })

async function toApiError(response: Response): Promise<ApiError> {
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'))
  if (!isJson(response)) return notFromApi(response, retryAfterSeconds)
  const json: unknown = await response.json().catch(() => undefined)
  const problem = problemSchema.safeParse(json)
  if (problem.success) return ApiError.fromProblem({ ...problem.data, status: response.status }, retryAfterSeconds)
  return new ApiError({
    status: response.status,
    title: response.statusText || `Request failed (${response.status})`,
    retryAfterSeconds,
  })
}

/** Retry-After is either a number of seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed)
  const date = Date.parse(trimmed)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, Math.ceil((date - now) / 1000))
}

/**
 * A DELETE that answers 404 found the record gone already (an earlier attempt whose answer
 * was lost, or someone else's): what the person wanted is done either way.
 */
export async function deleteUnlessGone(deletion: () => Promise<unknown>): Promise<void> {
  try {
    await deletion()
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) throw error
  }
}
