import type {
  PerFieldOfWork,
  PerFieldOperation,
  PublishedPerMonth,
  ReviewTurnaround,
  TranslationTurnaround,
} from '../../api/contract'
import type { CsvCell } from '../../api/contract/csv'

/** One series of a chart: the key of its figures in each row of `data`, and its name in the legend and tooltip. */
export type ChartSeries = { key: string; label: string }

/** What a chart draws: rows of `data`, one series or more against `labelKey`. */
export type ChartSpec = {
  kind: 'bar' | 'line'
  data: Record<string, string | number | null>[]
  labelKey: string
  series: ChartSeries[]
  /** Bars side by side (few, short labels) or stacked down the page (long names). */
  layout?: 'columns' | 'rows'
  /** With rows: the room for their labels (px), wide enough for the longest name; 220 unless told. */
  labelWidth?: number
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
  translationTurnaround: 'Translation turnaround',
} as const

/** A bar for each row when they run down the page, so a long list grows past the given height. */
const ROW_HEIGHT = 28
/** Each further series adds a bar to every row; two series also add a legend above the chart. */
const BAR_HEIGHT = 16
const LEGEND_HEIGHT = 40

/** How tall a chart is drawn: its placeholder takes the same room, so nothing moves when it comes. */
export const chartHeightOf = (spec: ChartSpec, height: number) => {
  if (spec.layout !== 'rows') return height
  const extra = spec.series.length - 1
  const legend = extra > 0 ? LEGEND_HEIGHT : 0
  return Math.max(height, spec.data.length * (ROW_HEIGHT + extra * BAR_HEIGHT) + legend)
}

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
      series: [{ key: 'count', label: 'Releases' }],
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
      series: [{ key: 'hours', label: 'Median hours' }],
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
      series: [{ key: 'count', label: 'Releases' }],
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
      series: [{ key: 'count', label: 'Releases' }],
      layout: 'rows',
    },
  }
}

/** Hours as days, one decimal: translations go out over days, and '1.5' reads better than '36'. */
const days = (hours: number | null) => (hours === null ? null : Math.round((hours / 24) * 10) / 10)

/**
 * Per language (named by `nameOf`, from GET /languages): translations published in the period,
 * the median and 90th percentile days after their original, and the originals still without one.
 * The chart draws the languages with translations; the table lists every language the API does.
 */
export function translationTurnaroundReport(
  { originals, items }: TranslationTurnaround,
  nameOf: (code: string) => string,
  months = 24,
): Report {
  const originalsWord = originals === 1 ? '1 original' : `${originals} originals`
  return {
    id: 'translation-turnaround',
    title: reportTitles.translationTurnaround,
    description: `Days from an original’s first publication to its translation’s, over the last ${months} months; a translation out before its original counts 0. Of the ${originalsWord} published in that time, the table counts those still without a published translation into each language. Withdrawn versions are not counted.`,
    caption: `Translations per language: how many were published, days after their original, and how many of the ${originalsWord} published have none yet`,
    header: ['Language', 'Translations published', 'Median (days)', '90th percentile (days)', 'Originals without one'],
    rows: items.map((item) => [
      nameOf(item.language),
      item.count,
      days(item.medianHours),
      days(item.p90Hours),
      item.missing,
    ]),
    filename: 'translation-turnaround.csv',
    chart: {
      kind: 'bar',
      data: items
        .filter((item) => item.count > 0)
        .map((item) => ({ name: nameOf(item.language), median: days(item.medianHours), p90: days(item.p90Hours) })),
      labelKey: 'name',
      series: [
        { key: 'median', label: 'Median (days)' },
        { key: 'p90', label: '90th percentile (days)' },
      ],
      layout: 'rows',
      // Language names are short: the bars get the rest of a phone's width.
      labelWidth: 110,
    },
  }
}
