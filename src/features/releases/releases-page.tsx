import { Button, Group, Stack } from '@mantine/core'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { releaseQueries } from '../../api/releases'
import { ErrorView } from '../../components/error-view'
import { PageHeader } from '../../components/page-header'
import { PendingView } from '../../components/pending-view'
import { TablePagination } from '../../components/table-pagination'
import { useAuth } from '../auth/use-auth'
import { ExportButton } from '../release-assignment/export-button'
import { useReleaseAssignmentTools } from '../release-assignment/release-assignment-tools'
import { NewReleaseButton } from './new-release-button'
import { ReleaseFilters } from './release-filters'
import { releasePageSizes } from './release-search'
import { ReleaseTable } from './release-table'
import { StatusTabs } from './status-tabs'
import { useReleaseSearch } from './use-release-search'

export function ReleasesPage() {
  const { search, setFilters, clearFilters, setSort, setPage, setPageSize } = useReleaseSearch()
  const query = useQuery({ ...releaseQueries.list(search), placeholderData: keepPreviousData })
  const { user } = useAuth()
  // A selection belongs to the view it was made on: another page, filter or sort starts with none.
  const assignment = useReleaseAssignmentTools(query.data?.items ?? [], JSON.stringify(search))
  const isAdmin = user?.role === 'admin'

  return (
    <Stack gap="sm">
      <PageHeader
        title="Releases"
        description="Press releases, news items and statements, as the newsroom writes and reviews them."
        actions={
          <Group gap="xs">
            <ExportButton search={search} />
            <NewReleaseButton />
          </Group>
        }
      />
      <ReleaseFilters filters={search} onChange={setFilters} onClear={clearFilters} />
      <StatusTabs filters={search} onChange={(status) => setFilters({ status })} />
      {query.isError ? (
        <ErrorView error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data ? (
        <>
          {isAdmin && assignment.panel}
          <ReleaseTable
            selectColumn={isAdmin ? assignment.column : undefined}
            page={query.data}
            search={search}
            busy={query.isPlaceholderData}
            onSort={setSort}
            emptyAction={
              <Button variant="default" size="xs" onClick={clearFilters}>
                Clear filters
              </Button>
            }
            onFirstPage={() => setPage(1)}
          />
          <TablePagination
            // What is on screen: while the next page loads, the previous one still shows.
            page={query.data.page}
            pageSize={query.data.pageSize}
            total={query.data.total}
            pageSizes={[...releasePageSizes]}
            onPageChange={setPage}
            onPageSizeChange={setPageSize}
          />
        </>
      ) : (
        <PendingView />
      )}
    </Stack>
  )
}
