import { Paper, Text, Timeline, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { releaseHistoryQueries } from '../../api/release-history'
import { ErrorView } from '../../components/error-view'
import { formatDateTime } from '../../lib/format'
import { historyMove, historyTitle } from '../../lib/history-text'

/**
 * Every change of status, oldest first: who, when, from → to, the comment and any publication
 * time. Names and comments are typed text inside the app's wording: each sits in a <bdi> so its
 * direction stays its own.
 */
export function HistoryTimeline({ releaseId }: { releaseId: string }) {
  const query = useQuery(releaseHistoryQueries.detail(releaseId))
  const items = query.data?.items ?? []
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="release-history-title">
      <Title order={2} size="h4" id="release-history-title" mb="sm">
        History
      </Title>
      {query.isError ? (
        <ErrorView title="The history could not be loaded" error={query.error} onRetry={() => void query.refetch()} />
      ) : query.isPending ? (
        <Text size="sm" c="dimmed" component="output">
          Loading the history…
        </Text>
      ) : (
        <Timeline
          active={items.length - 1}
          bulletSize={14}
          lineWidth={2}
          aria-label="History"
          component="ol"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
        >
          {items.map((entry) => (
            <Timeline.Item key={entry.id} title={historyTitle(entry)} component="li">
              <Text size="sm">{historyMove(entry)}</Text>
              <Text size="xs" c="dimmed">
                {entry.actor ? <bdi>{entry.actor.name}</bdi> : 'Automatically'},{' '}
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              </Text>
              {entry.publishAt ? (
                <Text size="xs">
                  Publication time: <time dateTime={entry.publishAt}>{formatDateTime(entry.publishAt)}</time>
                </Text>
              ) : null}
              {entry.comment ? (
                <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                  “<bdi>{entry.comment}</bdi>”
                </Text>
              ) : null}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Paper>
  )
}
