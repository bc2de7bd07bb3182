import { Stack, Text } from '@mantine/core'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import type { ReleaseListItem } from '../../api/contract'
import { releaseQueries } from '../../api/releases'
import { type Column, DataTable } from '../../components/data-table'
import { EmptyState } from '../../components/empty-state'
import { ErrorView } from '../../components/error-view'
import { PageHeader } from '../../components/page-header'
import { PendingView } from '../../components/pending-view'
import { TablePagination } from '../../components/table-pagination'
import { formatDateline, formatDateTime } from '../../lib/format'
import { reviewQueuePageSize, reviewQueueQuery } from './review-queue-search'
import { useNow } from './use-now'
import { waitingTime } from './waiting-time'
import { ReleaseTitleLink } from '../../components/release-title-link'

const route = getRouteApi('/_authenticated/review')

const columns = (now: Date): Column<ReleaseListItem>[] => [
  {
    key: 'title',
    header: 'Title',
    rowHeader: true,
    minWidth: '18rem',
    cell: (release) => <ReleaseTitleLink release={release} />,
  },
  { key: 'author', header: 'Author', minWidth: '9rem', cell: (release) => release.author.name },
  { key: 'dateline', header: 'Dateline', minWidth: '12rem', cell: (release) => formatDateline(release.dateline) },
  {
    key: 'submittedAt',
    header: 'Waiting',
    minWidth: '10rem',
    cell: (release) =>
      release.submittedAt ? (
        <Stack gap={0}>
          <Text size="sm" fw={500}>
            {waitingTime(release.submittedAt, now)}
          </Text>
          <Text size="xs" c="dimmed">
            <time dateTime={release.submittedAt}>{formatDateTime(release.submittedAt)}</time>
          </Text>
        </Stack>
      ) : (
        '—'
      ),
  },
]

/** /review: releases in review, the one waiting longest first. */
export function ReviewQueuePage() {
  const { page } = route.useSearch()
  const navigate = route.useNavigate()
  const query = useQuery({ ...releaseQueries.list(reviewQueueQuery(page)), placeholderData: keepPreviousData })
  const now = useNow(60_000)

  return (
    <Stack gap="sm">
      <PageHeader title="Review queue" description="Releases waiting for review, the one waiting longest first." />
      {query.isError ? (
        <ErrorView error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data ? (
        <>
          <DataTable
            caption={`In review (${query.data.total})`}
            columns={columns(now)}
            rows={query.data.items}
            getRowKey={(release) => release.id}
            busy={query.isPlaceholderData}
            minWidth={800}
            empty={<EmptyState title="Nothing waits for review">Every submitted release has been reviewed.</EmptyState>}
          />
          <TablePagination
            page={query.data.page}
            pageSize={reviewQueuePageSize}
            total={query.data.total}
            onPageChange={(next) => void navigate({ search: { page: next } })}
          />
        </>
      ) : (
        <PendingView />
      )}
    </Stack>
  )
}
