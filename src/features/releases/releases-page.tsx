import { Button, Group, Stack } from '@mantine/core'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import { releaseQueries } from '../../api/releases'
import { ErrorView } from '../../components/error-view'
import { PageHeader } from '../../components/page-header'
import { PendingView } from '../../components/pending-view'
import { TablePagination } from '../../components/table-pagination'
import { useAuth } from '../../lib/auth/use-auth'
import { useReleasesExport } from './use-releases-export'
import { useReleaseAssignmentTools } from './release-assignment-tools'
import { NewReleaseButton } from './new-release-button'
import { ReleaseFilters } from './release-filters'
import { countFilters, releaseListParams, releasePageSizes, type ReleaseSearch } from './release-search'
import { ReleaseTable } from './release-table'
import { StatusTabs } from './status-tabs'
import { useReleaseSearch } from './use-release-search'

const pageSizes = [...releasePageSizes]

export function ReleasesPage() {
  const { search, setFilters, clearFilters, setSort, setPage, setPageSize } = useReleaseSearch()
  const query = useQuery({ ...releaseQueries.list(releaseListParams(search)), placeholderData: keepPreviousData })
  // The status tabs' counts (the same query, fetched once): past a capped total they say how many match in all.
  const counts = useQuery(releaseQueries.counts(countFilters(search)))
  const matching = search.status ? counts.data?.counts[search.status] : counts.data?.total
  const { user } = useAuth()
  // A selection belongs to the view it was made on: another page, filter or sort starts with none.
  const assignment = useReleaseAssignmentTools(query.data?.items ?? [], JSON.stringify(search))
  const isAdmin = user?.role === 'admin'
  const exporter = useReleasesExport(search)
  // Stable, so the table's memoized rows and the pagination are left alone by a re-render.
  const emptyAction = useMemo(
    () => (
      <Button variant="default" size="xs" onClick={clearFilters}>
        Clear filters
      </Button>
    ),
    [clearFilters],
  )
  const firstPage = useCallback(() => setPage(1), [setPage])
  const setStatus = useCallback((status: ReleaseSearch['status']) => setFilters({ status }), [setFilters])

  return (
    <Stack gap="sm">
      <PageHeader
        title="Releases"
        actions={
          <Group gap="xs">
            {exporter.button}
            <NewReleaseButton />
          </Group>
        }
      />
      {exporter.problem}
      <ReleaseFilters filters={search} onChange={setFilters} onClear={clearFilters} />
      <StatusTabs filters={search} onChange={setStatus} />
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
            emptyAction={emptyAction}
            onFirstPage={firstPage}
          />
          <TablePagination
            // What is on screen: while the next page loads, the previous one still shows.
            page={query.data.page}
            pageSize={query.data.pageSize}
            total={query.data.total}
            totalCapped={query.data.totalCapped}
            pageRows={query.data.items.length}
            matching={counts.isPlaceholderData ? undefined : matching}
            pageSizes={pageSizes}
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
