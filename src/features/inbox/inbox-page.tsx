import { Button, Stack, Text } from '@mantine/core'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { inboxQueries } from '../../api/inbox'
import { EmptyState } from '../../components/empty-state'
import { ErrorView } from '../../components/error-view'
import { PageHeader } from '../../components/page-header'
import { PendingView } from '../../components/pending-view'
import { TablePagination } from '../../components/table-pagination'
import { ProblemAlert } from '../../components/problem-alert'
import { inboxPageSize } from './inbox-search'
import { NotificationItem } from './notification-item'
import { useMarkRead } from './use-mark-read'

const route = getRouteApi('/_authenticated/inbox')

/** /inbox: what happened to my releases and what awaits me, newest first. */
export function InboxPage() {
  const { page } = route.useSearch()
  const navigate = route.useNavigate()
  const query = useQuery({ ...inboxQueries.list({ page, pageSize: inboxPageSize }), placeholderData: keepPreviousData })
  const markRead = useMarkRead()
  const unread = query.data?.unread ?? 0

  return (
    <Stack gap="sm">
      <PageHeader
        title="Inbox"
        description={query.data ? `${unread} unread` : undefined}
        actions={
          <Button
            variant="default"
            disabled={unread === 0}
            loading={markRead.isPending}
            onClick={() => markRead.mutate({ all: true })}
          >
            Mark all as read
          </Button>
        }
      />
      {markRead.isError ? <ProblemAlert error={markRead.error} title="They were not marked as read" /> : null}
      {query.isError ? (
        <ErrorView error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data ? (
        query.data.items.length === 0 ? (
          <EmptyState title="Your inbox is empty">
            <Text span size="sm">
              You are told here when your releases are reviewed, and when a release awaits your review.
            </Text>
          </EmptyState>
        ) : (
          <>
            <Stack
              component="ul"
              gap="xs"
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
              aria-label="Notifications"
              aria-busy={query.isPlaceholderData || undefined}
            >
              {query.data.items.map((notification) => (
                <NotificationItem
                  key={notification.id}
                  notification={notification}
                  onOpen={() => {
                    if (!notification.read) markRead.mutate({ ids: [notification.id] })
                  }}
                />
              ))}
            </Stack>
            <TablePagination
              page={query.data.page}
              pageSize={inboxPageSize}
              total={query.data.total}
              onPageChange={(next) => void navigate({ search: { page: next } })}
            />
          </>
        )
      ) : (
        <PendingView />
      )}
    </Stack>
  )
}
