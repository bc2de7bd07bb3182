import { MantineProvider } from '@mantine/core'
import { render, screen } from '@testing-library/react'
import { expect, it, vi } from 'vitest'
import { perFieldOfWorkReport, publishedPerMonthReport } from './report-definitions'
import { ReportPanel } from './report-panel'

// The charts' code never arrives here: the placeholder that holds its place stays.
vi.mock('./report-chart', () => new Promise(() => {}))

const ref = (name: string, index: number) => ({ id: `ref-${index}`, name })

it.each([
  {
    kind: 'a chart of columns, its given height',
    report: publishedPerMonthReport({ items: [{ month: '2026-10', count: 3 }] }),
    height: '260px',
  },
  {
    // 23 rows of 28 px: the bar chart grows past the given height, and so does its placeholder.
    kind: 'a chart of rows, one row’s height for each',
    report: perFieldOfWorkReport({
      items: Array.from({ length: 23 }, (_, index) => ({ fieldOfWork: ref(`Field ${index}`, index), count: index })),
    }),
    height: '644px',
  },
])('while its code loads, $kind is kept', async ({ report, height }) => {
  render(
    <MantineProvider env="test">
      <ReportPanel report={report} />
    </MantineProvider>,
  )
  expect(await screen.findByRole('status', { name: 'Loading the chart' })).toHaveStyle({ height })
})
