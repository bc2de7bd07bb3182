import type { ReleaseListItem } from './releases'

/**
 * GET /releases/export's columns, in order: what a server writes and what the API document
 * says of each. One list, so the document cannot drift from the file. Cells are text; the
 * CSV writer (csv.ts) quotes and guards them.
 */

/** Where the release's page is: the app's origin, as the request came from it. */
export type ExportContext = { appOrigin: string }

type Column = {
  name: string
  description: string
  cell: (release: ReleaseListItem, context: ExportContext) => string
}

/** When it goes out: the time it was published, else the time it is scheduled for; none for the rest. */
const publicationTime = (release: ReleaseListItem): string | null => release.publishedAt ?? release.scheduledAt

/** "2024-06-26T10:00:00Z": ISO 8601 in UTC, to the second. */
export const utcTimestamp = (iso: string): string => `${new Date(iso).toISOString().slice(0, 19)}Z`

const viennaParts = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Vienna',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})
const pad = (value: number) => String(value).padStart(2, '0')

/** "2024-06-26T12:00:00+02:00": the same moment as Vienna's clocks showed it, with Vienna's offset then (CET or CEST). */
export function viennaTimestamp(iso: string): string {
  const at = Math.floor(Date.parse(iso) / 1000) * 1000
  const part = Object.fromEntries(
    viennaParts.formatToParts(at).flatMap(({ type, value }) => (type === 'literal' ? [] : [[type, Number(value)]])),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>
  const wall = Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute, part.second)
  const offset = Math.round((wall - at) / 60_000)
  const sign = offset < 0 ? '-' : '+'
  const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  return `${new Date(wall).toISOString().slice(0, 19)}${zone}`
}

const names = (refs: ReadonlyArray<{ name: string }>) => refs.map((ref) => ref.name).join('; ')

export const releaseExportColumns: readonly Column[] = [
  { name: 'id', description: 'the release’s id', cell: (release) => release.id },
  { name: 'type', description: 'press-release, news-item or statement', cell: (release) => release.type },
  { name: 'title', description: 'its title', cell: (release) => release.title },
  { name: 'status', description: 'its workflow status', cell: (release) => release.status },
  { name: 'dateline place', description: 'the dateline’s place', cell: (release) => release.dateline.place },
  { name: 'dateline date', description: 'the dateline’s date (YYYY-MM-DD)', cell: (release) => release.dateline.date },
  { name: 'sources', description: 'its sources, separated by "; "', cell: (release) => names(release.sources) },
  { name: 'fields of work', description: 'separated by "; "', cell: (release) => names(release.fieldsOfWork) },
  { name: 'states', description: 'separated by "; "', cell: (release) => names(release.states) },
  {
    name: 'field operations',
    description: 'separated by "; "',
    cell: (release) => names(release.fieldOperations),
  },
  { name: 'author', description: 'its author’s name', cell: (release) => release.author.name },
  {
    name: 'updated at',
    description: 'the editorial "last updated" (updatedAt) as stored, ISO 8601',
    cell: (release) => release.updatedAt,
  },
  {
    name: 'publication time (UTC)',
    description:
      'when it was published, or for a scheduled release when it will be; empty for the others. ISO 8601 in UTC: 2024-06-26T10:00:00Z',
    cell: (release) => {
      const at = publicationTime(release)
      return at === null ? '' : utcTimestamp(at)
    },
  },
  {
    name: 'publication time (Vienna)',
    description: 'the same moment on Vienna’s clocks, ISO 8601 with Vienna’s offset then: 2024-06-26T12:00:00+02:00',
    cell: (release) => {
      const at = publicationTime(release)
      return at === null ? '' : viennaTimestamp(at)
    },
  },
  {
    name: 'link',
    description:
      'the release’s page in the app, absolute: /releases/{id} on the origin the request came from (its Origin header when it is an http(s) origin, else the request URL’s)',
    cell: (release, { appOrigin }) => `${appOrigin}/releases/${encodeURIComponent(release.id)}`,
  },
]

/** The export described for the API document: the file's form and each column. */
export const releaseExportDescription = [
  'RFC 4180 as spreadsheets read it: UTF-8 with a byte-order mark (so Excel reads "Hadžić" as written), CRLF after every line, a header row, then one row per release.',
  'A text cell starting with = + - @, a tab or CR gets a leading apostrophe (it is shown, never run as a formula).',
  'Columns, in order:',
  ...releaseExportColumns.map((column) => `- ${column.name}: ${column.description}`),
].join('\n')
