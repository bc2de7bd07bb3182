const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' })

/** "26 June 2024" from "2024-06-26", whatever the time zone; a text that is no date (mid-typing) as it is. */
export function formatDate(date: string): string {
  const parsed = new Date(`${date}T00:00:00Z`)
  return Number.isNaN(parsed.getTime()) ? date : dateFormat.format(parsed)
}

/** "DUSHANBE, 26 June 2024", as the public page prints a dateline. */
export function formatDateline({ place, date }: { place: string; date: string }): string {
  return `${place.toLocaleUpperCase('en')}, ${formatDate(date)}`
}

export function formatDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso))
}

export const joinNames = (refs: { name: string }[]): string => refs.map((ref) => ref.name).join(', ')
