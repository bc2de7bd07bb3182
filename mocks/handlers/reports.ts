import { http, HttpResponse } from 'msw'
import { releaseListQuerySchema, reportMonthsQuerySchema } from '../../src/api/contract'
import type { StorageReader } from '../../server/core/storage'
import { now } from '../db'
import { perFieldOfWork, perFieldOperation, publishedPerMonth, reviewTurnaround } from '../reports/compute'
import { translationTurnaround } from '../reports/translation-turnaround'
import type { StoredHistoryEntry } from '../../server/core/records'
import { requireUser } from './auth'
import { parseQuery, type Route } from './route'

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
    http.get(
      `${path}/published-per-month`,
      route(async ({ request, url, store }) => {
        await requireUser(request, store)
        const { months } = parseQuery(url, reportMonthsQuerySchema)
        return HttpResponse.json(publishedPerMonth(await everyRelease(store), now(), months))
      }),
    ),
    http.get(
      `${path}/per-field-operation`,
      route(async ({ request, store }) => {
        await requireUser(request, store)
        return HttpResponse.json(perFieldOperation(await everyRelease(store), await store.all('fieldOperations')))
      }),
    ),
    http.get(
      `${path}/per-field-of-work`,
      route(async ({ request, store }) => {
        await requireUser(request, store)
        return HttpResponse.json(perFieldOfWork(await everyRelease(store), await store.all('fieldsOfWork')))
      }),
    ),
    http.get(
      `${path}/review-turnaround`,
      route(async ({ request, url, store }) => {
        await requireUser(request, store)
        const { months } = parseQuery(url, reportMonthsQuerySchema)
        return HttpResponse.json(reviewTurnaround(await everyHistory(store), now(), months))
      }),
    ),
    http.get(
      `${path}/translation-turnaround`,
      route(async ({ request, url, store }) => {
        await requireUser(request, store)
        const { months } = parseQuery(url, reportMonthsQuerySchema)
        const [releases, histories, languages] = await Promise.all([
          everyRelease(store),
          everyHistory(store),
          store.all('languages'),
        ])
        return HttpResponse.json(translationTurnaround(releases, histories, languages, now(), months))
      }),
    ),
  ]
}
