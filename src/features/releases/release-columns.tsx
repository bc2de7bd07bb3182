import type { ReactNode } from 'react'
import type { ReleaseListItem } from '../../api/contract'
import type { Column } from '../../components/data-table'
import { SortButton, sortDirection } from '../../components/sort-button'
import { StatusBadge } from '../../components/status-badge'
import type { ReleaseSearch } from './release-search'
import { joinNames } from '../../lib/format'
import { publicationTime } from '../../lib/publication-time'
import { DateTimeText } from '../../components/date-time-text'
import { ReleaseTitleLink } from '../../components/release-title-link'
import { CellText, cellTextClasses } from '../../components/cell-text'
import { LanguageBadges, languageBadgeClasses } from './language-badges'

type SortKey = 'title' | 'status' | 'dateline' | 'updatedAt' | 'publication'
type Sort = ReleaseSearch['sort']
type Cell = (release: ReleaseListItem) => ReactNode

const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })

// The cells depend on the release alone: the same functions on every render, so a row whose
// release is unchanged is not drawn again when the sort, the filters or the page change. Their
// text is CellText, Mantine's Text without its Box: a page of rows draws a few hundred.
const cells = {
  // Two lines at most, so a screen holds ten rows: the whole title is still the row's name and its tooltip.
  title: (release) => (
    <CellText clamp title={release.title}>
      <ReleaseTitleLink release={release} />
    </CellText>
  ),
  /**
   * The row's status, and under it every version of its family (a family's list answers them),
   * the row's own marked: in the status's cell, where they fit beside a two-line title, so the
   * table keeps its width (a column of their own scrolled it sideways on a 1280 px screen). A
   * family of one version has none: one badge says nothing its title does not, and costs the row
   * a line (ten whole rows on a 1280 × 800 screen).
   */
  status: (release) =>
    release.languages && release.languages.length > 1 ? (
      <div className={languageBadgeClasses.statusCell}>
        <StatusBadge status={release.status} compact />
        <LanguageBadges versions={release.languages} rowId={release.id} />
      </div>
    ) : (
      <StatusBadge status={release.status} compact />
    ),
  // The place and the date each kept whole, the month short: a narrow column breaks between them.
  dateline: (release) => (
    <CellText component="p">
      <span className={cellTextClasses.nowrap}>{release.dateline.place.toLocaleUpperCase('en')},</span>{' '}
      <span className={cellTextClasses.nowrap}>{shortDate.format(new Date(`${release.dateline.date}T00:00:00Z`))}</span>
    </CellText>
  ),
  sources: (release) => <Clamped text={joinNames(release.sources)} />,
  fieldOperations: (release) => <Clamped text={joinNames(release.fieldOperations) || '—'} />,
  author: (release) => release.author.name,
  /** When it goes or went out (scheduled, published); empty for the others. */
  publishes: (release) => {
    const time = publicationTime(release)
    return time ? <DateTimeText iso={time} /> : null
  },
  updatedAt: (release) => <DateTimeText iso={release.updatedAt} />,
} satisfies Record<string, Cell>

/** A list of names in two lines of a narrow column at most; the whole list on hover and for screen readers. */
function Clamped({ text }: { text: string }) {
  return (
    <CellText clamp title={text} className={cellTextClasses.narrow}>
      {text}
    </CellText>
  )
}

/** The columns of the releases table; sortable ones toggle between ascending and descending. */
export function releaseColumns(sort: Sort, onSort: (sort: Sort) => void): Column<ReleaseListItem>[] {
  const sortable = (key: SortKey, label: string, firstDirection: 'asc' | 'desc' = 'asc') => {
    const direction = sortDirection(sort, key)
    const next: Sort =
      direction === 'ascending'
        ? `-${key}`
        : direction === 'descending'
          ? key
          : firstDirection === 'asc'
            ? key
            : `-${key}`
    return {
      header: <SortButton label={label} direction={direction} onClick={() => onSort(next)} />,
      ariaSort: direction,
    }
  }
  return [
    { key: 'title', ...sortable('title', 'Title'), rowHeader: true, minWidth: '11rem', cell: cells.title },
    { key: 'status', ...sortable('status', 'Status'), cell: cells.status },
    { key: 'dateline', ...sortable('dateline', 'Dateline', 'desc'), cell: cells.dateline },
    { key: 'sources', header: 'Sources', minWidth: '7rem', cell: cells.sources },
    { key: 'fieldOperations', header: 'Field operations', cell: cells.fieldOperations },
    { key: 'author', header: 'Author', cell: cells.author },
    // Soonest first on the first press: what goes out next.
    { key: 'publishes', ...sortable('publication', 'Publishes'), cell: cells.publishes },
    { key: 'updatedAt', ...sortable('updatedAt', 'Last updated', 'desc'), cell: cells.updatedAt },
  ]
}
