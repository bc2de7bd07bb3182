import { Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import type { ReleaseListItem } from '../../api/contract'
import { type Column, DataTable } from '../../components/data-table'
import { EmptyState } from '../../components/empty-state'
import { ErrorView } from '../../components/error-view'
import { PendingView } from '../../components/pending-view'
import { ReleaseTitleLink } from '../../components/release-title-link'
import { StatusBadge } from '../../components/status-badge'
import { TablePagination } from '../../components/table-pagination'
import { formatTotal } from '../../lib/counted-total'
import { formatDateline } from '../../lib/format'
import { publicationTime } from '../../lib/publication-time'
import { DateTimeText } from '../../components/date-time-text'
import { SortButton, sortDirection } from '../../components/sort-button'
import { type OperationSort, operationReleasesPageSize, operationReleasesQuery } from './operation-releases-query'

const sortNote: Record<OperationSort, string> = {
  '-dateline': 'Newest first, by dateline.',
  dateline: 'Oldest first, by dateline.',
  publication: 'Soonest first, by publication time; releases not scheduled or published last.',
  '-publication': 'Latest first, by publication time; releases not scheduled or published last.',
}

const header = (
  sort: OperationSort,
  key: 'dateline' | 'publication',
  label: string,
  onSort: (sort: OperationSort) => void,
) => {
  const direction = sortDirection(sort, key)
  // Dateline starts newest first; Publishes soonest first (what goes out next).
  const first: OperationSort = key === 'dateline' ? '-dateline' : 'publication'
  const next: OperationSort =
    direction === 'none' ? first : direction === 'ascending' ? (`-${key}` as OperationSort) : (key as OperationSort)
  return {
    header: <SortButton label={label} direction={direction} onClick={() => onSort(next)} />,
    ariaSort: direction,
  }
}

const columnsFor = (sort: OperationSort, onSort: (sort: OperationSort) => void): Column<ReleaseListItem>[] => [
  {
    key: 'title',
    header: 'Title',
    rowHeader: true,
    minWidth: '18rem',
    cell: (release) => <ReleaseTitleLink release={release} />,
  },
  {
    key: 'dateline',
    ...header(sort, 'dateline', 'Dateline', onSort),
    cell: (release) => (
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {formatDateline(release.dateline)}
      </Text>
    ),
  },
  { key: 'status', header: 'Status', cell: (release) => <StatusBadge status={release.status} /> },
  {
    key: 'publishes',
    ...header(sort, 'publication', 'Publishes', onSort),
    cell: (release) => {
      const time = publicationTime(release)
      return time ? <DateTimeText iso={time} /> : null
    },
  },
]

type Props = { operationId: string; page: number; onPageChange: (page: number) => void }

/** The releases assigned to an operation, paged on the server; they load beside the details. */
export function OperationReleases({ operationId, page, onPageChange }: Props) {
  const [sort, setSort] = useState<OperationSort>('-dateline')
  const query = useQuery({
    ...operationReleasesQuery(operationId, page, sort),
    placeholderData: (previous) => previous,
  })
  const changeSort = (next: OperationSort) => {
    setSort(next)
    onPageChange(1)
  }

  return (
    <Stack gap="xs" component="section" aria-labelledby="operation-releases-heading">
      <Title order={2} size="h4" id="operation-releases-heading">
        Releases assigned to it
      </Title>
      {query.isPending ? <PendingView /> : null}
      {query.isError ? (
        <ErrorView error={query.error} onRetry={() => void query.refetch()} title="The releases could not be loaded" />
      ) : null}
      {query.data ? (
        <>
          <Text size="sm" c="dimmed">
            {sortNote[sort]}
          </Text>
          <DataTable
            caption={`Releases assigned (${formatTotal(query.data)})`}
            columns={columnsFor(sort, changeSort)}
            rows={query.data.items}
            getRowKey={(release) => release.id}
            busy={query.isPlaceholderData}
            empty={<EmptyState title="No releases are assigned to this operation" />}
          />
          {query.data.total > operationReleasesPageSize ? (
            <TablePagination
              page={page}
              pageSize={operationReleasesPageSize}
              total={query.data.total}
              totalCapped={query.data.totalCapped}
              pageRows={query.data.items.length}
              onPageChange={onPageChange}
            />
          ) : null}
        </>
      ) : null}
    </Stack>
  )
}
