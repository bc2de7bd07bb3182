import './styles'
import { Button, Group, Paper, Skeleton, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core'
import { IconDownload, IconTable } from '@tabler/icons-react'
import { lazy, Suspense, useId, useState, type ReactNode } from 'react'
import type { CsvCell } from '../../api/contract/csv'
import { toCsv } from '../../api/contract/csv'
import { type Column, DataTable } from '../../components/data-table'
import { downloadCsv } from './csv'
import { chartHeightOf, type Report } from './report-definitions'
import classes from './report-table.module.css'

// Recharts is large: it loads with the first chart shown, never with the app.
const ReportChart = lazy(() => import('./report-chart'))

type Props = (
  | { report: Report; title?: undefined }
  // While its figures load: the panel shows its heading and keeps its chart's room.
  | { report: undefined; title: string }
) & { chartHeight?: number; action?: ReactNode }

/** One report: its heading, its chart or (on request) its table, and its figures as CSV. */
export function ReportPanel({ report, title = report?.title, chartHeight = 260, action }: Props) {
  const [showTable, setShowTable] = useState(false)
  const headingId = useId()
  const viewId = useId()
  // The chart's own height, its placeholder's too: nothing below moves when the chart arrives.
  const loading = (
    <Skeleton
      style={{ height: report ? chartHeightOf(report.chart, chartHeight) : chartHeight }}
      aria-label="Loading the chart"
      component="output"
    />
  )
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={headingId} aria-busy={report ? undefined : true}>
      <Group justify="space-between" align="flex-start" mb="xs">
        <Stack gap={2}>
          <Title order={2} size="h4" id={headingId}>
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {report ? report.description : <Skeleton component="span" display="inline-block" h="1em" w="16em" />}
          </Text>
        </Stack>
        <Group gap="xs">
          {action}
          <Button
            size="xs"
            variant={showTable ? 'filled' : 'default'}
            leftSection={<IconTable size={16} aria-hidden />}
            aria-pressed={showTable}
            aria-controls={viewId}
            disabled={!report}
            onClick={() => setShowTable((shown) => !shown)}
          >
            Show table<VisuallyHidden>: {title}</VisuallyHidden>
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            disabled={!report}
            onClick={() => report && downloadCsv(report.filename, toCsv(report.header, report.rows))}
          >
            Download CSV<VisuallyHidden>: {title}</VisuallyHidden>
          </Button>
        </Group>
      </Group>
      <div id={viewId}>
        {!report ? (
          loading
        ) : showTable ? (
          <ReportTable report={report} />
        ) : (
          <Suspense fallback={loading}>
            <figure aria-label={`Chart: ${report.title}. “Show table” gives the figures.`} style={{ margin: 0 }}>
              <ReportChart spec={report.chart} height={chartHeight} />
            </figure>
          </Suspense>
        )}
      </div>
    </Paper>
  )
}

/** More columns than a phone holds side by side: such a table's rows become cards there, as every list's do (decision 0017). */
const WIDE = 3

/** A column of a report's figures as DataTable draws it: the first names the row, the others are numbers. */
const columnsOf = (header: string[]): Column<CsvCell[]>[] =>
  header.map((label, index) => ({
    key: label,
    header: label,
    rowHeader: index === 0,
    cell: (row) => (index === 0 ? row[0] : <span className={classes.number}>{row[index] ?? '—'}</span>),
  }))

function ReportTable({ report }: { report: Report }) {
  if (report.header.length <= WIDE) return <ReportTableRows report={report} />
  return (
    <DataTable
      caption={report.caption}
      columns={columnsOf(report.header)}
      rows={report.rows}
      getRowKey={(row) => String(row[0])}
    />
  )
}

function ReportTableRows({ report }: { report: Report }) {
  return (
    <Table striped>
      <Table.Caption>{report.caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          {report.header.map((label, index) => (
            <Table.Th key={label} scope="col" ta={index === 0 ? undefined : 'right'}>
              {label}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {report.rows.map((row) => (
          <Table.Tr key={String(row[0])}>
            {row.map((cell, index) =>
              index === 0 ? (
                <Table.Th key={index} scope="row" fw={400}>
                  {cell}
                </Table.Th>
              ) : (
                <Table.Td key={index} ta="right">
                  {cell ?? '—'}
                </Table.Td>
              ),
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
