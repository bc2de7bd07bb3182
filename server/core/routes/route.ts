import type { Context } from 'hono'
import { z } from 'zod'
import { fieldErrors } from '../../../src/api/contract'
import { StorageUnavailable, VersionConflict, type Storage, type StorageReader, type Transaction } from '../storage'
import { ApiProblem, invalid, notFound, staleVersion } from '../problem'
import { isWrite, withIdempotency } from './idempotency'
import { readOnce } from './read-once'
import { problemResponse } from './problem-response'

/**
 * What a handler gets: the request, its path parameters and URL, and `store`, the storage
 * (decision 0021): a write's transaction, or for a read the storage itself, whose writes refuse.
 */
export type RouteContext = { request: Request; params: Record<string, string>; url: URL; store: Transaction }
export type RouteHandler = (context: RouteContext) => Response | Promise<Response>

/** The storage for a read: a GET writes nothing, so a write there is a bug. */
function readOnly(storage: StorageReader): Transaction {
  const refuse = () => Promise.reject(new Error('A read (GET) tried to write.'))
  return {
    ...storage,
    insert: refuse,
    replace: refuse,
    delete: refuse,
    expireIdempotencyRecords: refuse,
  }
}

/** A Hono handler: the request in its context, the answer out. */
export type HonoHandler = (context: Context) => Promise<Response>

/** One endpoint of the API: registered on the core's Hono app by `api.ts`, in the order given. */
export type Endpoint = { method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'ALL'; path: string; handler: HonoHandler }
export const get = (path: string, handler: HonoHandler): Endpoint => ({ method: 'GET', path, handler })
export const post = (path: string, handler: HonoHandler): Endpoint => ({ method: 'POST', path, handler })
export const patch = (path: string, handler: HonoHandler): Endpoint => ({ method: 'PATCH', path, handler })
export const del = (path: string, handler: HonoHandler): Endpoint => ({ method: 'DELETE', path, handler })
export const all = (path: string, handler: HonoHandler): Endpoint => ({ method: 'ALL', path, handler })

/**
 * Wraps a handler: `beforeEach` (the publication of due releases), then the handler; a thrown ApiProblem becomes its
 * problem+json answer, a storage that cannot take the write a 503, anything else a 500 problem (and a console.error: it is a bug).
 * Each write is a transaction of its own (decision 0014): all its writes or none.
 */
export function createRoute(
  storage: Storage,
  beforeEach: (storage: Storage) => Promise<void> = () => Promise.resolve(),
) {
  const reads = readOnly(storage)
  return (handler: RouteHandler): HonoHandler =>
    async (context) => {
      const request = context.req.raw
      try {
        await beforeEach(storage).catch(unlessStorageFull)
        const flatParams = context.req.param() as Record<string, string>
        const answer = (store: Transaction) =>
          withIdempotency(request, store, () =>
            answerOf(() => handler({ request, params: flatParams, url: new URL(request.url), store: readOnce(store) })),
          )
        return await (isWrite(request.method) ? inTransaction(storage, answer) : answer(reads))
      } catch (error) {
        return answerToThrown(error)
      }
    }
}

/** Ends a transaction without keeping its writes; carries the answer that refused them. */
class Refused {
  constructor(readonly response: Response) {}
}

/** A write's transaction keeps its writes (and its Idempotency-Key's answer) only when it answers 2xx. */
async function inTransaction(storage: Storage, answer: (tx: Transaction) => Promise<Response>): Promise<Response> {
  try {
    return await storage.transaction(async (tx) => {
      const response = await answer(tx)
      if (!response.ok) throw new Refused(response)
      return response
    })
  } catch (error) {
    if (error instanceof Refused) return error.response
    if (error instanceof VersionConflict) return lostRace(storage, error)
    throw error
  }
}

/**
 * Another write changed the record between this one's check and its write (the storage's
 * conditional write refused): the same 409 as a stale version, with the version that won.
 */
async function lostRace(storage: Storage, { collection, id }: VersionConflict): Promise<Response> {
  const what = collection === 'releases' ? 'release' : 'record'
  const current = (await storage.get(collection, id)) as { version?: number } | undefined
  if (!current) return problemResponse(notFound(what, id))
  return problemResponse(staleVersion(what, undefined, current.version ?? 0))
}

/** A publication that could not be stored is left undone: the next request tries it again, and this one still gets its answer. */
function unlessStorageFull(error: unknown): void {
  if (!(error instanceof StorageUnavailable)) throw error
}

/** Runs a handler; a refusal it throws becomes its answer, so an idempotent replay can keep it. */
async function answerOf(run: () => Response | Promise<Response>): Promise<Response> {
  try {
    return await run()
  } catch (error) {
    return answerToThrown(error)
  }
}

function answerToThrown(error: unknown): Response {
  if (error instanceof ApiProblem) return problemResponse(error)
  if (error instanceof StorageUnavailable) {
    const response = problemResponse(new ApiProblem(503, error.detail, { title: error.title }))
    const wait = error.options.retryAfterSeconds
    if (wait !== undefined) response.headers.set('Retry-After', String(wait))
    return response
  }
  console.error('[api] unexpected error in a handler', error)
  return problemResponse(
    new ApiProblem(500, 'Something went wrong on the server, and nothing was saved. Try again in a moment.'),
  )
}
export type Route = ReturnType<typeof createRoute>

/**
 * U+0000 is refused in every text the API takes: nobody types it, and PostgreSQL's text cannot
 * hold it (the server failed with a 500 on a title or a filter that had one; the mock kept it),
 * so both homes refuse it alike, before anything is stored or looked up.
 */
const nulRefusal = 'Text may not contain the character U+0000'
/**
 * Nor half a character: a lone surrogate (`\ud800` in JSON) is no text at all; PostgreSQL stores
 * it as U+FFFD and the mock as it came, so the two homes would answer it back differently.
 */
const badTextRefusal = 'Text may not contain the character U+0000 or half of a character (a lone surrogate)'
// oxlint-disable-next-line eslint/no-control-regex -- U+0000 is what it looks for
const badText = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Whether any text in a parsed JSON value (its keys too) holds U+0000 or a lone surrogate. */
function holdsBadText(value: unknown): boolean {
  if (typeof value === 'string') return badText.test(value)
  if (Array.isArray(value)) return value.some(holdsBadText)
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).some(([key, field]) => badText.test(key) || holdsBadText(field))
  return false
}

/**
 * Parses the query string with a list query schema; empty parameters count as absent. A parameter
 * the operation does not have answers 422 (a misspelt filter would otherwise answer everything).
 */
export function parseQuery<S extends z.ZodType>(url: URL, schema: S): z.output<S> {
  const entries = [...url.searchParams.entries()].filter(([, value]) => value !== '')
  const names = schema instanceof z.ZodObject ? Object.keys(schema.shape) : []
  const unknown = entries.filter(([name]) => !names.includes(name))
  if (unknown.length > 0)
    throw invalid(
      Object.fromEntries(unknown.map(([name]) => [name, 'Unknown query parameter'])),
      `Unknown query parameters: ${unknown.map(([name]) => name).join(', ')}. This operation takes: ${names.join(', ') || 'none'}.`,
    )
  const withNul = entries.filter(([name, value]) => name.includes('\u0000') || value.includes('\u0000'))
  if (withNul.length > 0)
    throw invalid(
      Object.fromEntries(withNul.map(([name]) => [name, nulRefusal])),
      'Some query parameters are not valid.',
    )
  const parsed = schema.safeParse(Object.fromEntries(entries))
  if (!parsed.success) throw invalid(fieldErrors(parsed.error), 'Some query parameters are not valid.')
  return parsed.data
}

/** Reads the JSON body; answers the raw object (to tell which keys were sent) and the parsed one. */
export async function parseBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<{ raw: Record<string, unknown>; data: z.output<S> }> {
  let raw: unknown
  const text = await request.text()
  try {
    raw = JSON.parse(text)
  } catch {
    throw invalid({ _: 'The request body must be JSON' }, 'The request body is not valid JSON.')
  }
  if (holdsBadText(raw))
    throw invalid({ _: badTextRefusal }, 'The request body holds a character that text may not hold.')
  const parsed = schema.safeParse(raw)
  if (!parsed.success) throw invalid(fieldErrors(parsed.error))
  return { raw: typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {}, data: parsed.data }
}
