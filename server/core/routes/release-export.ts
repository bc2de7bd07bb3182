import { releaseExportColumns, releaseListQuerySchema } from '../../../src/api/contract'
import { toCsv } from '../../../src/api/contract/csv'
import { requireUser } from './auth'
import { createReleaseResolver } from './release-view'
import { type Route, get, parseQuery } from './route'

const exportQuerySchema = releaseListQuerySchema.omit({ page: true, pageSize: true })

/**
 * The app's origin as the request came from it: the Origin header of a cross-origin call
 * when it is an http(s) origin, else the request's own (the app and the API on one origin).
 */
function appOrigin(request: Request, url: URL): string {
  const header = request.headers.get('Origin')
  if (header) {
    try {
      const origin = new URL(header)
      if (origin.protocol === 'https:' || origin.protocol === 'http:') return origin.origin
    } catch {
      // Not a URL: the request's own origin.
    }
  }
  return url.origin
}

/** GET /releases/export: the whole filtered view (every page), in the list's sort, as CSV. */
export function releaseExportHandlers(baseUrl: string, route: Route) {
  return [
    get(
      `${baseUrl}/releases/export`,
      route(async ({ request, url, store }) => {
        const user = await requireUser(request, store)
        const query = parseQuery(url, exportQuerySchema)
        const { toListItems } = await createReleaseResolver(store, user)
        const releases = await toListItems(await store.releases.all(query))
        const context = { appOrigin: appOrigin(request, url) }
        const csv = toCsv(
          releaseExportColumns.map((column) => column.name),
          releases.map((release) => releaseExportColumns.map((column) => column.cell(release, context))),
        )
        return new Response(csv, {
          headers: {
            'Content-Type': 'text/csv; charset=utf-8',
            'Content-Disposition': 'attachment; filename="releases.csv"',
          },
        })
      }),
    ),
  ]
}
