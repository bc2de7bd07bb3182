import { SimpleGrid, Stack } from '@mantine/core'
import type { ReactNode } from 'react'
import { PageHeader } from '../../components/page-header'
import { AnchorLink } from '../../components/router-links'
import { useAuth } from '../../lib/auth/use-auth'
import { DashboardSection } from './dashboard-section'
import { dashboardSections } from './dashboard-sections'
import { StatusCounts } from './status-counts'

/**
 * `/`: what needs the person now (by role), then how many releases there are of each status,
 * then `reports` (the reports feature's panels, composed in by the route).
 */
export function DashboardPage({ reports }: { reports?: ReactNode }) {
  const { user } = useAuth()
  const sections = user ? dashboardSections(user) : []

  return (
    <Stack>
      <PageHeader title="Dashboard" description={user ? `Welcome, ${user.name}.` : undefined} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {sections.map((section) => (
          <DashboardSection key={section.id} section={section} />
        ))}
      </SimpleGrid>
      <StatusCounts />
      {reports}
      <AnchorLink to="/releases">See all releases</AnchorLink>
    </Stack>
  )
}
