import { queryOptions } from '@tanstack/react-query'
import { type ReleaseListItem, releasePageSchema, releasePublicationKey } from '../../api/contract'
import { request } from '../../api/http'
import { liveQuery } from '../../api/live-query'
import { releaseQueries } from '../../api/releases'
import { type CalendarRange, type CalendarView, calendarRange } from './calendar-range'

const pageSize = 100

/**
 * The scheduled and published releases whose publication time falls in [from, to), soonest
 * first: the list API's `publishFrom`/`publishTo` filters (only those two statuses have a
 * publication time), every page of them. Kept under the release lists' key, so any write
 * that refreshes the lists refreshes the calendar.
 */
export const calendarQuery = (from: string, to: string) =>
  queryOptions({
    queryKey: [...releaseQueries.lists(), 'publication-calendar', { from, to }] as const,
    queryFn: async ({ signal }): Promise<ReleaseListItem[]> => {
      const items: ReleaseListItem[] = []
      for (let page = 1; ; page += 1) {
        const answer = await request('/releases', {
          query: { publishFrom: from, publishTo: to, sort: releasePublicationKey, page, pageSize },
          schema: releasePageSchema,
          signal,
        })
        items.push(...answer.items)
        // A capped total (more than the list counts) is no end: only a short page is.
        if (answer.items.length < pageSize || (!answer.totalCapped && items.length >= answer.total)) return items
      }
    },
    ...liveQuery,
  })

/** The range a URL's view and date show, as the route's loader and the page both compute it. */
export const calendarRangeOf = (search: { view: CalendarView; date?: string }) =>
  calendarRange(search.view, search.date, new Date())

/** The query of a range: its instants from the first day's midnight to the midnight after the last, in the person's zone. */
export const calendarQueryOf = (range: CalendarRange) =>
  calendarQuery(range.start.toISOString(), range.end.toISOString())
