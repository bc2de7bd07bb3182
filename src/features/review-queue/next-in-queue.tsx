import { Group, Text } from '@mantine/core'
import { IconArrowRight } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import type { ReleaseListItem } from '../../api/contract'
import { releaseQueries } from '../../api/releases'
import { AnchorLink } from '../../components/router-links'
import { useAuth } from '../../lib/auth/use-auth'
import { reviewQueueQuery, reviewQueueSearchSchema } from './review-queue-search'

// The queue as it opens (longest waiting first): the same query, so the two share one cache entry.
const queueAsItOpens = reviewQueueQuery(reviewQueueSearchSchema.parse({}))

/** The one to review next: the longest waiting that the caller may decide on, other than this one. */
export const nextInQueue = (items: ReleaseListItem[], currentId: string): ReleaseListItem | undefined =>
  items.find(
    (item) =>
      item.id !== currentId &&
      item.allowedActions.some((action) => action === 'approve' || action === 'request-changes'),
  )

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
