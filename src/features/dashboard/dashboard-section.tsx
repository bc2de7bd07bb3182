import { Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { releaseQueries } from '../../api/releases'
import { ErrorView } from '../../components/error-view'
import { AnchorLink } from '../../components/router-links'
import { StatusBadge } from '../../components/status-badge'
import { formatTotal } from '../../lib/counted-total'
import { formatDateTime } from '../../lib/format'
import { type DashboardSection as Section, sectionQuery } from './dashboard-sections'

const dateLabel: Record<Section['show'], string> = {
  updatedAt: 'Updated',
  submittedAt: 'Submitted',
  scheduledAt: 'Publishes',
  publishedAt: 'Published',
}

/** A short list (five rows) of one kind of release, with the way to all of them in the releases list. */
export function DashboardSection({ section }: { section: Section }) {
  const query = useQuery(releaseQueries.list(sectionQuery(section)))
  const headingId = `dashboard-${section.id}`
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={headingId}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={2} size="h4" id={headingId}>
          {section.title}
          {query.data ? (
            <Text span c="dimmed" fw={400} size="sm">
              {' '}
              ({formatTotal(query.data)})
            </Text>
          ) : null}
        </Title>
        <AnchorLink to="/releases" search={section.filters} size="sm" style={{ flexShrink: 0 }}>
          See all<VisuallyHidden>: {section.title}</VisuallyHidden>
        </AnchorLink>
      </Group>
      {query.isError ? (
        <ErrorView error={query.error} onRetry={() => void query.refetch()} />
      ) : !query.data ? (
        <Text size="sm" c="dimmed" component="output">
          Loading…
        </Text>
      ) : query.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {section.empty}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={section.title}>
          {query.data.items.map((release) => {
            const date = release[section.show]
            return (
              <Stack component="li" key={release.id} gap={0}>
                <AnchorLink to="/releases/$id" params={{ id: release.id }} size="sm" fw={500} lineClamp={2}>
                  {release.title}
                </AnchorLink>
                <Group gap="xs">
                  {section.filters.status ? null : <StatusBadge status={release.status} />}
                  <Text size="xs" c="dimmed">
                    {release.author.name}
                    {date ? `, ${dateLabel[section.show].toLowerCase()} ${formatDateTime(date)}` : ''}
                  </Text>
                </Group>
              </Stack>
            )
          })}
        </Stack>
      )}
    </Paper>
  )
}
