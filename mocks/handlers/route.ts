import { delay, type HttpResponseResolver } from 'msw'
import { z } from 'zod'
import { fieldErrors } from '../../src/api/contract'
import { transaction } from '../db'
import { StorageUnavailable } from '../persistence/journal'
import { ApiProblem, invalid, storageFull } from '../problem'
import { isWrite, withIdempotency } from './idempotency'
import { problemResponse } from './problem-response'

export type RouteContext = { request: Request; params: Record<string, string>; url: URL }
export type RouteHandler = (context: RouteContext) => Response | Promise<Response>

/**
 * Wraps a handler: simulated latency, `beforeEach` (the publication of due releases), then the handler; a thrown ApiProblem becomes its
 * problem+json answer, a journal the browser would not store a 503, anything else a 500 problem (and a console.error: it is a bug).
 * `beforeEach` and each write are transactions of their own (decision 0014): all their writes or none.
 */
export function createRoute(latencyMs: number, beforeEach: () => Promise<void> = () => Promise.resolve()) {
  return (handler: RouteHandler): HttpResponseResolver =>
    async ({ request, params }) => {
      try {
        if (latencyMs > 0) await delay(latencyMs)
        await transaction(beforeEach).catch(unlessStorageFull)
        const flatParams = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, String(value)]))
        const answer = () =>
          withIdempotency(request, () =>
            answerOf(() => handler({ request, params: flatParams, url: new URL(request.url) })),
          )
        return await (isWrite(request.method) ? inTransaction(answer) : answer())
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
async function inTransaction(answer: () => Promise<Response>): Promise<Response> {
  try {
    return await transaction(async () => {
      const response = await answer()
      if (!response.ok) throw new Refused(response)
      return response
    })
  } catch (error) {
    if (error instanceof Refused) return error.response
    throw error
  }
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
  if (error instanceof StorageUnavailable) return problemResponse(storageFull())
  console.error('[mocks] unexpected error in a handler', error)
  return problemResponse(
    new ApiProblem(500, 'The mock backend failed unexpectedly. Try again; if it persists, reset the demo data.'),
  )
}
export type Route = ReturnType<typeof createRoute>

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
  try {
    raw = JSON.parse(await request.text())
  } catch {
    throw invalid({ _: 'The request body must be JSON' }, 'The request body is not valid JSON.')
  }
  const parsed = schema.safeParse(raw)
  if (!parsed.success) throw invalid(fieldErrors(parsed.error))
  return { raw: typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {}, data: parsed.data }
}
