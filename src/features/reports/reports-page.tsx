import { SimpleGrid, Stack } from '@mantine/core'
import { useSuspenseQueries } from '@tanstack/react-query'
import { languageQueries } from '../../api/languages'
import { reportQueries } from '../../api/reports'
import { PageHeader } from '../../components/page-header'
import {
  perFieldOfWorkReport,
  perFieldOperationReport,
  publishedPerMonthReport,
  reviewTurnaroundReport,
  translationTurnaroundReport,
} from './report-definitions'
import { ReportPanel } from './report-panel'

/** `/reports`: five figures, each as a chart, a table and a CSV file. */
export function ReportsPage() {
  const [perMonth, turnaround, perOperation, perField, translations, languages] = useSuspenseQueries({
    // The same options as the route's loader, so the same cache entries.
    queries: [
      reportQueries.publishedPerMonth(),
      reportQueries.reviewTurnaround(),
      reportQueries.perFieldOperation(),
      reportQueries.perFieldOfWork(),
      reportQueries.translationTurnaround(),
      languageQueries.allRecords(),
    ],
  })
  const names = new Map(languages.data.items.map((language) => [language.code, language.name]))
  const nameOf = (code: string) => names.get(code) ?? code
  return (
    <Stack>
      <PageHeader
        title="Reports"
        description="Published releases, review times and translation times. Withdrawn releases are not counted."
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <ReportPanel report={publishedPerMonthReport(perMonth.data)} />
        <ReportPanel report={reviewTurnaroundReport(turnaround.data)} />
      </SimpleGrid>
      <ReportPanel report={perFieldOperationReport(perOperation.data)} />
      <ReportPanel report={perFieldOfWorkReport(perField.data)} />
      <ReportPanel report={translationTurnaroundReport(translations.data, nameOf)} />
    </Stack>
  )
}
