import { formatTime } from './save-status'

const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' })
const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })

const startOfDay = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime()

/** "today", "yesterday", "12 Nov", or "12 Nov 2025" for another year: which day, in the person's time zone. */
export function dayOf(date: Date, now = new Date()): string {
  const days = Math.round((startOfDay(now) - startOfDay(date)) / 86_400_000)
  if (days === 0) return 'today'
  if (days === 1) return 'yesterday'
  return date.getFullYear() === now.getFullYear() ? dayMonth.format(date) : dayMonthYear.format(date)
}

/** "today, 17:02", "yesterday, 17:02", "12 Nov, 17:02": an old copy is not mistaken for today's. */
export const dayAndTime = (date: Date, now = new Date()) => `${dayOf(date, now)}, ${formatTime(date)}`

/** "at 10:02" today, "yesterday at 10:02", "on 12 Nov at 10:02" before. */
export function atDayAndTime(date: Date, now = new Date()): string {
  const day = dayOf(date, now)
  if (day === 'today') return `at ${formatTime(date)}`
  return day === 'yesterday' ? `yesterday at ${formatTime(date)}` : `on ${day} at ${formatTime(date)}`
}
