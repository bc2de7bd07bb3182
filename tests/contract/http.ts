/**
 * The suite's only way to the server: `call` sends one request for one operation of the
 * document, checks the answer against the document (document.ts) and records which status
 * each operation produced, for the coverage checks at the end (conformance.test.ts).
 * `expectAnswer` then fails a case with everything needed to reproduce it: the operation,
 * the request, who sent it, the expected and the actual status, the body and what the
 * document says is wrong with the answer.
 */
import { operationByKey, queryProblem, requestBodyProblem, responseProblems, type Operation } from './document'
import { baseUrl } from './target'

export type Role = 'editor' | 'otherEditor' | 'reviewer' | 'otherReviewer' | 'admin'
/** Who sends a request: a role, nobody (no credential) or a signed-out session's token. */
export type Sender = Role | 'anonymous' | 'signedOut'

export type Request = {
  as: Sender
  /** Values of the path's `{name}` parameters, inserted as they are (so a case can send a malformed escape). */
  params?: Record<string, string>
  query?: Record<string, string>
  body?: unknown
  /** Sent instead of `body`, as it is (invalid JSON). */
  rawBody?: string
  headers?: Record<string, string>
  /** Sends another method on the operation's path (405 checks). */
  method?: string
  /** Sends to this path instead of the operation's (404 for a path the API does not have). */
  path?: string
}

export type Response = {
  operation: Operation
  status: number
  headers: Headers
  text: string
  // oxlint-disable-next-line typescript/no-explicit-any -- cases read one field of a body the document has judged
  json: any
  /** What the document does not allow about this answer (empty when it conforms). */
  problems: string[]
  /** The request, in one line, for failure messages. */
  request: string
  /** What the document says is wrong with the request (null: nothing), for requests that should succeed. */
  requestProblem: string | null
}

/** Bearer tokens of the signed-in roles, and of a session that was signed out (see fixtures.ts). */
export const tokens: Partial<Record<Role | 'signedOut', string>> = {}

/** How many requests the suite sent. */
export let requestCount = 0

/** Every (operation, status) an answer had, with the first request that produced it. */
export const seen = new Map<string, Map<number, string>>()

const truncate = (text: string, length = 300) => (text.length > length ? `${text.slice(0, length)}…` : text)

export function urlOf(operation: Operation, request: Pick<Request, 'params' | 'query'>): string {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = request.params?.[name]
    if (value === undefined) throw new Error(`${operation.key}: no value for {${name}}`)
    return value
  })
  const query = new URLSearchParams(request.query ?? {}).toString()
  return `${baseUrl}${path}${query ? `?${query}` : ''}`
}

/** RFC 9457: a problem's `status` is the status of the answer that carries it. */
function problemStatus(answer: globalThis.Response, json: unknown): string[] {
  if (!/problem\+json/.test(answer.headers.get('Content-Type') ?? '')) return []
  const status = (json as { status?: unknown } | null)?.status
  return status === answer.status ? [] : [`the Problem's status ${String(status)} is not the answer's ${answer.status}`]
}

export async function call(key: string, request: Request): Promise<Response> {
  const operation = operationByKey.get(key)
  if (!operation) throw new Error(`The document has no operation ${key}`)
  const url = request.path === undefined ? urlOf(operation, request) : `${baseUrl}${request.path}`
  // An answer for the operation itself: judged by its documented responses and counted for coverage.
  const itself = request.path === undefined && (request.method ?? operation.method) === operation.method
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json, text/csv',
    ...request.headers,
  }
  const token = request.as === 'anonymous' ? undefined : tokens[request.as]
  if (request.as !== 'anonymous' && !token) throw new Error(`No token for ${request.as}: sign in first (fixtures.ts)`)
  if (token) headers.Authorization = `Bearer ${token}`
  const body = request.rawBody ?? (request.body === undefined ? undefined : JSON.stringify(request.body))
  if (body !== undefined) headers['Content-Type'] ??= 'application/json'
  const method = request.method ?? operation.method
  requestCount += 1
  const answer = await fetch(url, { method, headers, body })
  const text = await answer.text()
  const shownHeaders = Object.fromEntries(
    Object.entries(request.headers ?? {}).map(([name, value]) => [name, truncate(value, 40)]),
  )
  const described = `${method} ${url.slice(baseUrl.length)} as ${request.as}${
    request.headers ? ` with ${JSON.stringify(shownHeaders)}` : ''
  }${body === undefined ? '' : ` body ${truncate(body, 200)}`}`
  let json: unknown = null
  try {
    json = text ? JSON.parse(text) : null
  } catch {
    json = text
  }
  const response: Response = {
    operation,
    status: answer.status,
    headers: answer.headers,
    text,
    json,
    problems: itself
      ? [
          ...responseProblems(operation, { status: answer.status, headers: answer.headers, text }),
          ...problemStatus(answer, json),
        ]
      : [],
    request: described,
    requestProblem: !itself
      ? null
      : request.rawBody !== undefined
        ? 'the body is not JSON'
        : (requestBodyProblem(operation, request.body) ?? queryProblem(operation, request.query ?? {})),
  }
  if (itself) {
    const statuses = seen.get(key) ?? new Map<number, string>()
    if (!statuses.has(answer.status)) statuses.set(answer.status, described)
    seen.set(key, statuses)
  }
  return response
}

/** Fails unless the answer has the expected status and conforms to the document. */
export function expectAnswer(response: Response, expected: number, why = ''): Response {
  // What a server accepts, the document must accept too: no client should be told it may not send it.
  const problems =
    expected < 300 && response.requestProblem
      ? [...response.problems, `the document refuses this request, which should succeed: ${response.requestProblem}`]
      : response.problems
  if (expected === 422 && response.status === 422 && !response.requestProblem)
    refusedButSchemaValid.push({
      operation: response.operation.key,
      request: response.request,
      errors: response.json?.errors,
    })
  if (response.status === expected && problems.length === 0) return response
  const lines = [
    `${response.operation.key}${why ? ` (${why})` : ''}`,
    `  request:  ${response.request}`,
    `  expected: ${expected}, got: ${response.status} ${truncate(response.text)}`,
    ...problems.map((problem) => `  document: ${problem}`),
  ]
  throw new Error(lines.join('\n'))
}

/** Refusals (422) of requests the document's schemas accept: rules a client can only learn from the prose. */
export const refusedButSchemaValid: Array<{ operation: string; request: string; errors: unknown }> = []

/** `call` then `expectAnswer`. */
export async function expectCall(key: string, request: Request, expected: number, why = ''): Promise<Response> {
  return expectAnswer(await call(key, request), expected, why)
}

/**
 * A step that prepares a case (signing in, a draft to act on): only its status must be right.
 * Whether its answer conforms to the document is judged by the cases of its own operation, so
 * that one wrong header does not fail every case that needs a draft.
 */
export async function setUp(key: string, request: Request, expected: number, why = 'setting up'): Promise<Response> {
  const response = await call(key, request)
  return expectAnswer({ ...response, problems: [], requestProblem: null }, expected, why)
}

/** Fails with the request in the message when a condition about an answer does not hold. */
export function expectThat(response: Response, condition: boolean, what: string): void {
  if (condition) return
  throw new Error(
    `${response.operation.key}: ${what}\n  request:  ${response.request}\n  got: ${response.status} ${truncate(response.text)}`,
  )
}
