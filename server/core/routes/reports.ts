import { reportMonthsQuerySchema } from '../../../src/api/contract'
import { now } from '../clock'
import { requireUser } from './auth'
import { type Route, get, parseQuery } from './route'

/**
 * Reports for every signed-in role. The storage answers them (`ReportQueries`): the mock's
 * adapter with the pure functions of `reports/`, the server's in SQL, so no report reads every
 * release into the process.
 */
export function reportHandlers(baseUrl: string, route: Route) {
  const path = `${baseUrl}/reports`
  return [
    get(
      `${path}/published-per-month`,
      route(async ({ request, url, store }) => {
        await requireUser(request, store)
        const { months } = parseQuery(url, reportMonthsQuerySchema)
        return Response.json(await store.reports.publishedPerMonth(now(), months))
      }),
    ),
    get(
      `${path}/per-field-operation`,
      route(async ({ request, store }) => {
        await requireUser(request, store)
        return Response.json(await store.reports.perFieldOperation())
      }),
    ),
    get(
      `${path}/per-field-of-work`,
      route(async ({ request, store }) => {
        await requireUser(request, store)
        return Response.json(await store.reports.perFieldOfWork())
      }),
    ),
    get(
      `${path}/review-turnaround`,
      route(async ({ request, url, store }) => {
        await requireUser(request, store)
        const { months } = parseQuery(url, reportMonthsQuerySchema)
        return Response.json(await store.reports.reviewTurnaround(now(), months))
      }),
    ),
    get(
      `${path}/translation-turnaround`,
      route(async ({ request, url, store }) => {
        await requireUser(request, store)
        const { months } = parseQuery(url, reportMonthsQuerySchema)
        return Response.json(await store.reports.translationTurnaround(now(), months))
      }),
    ),
  ]
}
