import dayjs from 'dayjs'

import { formatDate, localTimeZone, newsroomTimeZone } from '../../lib/format'

export { localTimeZone, newsroomTimeZone }

/** DateTimePicker's value ("YYYY-MM-DD HH:mm:ss", wall-clock time in the person's zone) as a UTC ISO string. */
export const localToUtcIso = (local: string): string => dayjs(local).toISOString()

/** The next full hour from `now`, as DateTimePicker holds it: a sensible first choice for "Schedule". */
export const nextFullHour = (now: Date): string =>
  dayjs(now).add(1, 'hour').startOf('hour').format('YYYY-MM-DD HH:mm:ss')

const viennaTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: newsroomTimeZone,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})
const viennaDay = new Intl.DateTimeFormat('en-GB', { timeZone: newsroomTimeZone, day: 'numeric', month: 'long' })
const localDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long' })

/** "= 14:00 in Vienna", with the day when Vienna's date differs from the person's. */
export function inVienna(utcIso: string): string {
  const date = new Date(utcIso)
  const day = viennaDay.format(date)
  return `= ${viennaTime.format(date)}${day === localDay.format(date) ? '' : ` on ${day}`} in Vienna`
}

/**
 * More days than this between the dateline's date and the day it is published (in Vienna)
 * earn a warning: a week covers a release written ahead of an event or published a few days
 * late; more is more often a dateline copied from an old release (26 June 2024, scheduled for 2026).
 */
export const datelineWarningDays = 7

const viennaDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: newsroomTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/**
 * The warning when the dateline's date is more than `datelineWarningDays` from the publication
 * day in Vienna, or null: a warning only, the reviewer may approve all the same.
 */
export function datelineWarning(datelineDate: string, publishAtIso: string): string | null {
  const published = viennaDate.format(new Date(publishAtIso))
  const days = dayjs(published).diff(dayjs(datelineDate), 'day')
  if (Number.isNaN(days) || Math.abs(days) <= datelineWarningDays) return null
  const count = `${Math.abs(days)} ${Math.abs(days) === 1 ? 'day' : 'days'}`
  return `The dateline (${formatDate(datelineDate)}) is ${count} ${days > 0 ? 'before' : 'after'} the publication date (${formatDate(published)}). Check that it is right; you can still approve.`
}
