import { Text } from '@mantine/core'
import type { ReactNode } from 'react'
import type { ReleaseListItem } from '../../api/contract'
import type { Column } from '../../components/data-table'
import { SortButton, sortDirection } from '../../components/sort-button'
import { StatusBadge } from '../../components/status-badge'
import type { ReleaseSearch } from './release-search'
import { formatDateline, formatDateTime, joinNames } from '../../lib/format'
import { ReleaseTitleLink } from '../../components/release-title-link'

type SortKey = 'title' | 'status' | 'dateline' | 'updatedAt'
type Sort = ReleaseSearch['sort']
type Cell = (release: ReleaseListItem) => ReactNode

// The cells depend on the release alone: the same functions on every render, so a row whose
// release is unchanged is not drawn again when the sort, the filters or the page change.
const cells = {
  title: (release) => <ReleaseTitleLink release={release} />,
  status: (release) => <StatusBadge status={release.status} />,
  dateline: (release) => (
    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
      {formatDateline(release.dateline)}
    </Text>
  ),
  sources: (release) => joinNames(release.sources),
  fieldOperations: (release) => joinNames(release.fieldOperations) || '—',
  author: (release) => release.author.name,
  updatedAt: (release) => (
    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
      {formatDateTime(release.updatedAt)}
    </Text>
  ),
} satisfies Record<string, Cell>

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
    { key: 'title', ...sortable('title', 'Title'), rowHeader: true, minWidth: '18rem', cell: cells.title },
    { key: 'status', ...sortable('status', 'Status'), cell: cells.status },
    { key: 'dateline', ...sortable('dateline', 'Dateline', 'desc'), cell: cells.dateline },
    { key: 'sources', header: 'Sources', minWidth: '12rem', cell: cells.sources },
    { key: 'fieldOperations', header: 'Field operations', cell: cells.fieldOperations },
    { key: 'author', header: 'Author', cell: cells.author },
    { key: 'updatedAt', ...sortable('updatedAt', 'Last updated', 'desc'), cell: cells.updatedAt },
  ]
}
