import { describe, expect, it } from 'vitest'
import { chartHeightOf, translationTurnaroundReport } from './report-definitions'

const names: Record<string, string> = { ru: 'Russian', sq: 'Albanian', mk: 'Macedonian' }
const nameOf = (code: string) => names[code] ?? code

const report = translationTurnaroundReport(
  {
    originals: 12,
    items: [
      { language: 'ru', count: 4, medianHours: 36, p90Hours: 170.4, missing: 8 },
      { language: 'sq', count: 1, medianHours: 2, p90Hours: 2, missing: 11 },
      { language: 'mk', count: 0, medianHours: null, p90Hours: null, missing: 12 },
    ],
  },
  nameOf,
)

describe('the translation turnaround report', () => {
  it('names each language, and gives its turnaround in days (one decimal) and the originals without one', () => {
    expect(report.header).toEqual([
      'Language',
      'Translations published',
      'Median (days)',
      '90th percentile (days)',
      'Originals without one',
    ])
    // 36 h = 1.5 days; 170.4 h = 7.1; 2 h = 0.08, shown as 0.1.
    expect(report.rows).toEqual([
      ['Russian', 4, 1.5, 7.1, 8],
      ['Albanian', 1, 0.1, 0.1, 11],
      ['Macedonian', 0, null, null, 12],
    ])
    expect(report.description).toContain('Of the 12 originals published in that time')
    expect(report.description).toContain('a translation out before its original counts 0')
  })

  it('charts the two figures of the languages with translations only', () => {
    expect(report.chart.series.map((series) => series.label)).toEqual(['Median (days)', '90th percentile (days)'])
    expect(report.chart.data).toEqual([
      { name: 'Russian', median: 1.5, p90: 7.1 },
      { name: 'Albanian', median: 0.1, p90: 0.1 },
    ])
  })

  it('keeps room for both bars of every row and the legend', () => {
    const many = translationTurnaroundReport(
      {
        originals: 30,
        items: Array.from({ length: 10 }, (_, index) => ({
          language: `l${index}`,
          count: 1,
          medianHours: 24,
          p90Hours: 48,
          missing: 0,
        })),
      },
      nameOf,
    )
    // Ten rows of 28 + 16 px, and a 40 px legend.
    expect(chartHeightOf(many.chart, 260)).toBe(480)
    expect(chartHeightOf(report.chart, 260)).toBe(260)
  })

  it('says "1 original" when there is one', () => {
    expect(translationTurnaroundReport({ originals: 1, items: [] }, nameOf).description).toContain('Of the 1 original ')
  })
})
