import { Group, Text } from '@mantine/core'
import { IconArrowRight } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { releaseQueries } from '../../api/releases'
import { AnchorLink } from '../../components/router-links'
import { useAuth } from '../../lib/auth/use-auth'
// Shared with the decision dialog's "Approve and next" (src/features/release-workflow).
import { nextInQueue, reviewQueueAsItOpens as queueAsItOpens } from '../../lib/next-in-queue'

/**
 * For reviewers and admins on a release page: a link to the next release waiting for their
 * review, so a decision is followed by the next one without going back to the queue.
 */
export function NextInQueue({ releaseId }: { releaseId: string }) {
  const { user } = useAuth()
  const reviews = user?.role === 'reviewer' || user?.role === 'admin'
  const query = useQuery({ ...releaseQueries.list(queueAsItOpens), enabled: reviews })
  if (!reviews || !query.data) return null
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
