import { createFileRoute } from '@tanstack/react-router'
import { z } from 'zod'
import { pageTitle } from '../../components/page-title'
import { calendarViews } from '../../features/publication-calendar/calendar-views'
import { PublicationCalendarPage } from '../../features/publication-calendar/publication-calendar-page'

/** `?view=week&date=2026-12-02`: a month by default, around today unless a day is named. */
const calendarSearchSchema = z.object({
  view: z.enum(calendarViews).catch('month').default('month'),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .catch(undefined),
})

export const Route = createFileRoute('/_authenticated/calendar')({
  validateSearch: calendarSearchSchema,
  loaderDeps: ({ search: { view, date } }) => ({ view, date }),
  // The range is computed with dayjs, which no other first load needs: its chunk (shared with
  // the page's) loads with the page's code instead of with every first visit.
  loader: async ({ context: { queryClient }, deps }) => {
    const { calendarQueryOf, calendarRangeOf } = await import('../../features/publication-calendar/calendar-query')
    return queryClient.ensureQueryData(calendarQueryOf(calendarRangeOf(deps)))
  },
  head: pageTitle('Publication calendar'),
  component: PublicationCalendarPage,
})
