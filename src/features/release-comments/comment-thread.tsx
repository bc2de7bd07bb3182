import { Paper, Stack, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { commentQueries } from '../../api/comments'
import { ErrorView } from '../../components/error-view'
import { formatDateTime } from '../../lib/format'
import { CommentForm } from './comment-form'

/** Where editors and reviewers talk about a release. Comments are text, never HTML. */
export function CommentThread({ releaseId }: { releaseId: string }) {
  const query = useQuery(commentQueries.list(releaseId))
  const items = query.data?.items ?? []
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="release-comments-title">
      <Title order={2} size="h4" id="release-comments-title" mb="sm">
        Comments
      </Title>
      <Stack gap="md">
        {query.isError ? (
          <ErrorView
            title="The comments could not be loaded"
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        ) : query.isPending ? (
          <Text size="sm" c="dimmed" component="output">
            Loading the comments…
          </Text>
        ) : items.length === 0 ? (
          <Text size="sm" c="dimmed">
            No comments yet.
          </Text>
        ) : (
          <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Comments">
            {items.map((comment) => (
              <Stack component="li" key={comment.id} gap={2}>
                <Text size="xs" c="dimmed">
                  <Text span fw={600} c="var(--mantine-color-text)">
                    {comment.author.name}
                  </Text>
                  , <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {comment.body}
                </Text>
              </Stack>
            ))}
          </Stack>
        )}
        <CommentForm releaseId={releaseId} />
      </Stack>
    </Paper>
  )
}
