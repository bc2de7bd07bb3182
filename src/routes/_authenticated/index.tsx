import { createFileRoute } from '@tanstack/react-router'
import { releaseStatuses } from '../../api/contract'
import { DashboardPage } from '../../features/dashboard/dashboard-page'
import { statusCountQuery } from '../../features/dashboard/status-count-query'
import { pageTitle } from '../../components/page-title'

export const Route = createFileRoute('/_authenticated/')({
  loader: ({ context }) =>
    Promise.all(releaseStatuses.map((status) => context.queryClient.ensureQueryData(statusCountQuery(status)))),
  head: pageTitle('Dashboard'),
  component: DashboardPage,
})
