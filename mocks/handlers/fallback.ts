import { http } from 'msw'
import { ApiProblem } from './problem'
import type { Route } from './route'

const resources = ['users', 'session', 'releases', 'states', 'chairpersonships', 'field-operations', 'fields-of-work', 'structures', 'inbox']

/**
 * Last handler: anything else under the base URL answers as a real backend would, 405 for
 * a method a known resource does not have (POST /structures), 404 for an unknown path.
 */
export function fallbackHandlers(baseUrl: string, route: Route) {
  return [
    http.all(`${baseUrl}/*`, route(({ request, url }) => {
      const [resource] = url.pathname.slice(url.pathname.indexOf(baseUrl) + baseUrl.length + 1).split('/')
      if (resource && resources.includes(resource)) throw new ApiProblem(405, `${request.method} is not supported on ${url.pathname}.`)
      throw new ApiProblem(404, `There is no endpoint ${request.method} ${url.pathname}.`)
    })),
  ]
}
