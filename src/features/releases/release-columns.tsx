import { Text } from '@mantine/core'
import type { ReleaseListItem } from '../../api/contract'
import type { Column } from '../../components/data-table'
import { SortButton, sortDirection } from '../../components/sort-button'
import { StatusBadge } from '../../components/status-badge'
import type { ReleaseSearch } from './release-search'
import { formatDateline, formatDateTime, joinNames } from './format'
import { ReleaseTitleLink } from './release-title-link'

type SortKey = 'title' | 'status' | 'dateline' | 'updatedAt'
type Sort = ReleaseSearch['sort']

/** The columns of the releases table; sortable ones toggle between ascending and descending. */
export function releaseColumns(sort: Sort, onSort: (sort: Sort) => void): Column<ReleaseListItem>[] {
  const sortable = (key: SortKey, label: string, firstDirection: 'asc' | 'desc' = 'asc') => {
    const direction = sortDirection(sort, key)
    const next: Sort =
      direction === 'ascending' ? `-${key}` : direction === 'descending' ? key : firstDirection === 'asc' ? key : `-${key}`
    return {
      header: <SortButton label={label} direction={direction} onClick={() => onSort(next)} />,
      ariaSort: direction,
    }
  }
  return [
    {
      key: 'title',
      ...sortable('title', 'Title'),
      rowHeader: true,
      minWidth: '18rem',
      cell: (release) => <ReleaseTitleLink release={release} />,
    },
    { key: 'status', ...sortable('status', 'Status'), cell: (release) => <StatusBadge status={release.status} /> },
    {
      key: 'dateline',
      ...sortable('dateline', 'Dateline', 'desc'),
      cell: (release) => <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{formatDateline(release.dateline)}</Text>,
    },
    { key: 'sources', header: 'Sources', minWidth: '12rem', cell: (release) => joinNames(release.sources) },
    { key: 'fieldOperations', header: 'Field operations', cell: (release) => joinNames(release.fieldOperations) || '—' },
    { key: 'author', header: 'Author', cell: (release) => release.author.name },
    {
      key: 'updatedAt',
      ...sortable('updatedAt', 'Last updated', 'desc'),
      cell: (release) => <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{formatDateTime(release.updatedAt)}</Text>,
    },
  ]
}
