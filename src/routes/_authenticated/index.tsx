import { createFileRoute } from '@tanstack/react-router'
import { releaseQueries } from '../../api/releases'
import { pageTitle } from '../../components/page-title'
import { DashboardPage } from '../../features/dashboard/dashboard-page'
import { dashboardSections, sectionQuery } from '../../features/dashboard/dashboard-sections'
import { DashboardReports } from '../../features/reports/dashboard-reports'

export const Route = createFileRoute('/_authenticated/')({
  loader: ({ context: { queryClient, user } }) => {
    // The sections fill in as they arrive; the counts hold the page so the tiles do not jump.
    for (const section of dashboardSections(user))
      void queryClient.prefetchQuery(releaseQueries.list(sectionQuery(section)))
    return queryClient.ensureQueryData(releaseQueries.counts({}))
  },
  head: pageTitle('Dashboard'),
  component: () => <DashboardPage reports={<DashboardReports />} />,
})
