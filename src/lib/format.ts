const dayMonthYear: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
/** English as the organisation writes it (26 June 2024); another language as its readers do (26 июня 2024 г.). */
const dateFormatIn = (language = 'en') => format(dayMonthYear, language === 'en' ? 'en-GB' : language)

/**
 * "26 June 2024" from "2024-06-26", whatever the time zone, in `language` (a release's code; English
 * by default); a text that is no date (mid-typing) as it is.
 */
export function formatDate(date: string, language?: string): string {
  const parsed = new Date(`${date}T00:00:00Z`)
  return Number.isNaN(parsed.getTime()) ? date : dateFormatIn(language).format(parsed)
}

/** "DUSHANBE, 26 June 2024", as the public page prints a dateline, in the release's language. */
export function formatDateline({ place, date }: { place: string; date: string }, language?: string): string {
  return `${place.toLocaleUpperCase(language ?? 'en')}, ${formatDate(date, language)}`
}

/** The organisation's clock: the OSCE Secretariat is in Vienna. Every time shown names it beside the person's. */
export const newsroomTimeZone = 'Europe/Vienna'

let knownZone: { zone: string; at: number } | undefined
/**
 * The person's own time zone, as the browser knows it. Asked again at most once a minute (a
 * laptop that travels): building the formatter that knows it is slow, and a table asks for
 * every time it shows.
 */
export function localTimeZone(): string {
  const now = Date.now()
  if (!knownZone || now - knownZone.at > 60_000) {
    knownZone = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone, at: now }
  }
  return knownZone.zone
}

const formats = new Map<string, Intl.DateTimeFormat>()
/** Intl formats are slow to build and tables format hundreds of times: one per options. */
function format(options: Intl.DateTimeFormatOptions, locale = 'en-GB'): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`
  let cached = formats.get(key)
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, options)
    formats.set(key, cached)
  }
  return cached
}

const zoneNames = new Map<string, string>()
/**
 * The zone's short name at that instant: "CET"/"CEST", "UTC", "GMT"/"BST", "EST"/"EDT";
 * British English names European zones, American English American ones; elsewhere an
 * offset ("GMT+5"). Kept per zone and quarter hour (zones change their names on those): a
 * table of times asks for the same few again and again.
 */
export function zoneAbbreviation(date: Date, timeZone: string): string {
  const key = `${timeZone} ${Math.floor(date.getTime() / 900_000)}`
  const known = zoneNames.get(key)
  if (known !== undefined) return known
  const name = (locale: string) =>
    format({ timeZone, timeZoneName: 'short' }, locale)
      .formatToParts(date)
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone
  const british = name('en-GB')
  const american = /^GMT[+-]/.test(british) ? name('en-US') : undefined
  const abbreviation = american === undefined || /^GMT[+-]/.test(american) ? british : american
  if (zoneNames.size > 5000) zoneNames.clear()
  zoneNames.set(key, abbreviation)
  return abbreviation
}

export type DateTimeParts = {
  /** "29 Nov 2026, 09:42 EST": in the person's zone, named. */
  local: string
  /** "15:42 Vienna" (with the day, "30 Nov, 01:42 Vienna", when Vienna's differs); absent when the person is on Vienna's clock. */
  vienna?: string
}

/** A time in the person's zone and, when theirs is another, in Vienna's. */
export function dateTimeParts(
  iso: string,
  timeZone: string = localTimeZone(),
  options: { omitCurrentYear?: boolean } = {},
): DateTimeParts {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return { local: iso }
  const year = format({ timeZone, year: 'numeric' })
  // A table's "25 Nov, 17:00 UTC" fits one line; a year other than this one is always said.
  const withYear = !options.omitCurrentYear || year.format(date) !== year.format(new Date())
  // Each part formatted once: a table formats two times in every row.
  const dayOf = (zone: string) =>
    format({ timeZone: zone, day: 'numeric', month: 'short', ...(withYear ? { year: 'numeric' } : {}) }).format(date)
  const timeOf = (zone: string) =>
    format({ timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date)
  const day = dayOf(timeZone)
  const time = timeOf(timeZone)
  const local = `${day}, ${time} ${zoneAbbreviation(date, timeZone)}`
  const viennaDay = dayOf(newsroomTimeZone)
  const viennaTime = timeOf(newsroomTimeZone)
  if (time === viennaTime && day === viennaDay) return { local }
  const viennaDayPrefix =
    day === viennaDay ? '' : `${format({ timeZone: newsroomTimeZone, day: 'numeric', month: 'short' }).format(date)}, `
  return { local, vienna: `${viennaDayPrefix}${viennaTime} Vienna` }
}

/** Only the time of day: "09:42 EST" and, when the person is elsewhere, "15:42 Vienna" (with Vienna's day when it differs). */
export function timeParts(iso: string, timeZone: string = localTimeZone()): DateTimeParts {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return { local: iso }
  const { vienna } = dateTimeParts(iso, timeZone)
  const time = format({ timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date)
  return { local: `${time} ${zoneAbbreviation(date, timeZone)}`, vienna }
}

/** "29 Nov 2026, 15:42 CET" on Vienna's clock; elsewhere "29 Nov 2026, 09:42 EST (15:42 Vienna)". */
export function formatDateTime(iso: string, timeZone?: string): string {
  const { local, vienna } = dateTimeParts(iso, timeZone)
  return vienna ? `${local} (${vienna})` : local
}

export const joinNames = (refs: { name: string }[]): string => refs.map((ref) => ref.name).join(', ')
