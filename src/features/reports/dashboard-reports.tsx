import { SimpleGrid, Skeleton } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { reportQueries } from '../../api/reports'
import { ErrorView } from '../../components/error-view'
import { AnchorLink } from '../../components/router-links'
import { publishedPerMonthReport, type Report, reviewTurnaroundReport } from './report-definitions'
import { ReportPanel } from './report-panel'

/** Two compact reports; they arrive after the rest of the dashboard and never hold it back. */
export function DashboardReports() {
  const perMonth = useQuery(reportQueries.publishedPerMonth())
  const turnaround = useQuery(reportQueries.reviewTurnaround())
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <CompactReport query={perMonth} toReport={publishedPerMonthReport} />
      <CompactReport query={turnaround} toReport={reviewTurnaroundReport} />
    </SimpleGrid>
  )
}

type QueryState<T> = { data: T | undefined; isError: boolean; error: Error | null; refetch: () => unknown }

function CompactReport<T>({ query, toReport }: { query: QueryState<T>; toReport: (data: T) => Report }) {
  if (query.isError) return <ErrorView error={query.error} onRetry={() => void query.refetch()} />
  if (!query.data) return <Skeleton h={220} />
  return (
    <ReportPanel
      report={toReport(query.data)}
      chartHeight={160}
      action={
        <AnchorLink to="/reports" size="sm">
          All reports
        </AnchorLink>
      }
    />
  )
}
