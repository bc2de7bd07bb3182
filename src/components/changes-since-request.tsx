import { Blockquote, Paper, Stack, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useId } from 'react'
import type { Release } from '../api/contract'
import { releaseHistoryQueries } from '../api/release-history'
import { useAuth } from '../lib/auth/use-auth'
import { formatDateTime } from '../lib/format'
import { latestReviewRequest } from '../lib/history-text'
import { ContentChangeDiff } from './content-change-diff'

/**
 * For a reviewer deciding on a release that was sent back and came back: what its author changed
 * since the request, against the text the request was about (stored with it, decision 0016).
 * Nothing when it is not in review, the person may not decide, or it was never sent back.
 */
export function ChangesSinceRequest({ release }: { release: Release }) {
  const { user } = useAuth()
  const titleId = useId()
  const decides = release.status === 'in-review' && release.allowedActions.includes('request-changes')
  const history = useQuery({ ...releaseHistoryQueries.detail(release.id), enabled: decides })
  const request = history.data ? latestReviewRequest(history.data.items) : null
  if (!decides || !request?.content) return null
  const mine = request.actor !== null && request.actor.id === user?.id
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Title order={2} size="h4" id={titleId}>
          {mine ? 'Changes since you asked' : 'Changes since the request'}
        </Title>
        <Text size="xs" c="dimmed">
          {mine ? 'You' : request.actor ? <bdi>{request.actor.name}</bdi> : 'A reviewer'} asked for changes,{' '}
          <time dateTime={request.at}>{formatDateTime(request.at)}</time>
        </Text>
        {request.comment ? (
          <Blockquote p="xs" style={{ whiteSpace: 'pre-wrap' }}>
            <bdi>{request.comment}</bdi>
          </Blockquote>
        ) : null}
        <ContentChangeDiff
          before={request.content}
          after={release}
          sameText="Its title, summary and body are as they were when changes were asked for."
        />
      </Stack>
    </Paper>
  )
}
