import { endpoints } from '../../../src/api/contract'
import { ApiProblem } from '../problem'
import { problemResponse } from './problem-response'
import type { Route } from './route'
import { all } from './route'

/** Whether a path (below the base URL) is one of the contract's paths, `{id}` standing for any one segment. */
export function matchesTemplate(template: string, path: string): boolean {
  const expected = template.split('/')
  const actual = path.split('/')
  return (
    expected.length === actual.length &&
    expected.every((segment, index) => (segment === '{id}' ? actual[index] !== '' : segment === actual[index]))
  )
}

/** How many segments of a template are words rather than `{id}`: the more, the closer its match. */
const literalSegments = (template: string) => template.split('/').filter((segment) => segment !== '{id}').length

/**
 * The methods the contract has for a path, e.g. ['GET', 'PATCH', 'DELETE'] for /states/state-at.
 * A path that one template names word for word is that template's alone, as a router has it:
 * /releases/counts takes GET, not the methods of /releases/{id}.
 */
export function allowedMethods(path: string): string[] {
  const matching = endpoints.filter((endpoint) => matchesTemplate(endpoint.path, path))
  const closest = Math.max(...matching.map((endpoint) => literalSegments(endpoint.path)))
  return [
    ...new Set(
      matching
        .filter((endpoint) => literalSegments(endpoint.path) === closest)
        .map((endpoint) => endpoint.method.toUpperCase()),
    ),
  ]
}

/**
 * Last handler: anything else under the base URL answers as a real backend would, from the
 * contract's list of endpoints: 405 with an Allow header for a path it has with other
 * methods (POST /structures, POST /reports/per-field-of-work), 404 for a path it does not have.
 */
export function fallbackHandlers(baseUrl: string, route: Route) {
  return [
    all(
      `${baseUrl}/*`,
      route(({ request, url }) => {
        const basePath = new URL(baseUrl, url).pathname.replace(/\/+$/, '')
        const allowed = allowedMethods(url.pathname.slice(basePath.length))
        if (allowed.length === 0) throw new ApiProblem(404, `There is no endpoint ${request.method} ${url.pathname}.`)
        const response = problemResponse(
          new ApiProblem(405, `${request.method} is not supported on ${url.pathname}; it takes ${allowed.join(', ')}.`),
        )
        response.headers.set('Allow', allowed.join(', '))
        return response
      }),
    ),
  ]
}
