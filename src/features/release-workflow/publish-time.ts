import dayjs from 'dayjs'

/** The newsroom's clock: the OSCE Secretariat is in Vienna. */
export const newsroomTimeZone = 'Europe/Vienna'

/** The person's own time zone, as the browser knows it. */
export const localTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone

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
