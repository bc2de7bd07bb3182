import {
  allowedActions,
  endpoints,
  problemSchema,
  transitionActions,
  type Endpoint,
  type ReleaseAction,
} from '../../src/api/contract'
import { allowedMethods, matchesTemplate } from '../../server/core/routes/fallback'
import { decodablePath } from '../../server/core/routes/malformed-url'
import {
  noBody,
  signedInCallers,
  wellFormed,
  type Caller,
  type HostileBody,
  type HostileRequest,
} from './hostile-inputs'

/**
 * The rules a hostile request's answer must keep, and what the two property tests that send
 * them share: mocks/handlers/hostile-requests.test.ts (the mock) and
 * server/hostile-requests.test.ts (the server). Both home the same core, so they hold it to the
 * same rules; only how a request is sent and how "nothing changed" is seen are their own.
 */

export type SignedIn = (typeof signedInCallers)[number]
export const roleOf = { editor: 'editor', otherEditor: 'editor', reviewer: 'reviewer', admin: 'admin' } as const

/** The Authorization header of a caller: none, garbage, a malformed one, or a signed-in caller's bearer token. */
export function authorization(caller: Caller, garbage: string, tokens: Record<SignedIn, string>): string | null {
  if (caller === 'none') return null
  if (caller === 'garbage') return `Bearer ${garbage}`
  if (caller === 'malformed') {
    const token = tokens.editor
    return [`Basic ${token}`, 'Bearer', `Bearer ${token} ${token}`, token, `Bearer\t`, `Token ${token}`][
      garbage.length % 6
    ]!
  }
  return `Bearer ${tokens[caller]}`
}

/**
 * The path as sent, and the endpoint that answers it: `undefined` when the URL parser changes
 * the path (dot segments, a slash more or less) or it has a malformed escape, so that any
 * endpoint or none may answer; `null` when the contract has the path but not this method (405).
 */
export function pathOf(
  endpoint: Endpoint,
  method: string,
  id: string,
  raw: boolean,
): { path: string; target: Endpoint | null | undefined } {
  const segment = raw ? id.replace(/[?#\s]/g, (char) => encodeURIComponent(char)) : encodeURIComponent(wellFormed(id))
  const path = endpoint.path.replace('{id}', segment)
  const sameMethod = endpoints.filter((other) => other.method.toUpperCase() === method)
  // A segment that another endpoint names literally (GET /releases/counts) is that endpoint.
  const literal = sameMethod.find((other) => other.path === path)
  if (literal) return { path, target: literal }
  const intact =
    (!endpoint.path.includes('{id}') || id !== '') &&
    new URL(`http://127.0.0.1/api${path}`).pathname === `/api${path}` &&
    decodablePath(path) &&
    path.split('/').length === endpoint.path.split('/').length &&
    !path
      .slice(1)
      .split('/')
      .some((part) => /^(\.|%2e){1,2}$/i.test(part))
  if (!intact) return { path, target: undefined }
  // Otherwise the endpoint whose template it fits (PATCH /releases/export is PATCH /releases/{id}).
  return { path, target: sameMethod.find((other) => matchesTemplate(other.path, path)) ?? null }
}

/** What the caller may do to a release through this endpoint (the contract's workflow rules); null when any release will do. */
export function wantedActions(endpoint: Endpoint): readonly ReleaseAction[] | null {
  if (endpoint.path.endsWith('/transitions')) return transitionActions
  if (endpoint.path === '/releases/{id}')
    return endpoint.method === 'patch' ? ['edit'] : endpoint.method === 'delete' ? ['delete'] : null
  return null
}

/**
 * The body a request sends once the record it names is known: a near-valid call (and one that
 * asks for the current version) carries the record's version, and a near-valid transition an
 * action the caller may take on that release (`actor`: the caller, when the record is a
 * release). GET sends none, as fetch does.
 */
export function bodyFor(
  request: HostileRequest,
  record: { version?: number } | undefined,
  actor: Parameters<typeof allowedActions>[0] | null,
): HostileBody {
  const body = request.method === 'GET' ? noBody : request.body
  let json: unknown
  try {
    json = JSON.parse(body.text ?? '')
  } catch {
    return body
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return body
  const object = json as Record<string, unknown>
  const original = JSON.stringify(object)
  if (
    Object.hasOwn(object, 'version') &&
    record?.version !== undefined &&
    (request.mode === 'near-valid' || request.currentVersion)
  )
    object.version = record.version
  if (request.mode === 'near-valid' && Object.hasOwn(object, 'action') && actor && record) {
    const allowed = allowedActions(actor, record as Parameters<typeof allowedActions>[1]).filter((action) =>
      (transitionActions as readonly string[]).includes(action),
    )
    if (allowed.length > 0) object.action = allowed[request.pick % allowed.length]
  }
  return JSON.stringify(object) === original ? body : { ...body, text: JSON.stringify(object), bytes: undefined }
}

/** What the contract says of the input, with the core's rule that an empty query parameter is absent. */
export function contractAccepts(endpoint: Endpoint, url: URL, body: HostileBody): boolean {
  if (endpoint.query) {
    const entries = [...url.searchParams.entries()].filter(([, value]) => value !== '')
    if (!endpoint.query.safeParse(Object.fromEntries(entries)).success) return false
  }
  if (endpoint.body) {
    try {
      return endpoint.body.safeParse(JSON.parse(body.text ?? '')).success
    } catch {
      return false
    }
  }
  return true
}

export type Answer = {
  status: number
  contentType: string | null
  allow: string | null
  text: string
  errorsLogged: string[]
}

export const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/**
 * What the answer breaks of the rules, in words; empty when it keeps them all. `changed`: whether
 * anything stored differs from before the request; `unchanged` says what that covers, for the
 * message (every table; the database and the journal).
 */
export function brokenRules(
  request: HostileRequest,
  url: URL,
  body: HostileBody,
  target: Endpoint | null | undefined,
  answer: Answer,
  { changed, unchanged }: { changed: boolean; unchanged: string },
): string[] {
  const broken: string[] = []
  const rule = (kept: boolean, what: string) => {
    if (!kept) broken.push(what)
  }
  const { status } = answer
  rule(
    answer.errorsLogged.length === 0,
    `nothing logs console.error (logged: ${answer.errorsLogged.join(' | ').slice(0, 800)})`,
  )
  rule(status < 500, 'never a 5xx')
  if (status >= 400) {
    rule(answer.contentType?.startsWith('application/problem+json') ?? false, 'a refusal is application/problem+json')
    const problem = problemSchema.safeParse(parseJson(answer.text))
    rule(problem.success && problem.data.status === status, 'a refusal is a Problem with its status')
    rule(!changed, `a refusal changes nothing (${unchanged})`)
    if (target)
      rule(
        status in target.errors,
        `the status is one the contract lists for ${target.method.toUpperCase()} ${target.path}: ${Object.keys(target.errors).join(', ')}`,
      )
  }
  if (target === null) {
    rule(status === 405, 'a method the path does not have answers 405')
    const allowed = allowedMethods(url.pathname.slice('/api'.length))
    rule(
      allowed.every((method) => answer.allow?.split(', ').includes(method) ?? false),
      `a 405 says in Allow which methods the path has (${allowed.join(', ')})`,
    )
  }
  if (target) {
    const role = request.caller in roleOf ? roleOf[request.caller as SignedIn] : null
    if (target.access !== 'public' && role === null)
      rule(status === 401, 'no token, an unknown one or a malformed header answers 401')
    if (target.access === 'admin' && role !== null && role !== 'admin')
      rule(status === 403, 'an admin endpoint answers 403 to other roles')
    if (status < 400) {
      rule(status === target.status, `a success is the endpoint's ${target.status}`)
      rule(contractAccepts(target, url, body), 'a success only for a body and a query the contract accepts')
      if (target.response)
        rule(target.response.safeParse(parseJson(answer.text)).success, 'a success has a body the contract describes')
      if (target.responseType)
        rule(answer.contentType?.startsWith(target.responseType) ?? false, `a success is ${target.responseType}`)
    }
  }
  return broken
}
