import { Blockquote, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { type ReactNode, type RefObject, useEffect, useRef } from 'react'
import type { Release } from '../../api/contract'
import { releaseHistoryQueries } from '../../api/release-history'
import { StatusBadge } from '../../components/status-badge'
import { formatDateTime } from '../../lib/format'
import { latestReviewRequest } from '../../lib/history-text'

type Props = {
  release: Release
  /** The next step the API allows this person (the route hands in the workflow's). */
  children?: ReactNode
  /** The status, where focus goes after a step (its button may be gone or another). */
  statusRef?: RefObject<HTMLDivElement | null>
}

/**
 * Beside the form (above it on a phone): the reviewer's latest request pinned at the top, where
 * the writer reads it while revising, then the status and the next step.
 */
export function StatusPanel({ release, children, statusRef }: Props) {
  const history = useQuery(releaseHistoryQueries.detail(release.id))
  useHistoryFollowsStatus(release)
  const request = history.data ? latestReviewRequest(history.data.items) : null
  return (
    <Paper component="aside" withBorder p="md" aria-labelledby="editor-status-title">
      <Stack gap="md">
        {request ? (
          <section aria-labelledby="editor-review-request-title">
            <Title order={2} size="h5" id="editor-review-request-title" mb={4}>
              Latest review request
            </Title>
            <Text size="xs" c="dimmed">
              {request.actor ? <bdi>{request.actor.name}</bdi> : 'Automatically'} asked for changes,{' '}
              <time dateTime={request.at}>{formatDateTime(request.at)}</time>
            </Text>
            {request.comment ? (
              <Blockquote p="xs" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
                <bdi>{request.comment}</bdi>
              </Blockquote>
            ) : null}
          </section>
        ) : null}
        <Stack gap="xs">
          <Title order={2} size="h5" id="editor-status-title">
            Status
          </Title>
          <div ref={statusRef} tabIndex={-1} style={{ outline: 'none', width: 'fit-content' }}>
            <VisuallyHidden>Status: </VisuallyHidden>
            <StatusBadge status={release.status} />
          </div>
        </Stack>
        {release.status === 'in-review' && release.allowedActions.includes('edit') ? (
          // A reviewer's correction: said before they save, so nobody fears sending it back by saving.
          <Text size="xs" c="dimmed">
            Saving your corrections keeps it in review. Its author is told and sees what you changed; another reviewer
            then approves it.
          </Text>
        ) : null}
        {children}
      </Stack>
    </Paper>
  )
}

/**
 * A change of status is a new history entry: when the page sees one (a step here, another tab's,
 * a live refetch), the history is read again, so the review request and "submitted by whom" are
 * never older than the status beside them.
 */
function useHistoryFollowsStatus(release: Release) {
  const queryClient = useQueryClient()
  const seen = useRef(release.status)
  useEffect(() => {
    if (seen.current === release.status) return
    seen.current = release.status
    void queryClient.invalidateQueries({ queryKey: releaseHistoryQueries.detail(release.id).queryKey })
  }, [queryClient, release.id, release.status])
}
