import { createFileRoute } from '@tanstack/react-router'
import { releaseQueries } from '../../api/releases'
import { sessionQueries } from '../../api/session'
import { pageTitle } from '../../components/page-title'
import { DashboardPage } from '../../features/dashboard/dashboard-page'
import { dashboardSections, sectionQuery } from '../../features/dashboard/dashboard-sections'
import { DashboardReports } from '../../features/reports/dashboard-reports'

export const Route = createFileRoute('/_authenticated/')({
  loader: ({ context: { queryClient } }) => {
    // The sections fill in as they arrive, asked once the person is known (the signed-in layout
    // asks, beside this loader; it also handles a failure); the counts hold the page so the
    // tiles do not jump.
    void queryClient
      .ensureQueryData(sessionQueries.current())
      .then(({ user }) => {
        for (const section of dashboardSections(user))
          void queryClient.prefetchQuery(releaseQueries.list(sectionQuery(section)))
      })
      .catch(() => undefined)
    return queryClient.ensureQueryData(releaseQueries.counts({}))
  },
  head: pageTitle('Dashboard'),
  component: () => <DashboardPage reports={<DashboardReports />} />,
})
