import { structureKinds, structureListQuerySchema, type Structure } from '../../../src/api/contract'
import { notFound } from '../problem'
import { requireUser } from './auth'
import { compareText, matchesText, paginate, sortItems } from '../list'
import { allStructures } from './reference-views'
import { type Route, get, parseQuery } from './route'

/** Read only: structures are the release sources; the field-operation ones follow the field operations. */
export function structureHandlers(baseUrl: string, route: Route) {
  const path = `${baseUrl}/structures`
  return [
    get(
      path,
      route(async ({ request, url, store }) => {
        await requireUser(request, store)
        const query = parseQuery(url, structureListQuerySchema)
        const matching = (await allStructures(store)).filter(
          (structure) =>
            (!query.kind || structure.kind === query.kind) &&
            matchesText(query.q, structure.name, structure.sourceName),
        )
        const sorted = sortItems<Structure>(
          matching,
          query.sort,
          {
            name: (a, b) => compareText(a.name, b.name),
            kind: (a, b) => structureKinds.indexOf(a.kind) - structureKinds.indexOf(b.kind),
          },
          (a, b) => compareText(a.name, b.name),
        )
        return Response.json(paginate(sorted, query.page, query.pageSize))
      }),
    ),

    get(
      `${path}/:id`,
      route(async ({ request, params, store }) => {
        await requireUser(request, store)
        const structure = (await allStructures(store)).find((candidate) => candidate.id === params.id)
        if (!structure) throw notFound('structure', params.id!)
        return Response.json(structure)
      }),
    ),
  ]
}
