import { Button, Stack } from '@mantine/core'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { useCallback, useMemo } from 'react'
import { releaseQueries } from '../../api/releases'
import { DataTable } from '../../components/data-table'
import { EmptyState } from '../../components/empty-state'
import { ErrorView } from '../../components/error-view'
import { PageHeader } from '../../components/page-header'
import { PendingView } from '../../components/pending-view'
import { TablePagination } from '../../components/table-pagination'
import { formatTotal } from '../../lib/counted-total'
import { useLanguages } from '../../lib/language-names'
import { reviewQueueColumns } from './review-queue-columns'
import { ReviewQueueFilters } from './review-queue-filters'
import {
  hasReviewQueueFilters,
  noReviewQueueFilters,
  type ReviewQueueFilters as Filters,
  type ReviewQueueSearch,
  reviewQueuePageSize,
  reviewQueueQuery,
} from './review-queue-search'
import { useNow } from './use-now'
import { longWaitDays } from './waiting-time'

const route = getRouteApi('/_authenticated/review')

/** /review: every release in review on one page (paging only past 100), the one waiting longest first. */
export function ReviewQueuePage() {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const query = useQuery({ ...releaseQueries.list(reviewQueueQuery(search)), placeholderData: keepPreviousData })
  const now = useNow(60_000)

  // Any change but paging starts again at page 1, as on the releases list.
  const update = useCallback(
    (patch: Partial<ReviewQueueSearch>) =>
      void navigate({ search: (previous) => ({ ...previous, page: 1, ...patch }) }),
    [navigate],
  )
  const setFilters = useCallback((patch: Partial<Filters>) => update(patch), [update])
  const clearFilters = useCallback(() => update(noReviewQueueFilters), [update])
  const setSort = useCallback((sort: ReviewQueueSearch['sort']) => update({ sort }), [update])
  const { nameOf } = useLanguages()
  const columns = useMemo(
    () => reviewQueueColumns(search.sort, setSort, now, nameOf),
    [search.sort, setSort, now, nameOf],
  )
  const filtered = hasReviewQueueFilters(search)

  return (
    <Stack gap="sm">
      <PageHeader
        title="Review queue"
        description={`Releases waiting for review. "Long wait" marks those waiting more than ${longWaitDays} days.`}
      />
      <ReviewQueueFilters filters={search} onChange={setFilters} onClear={clearFilters} />
      {query.isError ? (
        <ErrorView error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data ? (
        <>
          <DataTable
            caption={`In review (${formatTotal(query.data)})`}
            columns={columns}
            rows={query.data.items}
            getRowKey={(release) => release.id}
            busy={query.isPlaceholderData}
            minWidth={960}
            empty={
              filtered ? (
                <EmptyState
                  title="No release in review matches"
                  action={
                    <Button variant="default" size="xs" onClick={clearFilters}>
                      Clear filters
                    </Button>
                  }
                />
              ) : (
                <EmptyState title="Nothing waits for review">Every submitted release has been reviewed.</EmptyState>
              )
            }
          />
          {query.data.total > reviewQueuePageSize ? (
            <TablePagination
              page={query.data.page}
              pageSize={reviewQueuePageSize}
              total={query.data.total}
              totalCapped={query.data.totalCapped}
              pageRows={query.data.items.length}
              onPageChange={(page) => void navigate({ search: (previous) => ({ ...previous, page }) })}
            />
          ) : null}
        </>
      ) : (
        <PendingView />
      )}
    </Stack>
  )
}
