// The charts' code (Recharts) and styles: loaded lazily, so only the pages that draw a chart pay for them.
import '@mantine/charts/styles.css'
// A legend's colour swatches (a chart of two series): the app imports only the components' styles it uses.
import '@mantine/core/styles/ColorSwatch.css'
import { BarChart, LineChart } from '@mantine/charts'
import { chartHeightOf, type ChartSpec } from './report-definitions'

type Props = { spec: ChartSpec; height: number }

/** The colours of a chart's series, in order: each dark enough against white (WCAG's 3:1 for graphics). */
const barColours = ['blue.7', 'orange.9']

/** Draws one report; the figures are also in the report's table, which is what assistive technology reads. */
export default function ReportChart({ spec, height }: Props) {
  const series = spec.series.map(({ key, label }, index) => ({
    name: key,
    label,
    color: spec.kind === 'line' ? 'teal.7' : barColours[index % barColours.length]!,
  }))
  // One series is named by the report's title; two need a legend to be told apart.
  const legend = series.length > 1
  if (spec.kind === 'line') {
    return (
      <LineChart
        h={height}
        data={spec.data}
        dataKey={spec.labelKey}
        series={series}
        unit={spec.unit}
        withLegend={legend}
        connectNulls
        curveType="monotone"
      />
    )
  }
  const rows = spec.layout === 'rows'
  return (
    <BarChart
      h={chartHeightOf(spec, height)}
      data={spec.data}
      dataKey={spec.labelKey}
      series={series}
      unit={spec.unit}
      withLegend={legend}
      orientation={rows ? 'vertical' : 'horizontal'}
      yAxisProps={rows ? { width: spec.labelWidth ?? 220 } : undefined}
    />
  )
}
