import { Stack } from '@mantine/core'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import type { ReleaseStatus } from '../../api/contract'
import { releaseQueries } from '../../api/releases'
import { DataTable } from '../../components/data-table'
import { EmptyState } from '../../components/empty-state'
import { ErrorView } from '../../components/error-view'
import { PageHeader } from '../../components/page-header'
import { PendingView } from '../../components/pending-view'
import { releaseStatusLabel } from '../../components/status-badge'
import { TablePagination } from '../../components/table-pagination'
import { releaseColumns } from './release-columns'
import { ReleaseFilters } from './release-filters'

const route = getRouteApi('/_authenticated/releases/')

const emptyMessage = (total: number, { status, q }: { status?: ReleaseStatus; q?: string }): string => {
  if (total > 0) return 'This page is past the last one.'
  if (q) return 'None matches the search. Try other words.'
  return status ? `None is ${releaseStatusLabel(status).toLowerCase()}.` : 'Nothing has been written yet.'
}

export function ReleasesPage() {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const query = useQuery({ ...releaseQueries.list(search), placeholderData: keepPreviousData })
  const setSearch = (patch: Partial<typeof search>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }) })

  const columns = releaseColumns(search.sort, (sort) => setSearch({ sort, page: 1 }))

  return (
    <Stack gap="sm">
      <PageHeader
        title="Releases"
        description="Press releases, news items and statements, as the newsroom writes and reviews them."
        actions={<ReleaseFilters q={search.q} status={search.status} onChange={(patch) => setSearch({ ...patch, page: 1 })} />}
      />
      {query.isError ? (
        <ErrorView error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data ? (
        <>
          <DataTable
            caption={`Releases (${query.data.total})`}
            columns={columns}
            rows={query.data.items}
            getRowKey={(release) => release.id}
            busy={query.isPlaceholderData}
            minWidth={1100}
            empty={<EmptyState title="No releases">{emptyMessage(query.data.total, search)}</EmptyState>}
          />
          <TablePagination
            // What is on screen: while the next page loads, the previous one still shows.
            page={query.data.page}
            pageSize={query.data.pageSize}
            total={query.data.total}
            onPageChange={(page) => setSearch({ page })}
            onPageSizeChange={(pageSize) => setSearch({ pageSize, page: 1 })}
          />
        </>
      ) : (
        <PendingView />
      )}
    </Stack>
  )
}
