import { Group, Stack, Text } from '@mantine/core'
import { IconArrowRight } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { releaseQueries } from '../../api/releases'
import { ChangesSinceRequest } from '../../components/changes-since-request'
import { AnchorLink } from '../../components/router-links'
import { useAuth } from '../../lib/auth/use-auth'
// Shared with the decision dialog's "Approve and next" (src/features/release-workflow).
import { nextInQueue, reviewQueueAsItOpens as queueAsItOpens } from '../../lib/next-in-queue'

/**
 * For reviewers and admins on a release page, under its decision: a link to the next release
 * waiting for their review, so a decision is followed by the next one without going back to the
 * queue; and for a release that was sent back and came back, what changed since the request.
 */
export function NextInQueue({ releaseId }: { releaseId: string }) {
  const { user } = useAuth()
  const reviews = user?.role === 'reviewer' || user?.role === 'admin'
  const release = useQuery({ ...releaseQueries.detail(releaseId), enabled: reviews })
  if (!reviews) return null
  return (
    <Stack gap="md">
      <QueueLink releaseId={releaseId} />
      {release.data ? <ChangesSinceRequest release={release.data} /> : null}
    </Stack>
  )
}

function QueueLink({ releaseId }: { releaseId: string }) {
  const query = useQuery(releaseQueries.list(queueAsItOpens))
  if (!query.data) return null
  const next = nextInQueue(query.data.items, releaseId)
  return (
    <nav aria-label="Review queue">
      <Group gap="md" wrap="wrap">
        {next ? (
          <AnchorLink to="/releases/$id" params={{ id: next.id }} size="sm" fw={500}>
            <Group gap={4} component="span" wrap="nowrap">
              Next in queue: {next.title}
              <IconArrowRight size={16} aria-hidden />
            </Group>
          </AnchorLink>
        ) : (
          <Text size="sm" c="dimmed">
            Nothing else waits for your review.
          </Text>
        )}
        <AnchorLink to="/review" size="sm">
          Review queue
        </AnchorLink>
      </Group>
    </nav>
  )
}
