import { releaseListQuerySchema, reportMonthsQuerySchema } from '../../../src/api/contract'
import type { StorageReader } from '../storage'
import { now } from '../clock'
import { perFieldOfWork, perFieldOperation, publishedPerMonth, reviewTurnaround } from '../reports/compute'
import { translationTurnaround } from '../reports/translation-turnaround'
import type { StoredHistoryEntry } from '../records'
import { requireUser } from './auth'
import { type Route, get, parseQuery } from './route'

const everyReleaseQuery = releaseListQuerySchema.omit({ page: true, pageSize: true }).parse({})

/** Every release: what the reports count over (decision 0007). */
const everyRelease = (store: StorageReader) => store.releases.all(everyReleaseQuery)

/** Every release's history, each oldest first. */
async function everyHistory(store: StorageReader): Promise<StoredHistoryEntry[][]> {
  const histories: StoredHistoryEntry[][] = []
  for await (const entries of store.histories()) histories.push(entries)
  return histories
}

/** Reports for every signed-in role. */
export function reportHandlers(baseUrl: string, route: Route) {
  const path = `${baseUrl}/reports`
  return [
    get(
      `${path}/published-per-month`,
      route(async ({ request, url, store }) => {
        await requireUser(request, store)
        const { months } = parseQuery(url, reportMonthsQuerySchema)
        return Response.json(publishedPerMonth(await everyRelease(store), now(), months))
      }),
    ),
    get(
      `${path}/per-field-operation`,
      route(async ({ request, store }) => {
        await requireUser(request, store)
        return Response.json(perFieldOperation(await everyRelease(store), await store.all('fieldOperations')))
      }),
    ),
    get(
      `${path}/per-field-of-work`,
      route(async ({ request, store }) => {
        await requireUser(request, store)
        return Response.json(perFieldOfWork(await everyRelease(store), await store.all('fieldsOfWork')))
      }),
    ),
    get(
      `${path}/review-turnaround`,
      route(async ({ request, url, store }) => {
        await requireUser(request, store)
        const { months } = parseQuery(url, reportMonthsQuerySchema)
        return Response.json(reviewTurnaround(await everyHistory(store), now(), months))
      }),
    ),
    get(
      `${path}/translation-turnaround`,
      route(async ({ request, url, store }) => {
        await requireUser(request, store)
        const { months } = parseQuery(url, reportMonthsQuerySchema)
        const [releases, histories, languages] = await Promise.all([
          everyRelease(store),
          everyHistory(store),
          store.all('languages'),
        ])
        return Response.json(translationTurnaround(releases, histories, languages, now(), months))
      }),
    ),
  ]
}
