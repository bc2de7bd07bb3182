import { Stack, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import type { ReleaseListItem } from '../../api/contract'
import { releaseQueries } from '../../api/releases'
import { type Column, DataTable } from '../../components/data-table'
import { EmptyState } from '../../components/empty-state'
import { ErrorView } from '../../components/error-view'
import { PendingView } from '../../components/pending-view'
import { ReleaseTitleLink } from '../../components/release-title-link'
import { StatusBadge } from '../../components/status-badge'
import { TablePagination } from '../../components/table-pagination'
import { formatDateline } from '../../lib/format'

export const operationReleasesPageSize = 10

/** The list query of an operation's releases: newest dateline first. */
export const operationReleasesQuery = (fieldOperation: string, page: number) =>
  releaseQueries.list({ fieldOperation, sort: '-dateline', page, pageSize: operationReleasesPageSize })

const columns: Column<ReleaseListItem>[] = [
  {
    key: 'title',
    header: 'Title',
    rowHeader: true,
    minWidth: '18rem',
    cell: (release) => <ReleaseTitleLink release={release} />,
  },
  {
    key: 'dateline',
    header: 'Dateline',
    cell: (release) => (
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {formatDateline(release.dateline)}
      </Text>
    ),
  },
  { key: 'status', header: 'Status', cell: (release) => <StatusBadge status={release.status} /> },
]

type Props = { operationId: string; page: number; onPageChange: (page: number) => void }

/** The releases assigned to an operation, paged on the server; they load beside the details. */
export function OperationReleases({ operationId, page, onPageChange }: Props) {
  const query = useQuery({ ...operationReleasesQuery(operationId, page), placeholderData: (previous) => previous })

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
            Newest first, by dateline.
          </Text>
          <DataTable
            caption={`Releases assigned (${query.data.total})`}
            columns={columns}
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
              onPageChange={onPageChange}
            />
          ) : null}
        </>
      ) : null}
    </Stack>
  )
}
