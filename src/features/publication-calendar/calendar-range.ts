import dayjs, { type Dayjs } from 'dayjs'
import type { CalendarView } from './calendar-views'

export type { CalendarView } from './calendar-views'

/** A day as the URL and the keys hold it: "2026-12-02", in the person's zone. */
export const dayKey = (day: Dayjs): string => day.format('YYYY-MM-DD')

/** Weeks start on Monday, as in Vienna. */
const startOfWeek = (day: Dayjs) => day.subtract((day.day() + 6) % 7, 'day').startOf('day')

export type CalendarRange = {
  view: CalendarView
  /** The day the view is about (in the URL): any day of its week or month. */
  anchor: Dayjs
  /** The first day shown (a Monday) and the day after the last (a Monday): whole weeks. */
  start: Dayjs
  end: Dayjs
  days: Dayjs[]
}

/** The whole weeks a view shows: one week, or the weeks that hold the month. */
export function calendarRange(view: CalendarView, anchorDay: string | undefined, today: Date): CalendarRange {
  const parsed = anchorDay ? dayjs(anchorDay, 'YYYY-MM-DD') : null
  const anchor = (parsed?.isValid() ? parsed : dayjs(today)).startOf('day')
  const start = view === 'week' ? startOfWeek(anchor) : startOfWeek(anchor.startOf('month'))
  const end = view === 'week' ? start.add(7, 'day') : startOfWeek(anchor.endOf('month')).add(7, 'day')
  const days: Dayjs[] = []
  for (let day = start; day.isBefore(end); day = day.add(1, 'day')) days.push(day)
  return { view, anchor, start, end, days }
}

/** The anchor of the previous or next week or month. */
export function shiftAnchor(range: CalendarRange, by: -1 | 1): string {
  return dayKey(range.anchor.add(by, range.view))
}

/** "December 2026" or "30 November – 6 December 2026". */
export function rangeTitle(range: CalendarRange): string {
  if (range.view === 'month') return range.anchor.format('MMMM YYYY')
  const last = range.end.subtract(1, 'day')
  const sameYear = range.start.year() === last.year()
  const sameMonth = sameYear && range.start.month() === last.month()
  const first = range.start.format(sameMonth ? 'D' : sameYear ? 'D MMMM' : 'D MMMM YYYY')
  return `${first} – ${last.format('D MMMM YYYY')}`
}
