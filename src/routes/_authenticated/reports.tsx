import { createFileRoute } from '@tanstack/react-router'
import { languageQueries } from '../../api/languages'
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
      queryClient.ensureQueryData(reportQueries.translationTurnaround()),
      // The translation report names its languages.
      queryClient.ensureQueryData(languageQueries.allRecords()),
    ]),
  head: pageTitle('Reports'),
  component: ReportsPage,
})
