import type { PerFieldOfWork, PerFieldOperation, PublishedPerMonth, ReviewTurnaround } from '../../api/contract'
import type { CsvCell } from '../../api/contract/csv'

/** What a chart draws: rows of `data`, one series (`valueKey`) against `labelKey`. */
export type ChartSpec = {
  kind: 'bar' | 'line'
  data: Record<string, string | number | null>[]
  labelKey: string
  valueKey: string
  valueLabel: string
  /** Bars side by side (few, short labels) or stacked down the page (long names). */
  layout?: 'columns' | 'rows'
  unit?: string
}

/** One report, ready for its chart, its table and its CSV: all three show the same figures. */
export type Report = {
  id: string
  title: string
  description: string
  caption: string
  header: string[]
  rows: CsvCell[][]
  filename: string
  chart: ChartSpec
}

/** The reports' titles: also shown while a report's figures are still on their way. */
export const reportTitles = {
  publishedPerMonth: 'Releases published per month',
  reviewTurnaround: 'Median review turnaround',
  perFieldOperation: 'Published releases per field operation',
  perFieldOfWork: 'Published releases per field of work',
} as const

/** A bar for each row when they run down the page, so a long list grows past the given height. */
const ROW_HEIGHT = 28

/** How tall a chart is drawn: its placeholder takes the same room, so nothing moves when it comes. */
export const chartHeightOf = (spec: ChartSpec, height: number) =>
  spec.layout === 'rows' ? Math.max(height, spec.data.length * ROW_HEIGHT) : height

/** '2026-11' → 'Nov 2026', in English whatever the browser's locale, like the rest of the app. */
export const monthLabel = (month: string) =>
  new Date(`${month}-01T00:00:00Z`).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' })

export function publishedPerMonthReport({ items }: PublishedPerMonth): Report {
  return {
    id: 'published-per-month',
    title: reportTitles.publishedPerMonth,
    description: `The last ${items.length} months. Withdrawn releases are not counted.`,
    caption: 'Releases published per month',
    header: ['Month', 'Releases published'],
    rows: items.map((item) => [item.month, item.count]),
    filename: 'releases-published-per-month.csv',
    chart: {
      kind: 'bar',
      data: items.map((item) => ({ month: monthLabel(item.month), count: item.count })),
      labelKey: 'month',
      valueKey: 'count',
      valueLabel: 'Releases',
      layout: 'columns',
    },
  }
}

export function reviewTurnaroundReport({ items }: ReviewTurnaround): Report {
  return {
    id: 'review-turnaround',
    title: reportTitles.reviewTurnaround,
    description: 'Hours from a submission to its approval, by month of approval.',
    caption: 'Median hours from submission to approval, per month',
    header: ['Month', 'Median hours', 'Approvals'],
    rows: items.map((item) => [item.month, item.medianHours, item.count]),
    filename: 'median-review-turnaround.csv',
    chart: {
      kind: 'line',
      data: items.map((item) => ({ month: monthLabel(item.month), hours: item.medianHours })),
      labelKey: 'month',
      valueKey: 'hours',
      valueLabel: 'Median hours',
      unit: ' h',
    },
  }
}

export function perFieldOperationReport({ items }: PerFieldOperation): Report {
  return {
    id: 'per-field-operation',
    title: reportTitles.perFieldOperation,
    description: 'Withdrawn releases are not counted; a release may name several operations.',
    caption: 'Published releases per field operation',
    header: ['Field operation', 'Published releases'],
    rows: items.map((item) => [item.fieldOperation.name, item.count]),
    filename: 'published-releases-per-field-operation.csv',
    chart: {
      kind: 'bar',
      data: items.map((item) => ({ name: item.fieldOperation.name, count: item.count })),
      labelKey: 'name',
      valueKey: 'count',
      valueLabel: 'Releases',
      layout: 'rows',
    },
  }
}

export function perFieldOfWorkReport({ items }: PerFieldOfWork): Report {
  return {
    id: 'per-field-of-work',
    title: reportTitles.perFieldOfWork,
    description: 'Withdrawn releases are not counted; a release may name several fields.',
    caption: 'Published releases per field of work',
    header: ['Field of work', 'Published releases'],
    rows: items.map((item) => [item.fieldOfWork.name, item.count]),
    filename: 'published-releases-per-field-of-work.csv',
    chart: {
      kind: 'bar',
      data: items.map((item) => ({ name: item.fieldOfWork.name, count: item.count })),
      labelKey: 'name',
      valueKey: 'count',
      valueLabel: 'Releases',
      layout: 'rows',
    },
  }
}
