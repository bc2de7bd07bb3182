import { SimpleGrid, Stack } from '@mantine/core'
import { useSuspenseQueries } from '@tanstack/react-query'
import { reportQueries } from '../../api/reports'
import { PageHeader } from '../../components/page-header'
import {
  perFieldOfWorkReport,
  perFieldOperationReport,
  publishedPerMonthReport,
  reviewTurnaroundReport,
} from './report-definitions'
import { ReportPanel } from './report-panel'

/** `/reports`: four figures, each as a chart, a table and a CSV file. */
export function ReportsPage() {
  const [perMonth, turnaround, perOperation, perField] = useSuspenseQueries({
    // The same options as the route's loader, so the same cache entries.
    queries: [
      reportQueries.publishedPerMonth(),
      reportQueries.reviewTurnaround(),
      reportQueries.perFieldOperation(),
      reportQueries.perFieldOfWork(),
    ],
  })
  return (
    <Stack>
      <PageHeader
        title="Reports"
        description="Published releases and review times. Withdrawn releases are not counted."
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <ReportPanel report={publishedPerMonthReport(perMonth.data)} />
        <ReportPanel report={reviewTurnaroundReport(turnaround.data)} />
      </SimpleGrid>
      <ReportPanel report={perFieldOperationReport(perOperation.data)} />
      <ReportPanel report={perFieldOfWorkReport(perField.data)} />
    </Stack>
  )
}
