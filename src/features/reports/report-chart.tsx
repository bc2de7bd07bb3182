// The charts' code (Recharts) and styles: loaded lazily, so only the pages that draw a chart pay for them.
import '@mantine/charts/styles.css'
import { BarChart, LineChart } from '@mantine/charts'
import { chartHeightOf, type ChartSpec } from './report-definitions'

type Props = { spec: ChartSpec; height: number }

/** Draws one report; the figures are also in the report's table, which is what assistive technology reads. */
export default function ReportChart({ spec, height }: Props) {
  const series = [{ name: spec.valueKey, label: spec.valueLabel, color: spec.kind === 'line' ? 'teal.7' : 'blue.7' }]
  if (spec.kind === 'line') {
    return (
      <LineChart
        h={height}
        data={spec.data}
        dataKey={spec.labelKey}
        series={series}
        unit={spec.unit}
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
      orientation={rows ? 'vertical' : 'horizontal'}
      yAxisProps={rows ? { width: 220 } : undefined}
    />
  )
}
