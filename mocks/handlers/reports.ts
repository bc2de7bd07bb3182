import { http, HttpResponse } from 'msw'
import { reportMonthsQuerySchema } from '../../src/api/contract'
import { db, now } from '../db'
import { perFieldOfWork, perFieldOperation, publishedPerMonth, reviewTurnaround } from '../reports/compute'
import { translationTurnaround } from '../reports/translation-turnaround'
import type { StoredHistoryEntry } from '../../server/core/records'
import { requireUser } from './auth'
import { parseQuery, type Route } from './route'

/** Every release's history, oldest first, in one pass over the seed's map and the written entries. */
function* allHistories(): Generator<readonly StoredHistoryEntry[]> {
  const written = new Map<string, StoredHistoryEntry[]>()
  for (const entry of db.history.all()) {
    const list = written.get(entry.releaseId)
    if (list) list.push(entry)
    else written.set(entry.releaseId, [entry])
  }
  for (const [releaseId, seeded] of db.seedHistory) {
    const extra = written.get(releaseId)
    written.delete(releaseId)
    yield extra ? [...seeded, ...extra].toSorted((a, b) => Date.parse(a.at) - Date.parse(b.at)) : seeded
  }
  for (const entries of written.values()) yield entries.toSorted((a, b) => Date.parse(a.at) - Date.parse(b.at))
}

/** Reports for every signed-in role. */
export function reportHandlers(baseUrl: string, route: Route) {
  const path = `${baseUrl}/reports`
  return [
    http.get(
      `${path}/published-per-month`,
      route(({ request, url }) => {
        requireUser(request)
        const { months } = parseQuery(url, reportMonthsQuerySchema)
        return HttpResponse.json(publishedPerMonth(db.releases.all(), now(), months))
      }),
    ),
    http.get(
      `${path}/per-field-operation`,
      route(({ request }) => {
        requireUser(request)
        return HttpResponse.json(perFieldOperation(db.releases.all(), db.fieldOperations.all()))
      }),
    ),
    http.get(
      `${path}/per-field-of-work`,
      route(({ request }) => {
        requireUser(request)
        return HttpResponse.json(perFieldOfWork(db.releases.all(), db.fieldsOfWork.all()))
      }),
    ),
    http.get(
      `${path}/review-turnaround`,
      route(({ request, url }) => {
        requireUser(request)
        const { months } = parseQuery(url, reportMonthsQuerySchema)
        return HttpResponse.json(reviewTurnaround(allHistories(), now(), months))
      }),
    ),
    http.get(
      `${path}/translation-turnaround`,
      route(({ request, url }) => {
        requireUser(request)
        const { months } = parseQuery(url, reportMonthsQuerySchema)
        return HttpResponse.json(
          translationTurnaround(db.releases.all(), allHistories(), db.languages.all(), now(), months),
        )
      }),
    ),
  ]
}
