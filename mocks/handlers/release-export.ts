import { http, HttpResponse } from 'msw'
import { releaseListQuerySchema, type ReleaseListItem } from '../../src/api/contract'
import { toCsv } from '../../src/api/contract/csv'
import { db } from '../db'
import { requireUser } from './auth'
import { sortItems } from './list'
import { releaseComparators, releaseFilter, releaseTieBreak } from './release-query'
import { createReleaseResolver } from './release-view'
import { parseQuery, type Route } from './route'

const exportQuerySchema = releaseListQuerySchema.omit({ page: true, pageSize: true })

/** The export's columns, in order: the header's names and how each cell is read from a release. */
const csvColumns: Array<[string, (release: ReleaseListItem) => string]> = [
  ['id', (release) => release.id],
  ['type', (release) => release.type],
  ['title', (release) => release.title],
  ['status', (release) => release.status],
  ['dateline place', (release) => release.dateline.place],
  ['dateline date', (release) => release.dateline.date],
  ['sources', (release) => release.sources.map((ref) => ref.name).join('; ')],
  ['fields of work', (release) => release.fieldsOfWork.map((ref) => ref.name).join('; ')],
  ['states', (release) => release.states.map((ref) => ref.name).join('; ')],
  ['field operations', (release) => release.fieldOperations.map((ref) => ref.name).join('; ')],
  ['author', (release) => release.author.name],
  ['updated at', (release) => release.updatedAt],
]

/** GET /releases/export: the whole filtered view (every page), in the list's sort, as CSV. */
export function releaseExportHandlers(baseUrl: string, route: Route) {
  return [
    http.get(
      `${baseUrl}/releases/export`,
      route(({ request, url }) => {
        const user = requireUser(request)
        const query = parseQuery(url, exportQuerySchema)
        const matching = db.releases.findMany((q) => q.where(releaseFilter(query)))
        const sorted = sortItems(matching, query.sort, releaseComparators, releaseTieBreak)
        const { toListItem } = createReleaseResolver(user)
        const releases = sorted.map(toListItem)
        const csv = toCsv(
          csvColumns.map(([name]) => name),
          releases.map((release) => csvColumns.map(([, cell]) => cell(release))),
        )
        return new HttpResponse(csv, {
          headers: {
            'Content-Type': 'text/csv; charset=utf-8',
            'Content-Disposition': 'attachment; filename="releases.csv"',
          },
        })
      }),
    ),
  ]
}
