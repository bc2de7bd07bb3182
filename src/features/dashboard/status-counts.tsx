import { SimpleGrid, Stack, Text } from '@mantine/core'
import { useSuspenseQuery } from '@tanstack/react-query'
import { releaseStatuses } from '../../api/contract'
import { releaseQueries } from '../../api/releases'
import { PaperLink } from '../../components/router-links'
import { StatusBadge } from '../../components/status-badge'
import { formatCount } from '../../lib/counted-total'

/** How many releases there are of each status, each a link to that status in the list. */
export function StatusCounts() {
  const { data } = useSuspenseQuery(releaseQueries.counts({}))
  const counts = releaseStatuses.map((status) => ({ status, total: data.counts[status] ?? 0 }))
  return (
    <section aria-labelledby="counts-heading">
      <Text component="h2" id="counts-heading" fw={600} mb="sm">
        Releases by status
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
        {counts.map(({ status, total }) => (
          <PaperLink
            key={status}
            withBorder
            p="md"
            to="/releases"
            search={{ status }}
            style={{ color: 'inherit', textDecoration: 'none' }}
          >
            <Stack gap={6} align="flex-start">
              <StatusBadge status={status} />
              <Text fz={28} fw={700} lh={1}>
                {formatCount(total)}
              </Text>
            </Stack>
          </PaperLink>
        ))}
      </SimpleGrid>
    </section>
  )
}
