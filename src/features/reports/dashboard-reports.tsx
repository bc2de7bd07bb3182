import { SimpleGrid } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { reportQueries } from '../../api/reports'
import { ErrorView } from '../../components/error-view'
import { AnchorLink } from '../../components/router-links'
import { publishedPerMonthReport, type Report, reportTitles, reviewTurnaroundReport } from './report-definitions'
import { ReportPanel } from './report-panel'

/** Two compact reports; they arrive after the rest of the dashboard and never hold it back. */
export function DashboardReports() {
  const perMonth = useQuery(reportQueries.publishedPerMonth())
  const turnaround = useQuery(reportQueries.reviewTurnaround())
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <CompactReport query={perMonth} toReport={publishedPerMonthReport} title={reportTitles.publishedPerMonth} />
      <CompactReport query={turnaround} toReport={reviewTurnaroundReport} title={reportTitles.reviewTurnaround} />
    </SimpleGrid>
  )
}

type QueryState<T> = { data: T | undefined; isError: boolean; error: Error | null; refetch: () => unknown }

type CompactProps<T> = { query: QueryState<T>; toReport: (data: T) => Report; title: string }

/** While its figures load, the same panel with its title and its chart's room: nothing moves. */
function CompactReport<T>({ query, toReport, title }: CompactProps<T>) {
  if (query.isError) return <ErrorView error={query.error} onRetry={() => void query.refetch()} />
  return (
    <ReportPanel
      {...(query.data ? { report: toReport(query.data) } : { report: undefined, title })}
      chartHeight={160}
      action={
        <AnchorLink to="/reports" size="sm">
          All reports
        </AnchorLink>
      }
    />
  )
}
