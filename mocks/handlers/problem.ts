import { HttpResponse } from 'msw'

const titles: Record<number, string> = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Not allowed',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  422: 'Validation failed',
  500: 'Internal server error',
  503: 'Service unavailable',
}
const types: Record<number, string> = {
  400: 'bad-request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  409: 'conflict',
  422: 'validation-failed',
  500: 'internal-error',
  503: 'unavailable',
}

/**
 * A refusal as RFC 9457 problem details. Handlers throw it (also from inside `commit`'s
 * mutate), and `route()` turns it into an application/problem+json answer.
 */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly extra: { errors?: Record<string, string>; [key: string]: unknown } = {},
  ) {
    super(detail)
  }
}

export function problemResponse(problem: ApiProblem): Response {
  const body = {
    type: `https://newsroom-admin.example/problems/${types[problem.status] ?? 'error'}`,
    title: titles[problem.status] ?? 'Error',
    status: problem.status,
    detail: problem.detail,
    ...problem.extra,
  }
  const headers: Record<string, string> = { 'Content-Type': 'application/problem+json' }
  if (problem.status === 401) headers['WWW-Authenticate'] = 'Bearer'
  return HttpResponse.json(body, { status: problem.status, headers })
}

export const unauthorized = (detail = 'Sign in to continue.') => new ApiProblem(401, detail)
export const forbidden = (detail: string) => new ApiProblem(403, detail)
export const notFound = (what: string, id: string) => new ApiProblem(404, `There is no ${what} with id “${id}”.`)
export const conflict = (detail: string, extra: Record<string, unknown> = {}) => new ApiProblem(409, detail, extra)
/**
 * 503 when the browser would not store the demo's journal (its storage is full): nothing
 * was changed (decision 0014), so the same request may be sent again once there is room.
 * No Retry-After: waiting does not make room, the person does (Reset demo data, or
 * clearing the site's data). The title replaces the generic one (the extra members come last).
 */
export const storageFull = () =>
  new ApiProblem(
    503,
    'This browser’s storage, where the demo keeps its data, is full, so nothing was saved. Reset demo data (or clear this site’s data) to make room.',
    {
      title: 'The demo’s browser storage is full',
    },
  )
export const invalid = (errors: Record<string, string>, detail = 'Some fields are not valid.') =>
  new ApiProblem(422, detail, { errors })

/** 409 when the client's copy is older than the stored one (optimistic concurrency). */
export function assertVersion(what: string, clientVersion: number | undefined, currentVersion: number): void {
  if (clientVersion !== undefined && clientVersion !== currentVersion) {
    throw conflict(
      `Someone else saved this ${what} first: you edited version ${clientVersion}, the current one is ${currentVersion}. Reload it to see their changes, then apply yours again.`,
      { currentVersion },
    )
  }
}
