/**
 * The HTTP side of a refusal: `problemResponse` turns an `ApiProblem` (server/core/problem.ts) into
 * an RFC 9457 application/problem+json answer. `route()` and the fallback use it.
 */
import type { ApiProblem } from '../problem'

const titles: Record<number, string> = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Not allowed',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Payload too large',
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
  413: 'payload-too-large',
  422: 'validation-failed',
  500: 'internal-error',
  503: 'unavailable',
}

/**
 * HTTP's reason phrases: a Node server writes them itself, but in the mock the answer crosses
 * the service worker as it was built, and the browser shows "409 ()" without one.
 */
const reasons: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  422: 'Unprocessable Entity',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
}

export function problemResponse(problem: ApiProblem): Response {
  const body = {
    type: `https://newsroom-admin.example/problems/${types[problem.status] ?? 'error'}`,
    title: titles[problem.status] ?? 'Error',
    status: problem.status,
    detail: problem.detail,
    ...problem.extra,
  }
  const headers: Record<string, string> = { ...problem.headers, 'Content-Type': 'application/problem+json' }
  if (problem.status === 401) headers['WWW-Authenticate'] = 'Bearer'
  return Response.json(body, { status: problem.status, statusText: reasons[problem.status] ?? '', headers })
}
