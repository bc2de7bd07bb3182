import { http, HttpResponse } from 'msw'
import { releaseListQuerySchema, type ReleaseListItem } from '../../src/api/contract'
import { db } from '../db'
import { requireUser } from './auth'
import { sortItems } from './list'
import { releaseComparators, releaseFilter, releaseTieBreak } from './release-query'
import { createReleaseResolver } from './release-view'
import { parseQuery, type Route } from './route'

const exportQuerySchema = releaseListQuerySchema.omit({ page: true, pageSize: true })

/**
 * A cell as RFC 4180 wants it, and safe to open in a spreadsheet: text starting with
 * = + - @ gets an apostrophe so it is never taken for a formula (CSV injection).
 */
export function csvCell(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded
}

export const csvColumns: Array<[string, (release: ReleaseListItem) => string]> = [
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

export const toCsv = (releases: readonly ReleaseListItem[]): string =>
  [csvColumns.map(([name]) => name), ...releases.map((release) => csvColumns.map(([, cell]) => cell(release)))]
    .map((row) => row.map(csvCell).join(','))
    .join('\r\n') + '\r\n'

/** GET /releases/export: the whole filtered view (every page), in the list's sort, as CSV. */
export function releaseExportHandlers(baseUrl: string, route: Route) {
  return [
    http.get(`${baseUrl}/releases/export`, route(({ request, url }) => {
      const user = requireUser(request)
      const query = parseQuery(url, exportQuerySchema)
      const matching = db.releases.findMany((q) => q.where(releaseFilter(query)))
      const sorted = sortItems(matching, query.sort, releaseComparators, releaseTieBreak)
      const { toListItem } = createReleaseResolver(user)
      return new HttpResponse(toCsv(sorted.map(toListItem)), {
        headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="releases.csv"' },
      })
    })),
  ]
}
