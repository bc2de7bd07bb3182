import { SimpleGrid, Stack, Text } from '@mantine/core'
import { useSuspenseQueries } from '@tanstack/react-query'
import { releaseStatuses } from '../../api/contract'
import { PageHeader } from '../../components/page-header'
import { AnchorLink, PaperLink } from '../../components/router-links'
import { StatusBadge } from '../../components/status-badge'
import { useAuth } from '../auth/use-auth'
import { statusCountQuery } from './status-count-query'

export function DashboardPage() {
  const { user } = useAuth()
  const counts = useSuspenseQueries({
    queries: releaseStatuses.map((status) => statusCountQuery(status)),
    combine: (results) => results.map((result, index) => ({ status: releaseStatuses[index], total: result.data.total })),
  })

  return (
    <Stack>
      <PageHeader title="Dashboard" description={user ? `Welcome, ${user.name}.` : undefined} />
      <section aria-labelledby="counts-heading">
        <Text component="h2" id="counts-heading" fw={600} mb="sm">
          Releases by status
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
          {counts.map(({ status, total }) =>
            status ? (
              <PaperLink key={status} withBorder p="md" to="/releases" search={{ status }} style={{ color: 'inherit', textDecoration: 'none' }}>
                <Stack gap={6} align="flex-start">
                  <StatusBadge status={status} />
                  <Text fz={28} fw={700} lh={1}>
                    {total}
                  </Text>
                </Stack>
              </PaperLink>
            ) : null,
          )}
        </SimpleGrid>
      </section>
      <AnchorLink to="/releases">See all releases</AnchorLink>
    </Stack>
  )
}
