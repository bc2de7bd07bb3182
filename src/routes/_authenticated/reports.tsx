import { createFileRoute } from '@tanstack/react-router'
import { reportQueries } from '../../api/reports'
import { pageTitle } from '../../components/page-title'
import { ReportsPage } from '../../features/reports/reports-page'

export const Route = createFileRoute('/_authenticated/reports')({
  loader: ({ context: { queryClient } }) =>
    Promise.all([
      queryClient.ensureQueryData(reportQueries.publishedPerMonth()),
      queryClient.ensureQueryData(reportQueries.reviewTurnaround()),
      queryClient.ensureQueryData(reportQueries.perFieldOperation()),
      queryClient.ensureQueryData(reportQueries.perFieldOfWork()),
    ]),
  head: pageTitle('Reports'),
  component: ReportsPage,
})
