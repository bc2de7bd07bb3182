import { ApiProblem } from '../problem'
import { problemResponse } from './problem-response'

/** Whether every segment of the path decodes ("%", "%zz" or a cut UTF-8 sequence do not). */
export function decodablePath(pathname: string): boolean {
  try {
    for (const segment of pathname.split('/')) decodeURIComponent(segment)
    return true
  } catch {
    return false
  }
}

/**
 * A path under the API with a malformed escape ("%", "%zz" or a cut UTF-8 sequence) answers
 * 400 before any route is looked for: its parameters could not be decoded.
 */
export function malformedUrlAnswer(request: Request): Response | null {
  const { pathname } = new URL(request.url)
  if (decodablePath(pathname)) return null
  return problemResponse(
    new ApiProblem(
      400,
      `The path ${pathname} has a malformed percent-escape (a % must be followed by two hexadecimal digits of valid UTF-8).`,
    ),
  )
}
