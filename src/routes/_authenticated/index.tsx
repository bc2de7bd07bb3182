import { createFileRoute } from '@tanstack/react-router'
import { releaseQueries } from '../../api/releases'
import { DashboardPage } from '../../features/dashboard/dashboard-page'
import { pageTitle } from '../../components/page-title'

export const Route = createFileRoute('/_authenticated/')({
  loader: ({ context }) => context.queryClient.ensureQueryData(releaseQueries.counts({})),
  head: pageTitle('Dashboard'),
  component: DashboardPage,
})
