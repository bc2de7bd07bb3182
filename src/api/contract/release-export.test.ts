import { describe, expect, it } from 'vitest'
import { endpoints } from './endpoints'
import { releaseExportColumns, utcTimestamp, viennaTimestamp } from './release-export'

describe('the export’s times', () => {
  it.each([
    ['2024-06-26T10:00:00Z', '2024-06-26T10:00:00Z', '2024-06-26T12:00:00+02:00'], // summer: CEST
    ['2025-01-15T23:30:45.678Z', '2025-01-15T23:30:45Z', '2025-01-16T00:30:45+01:00'], // winter: CET, the next day
    ['2026-03-29T00:59:59Z', '2026-03-29T00:59:59Z', '2026-03-29T01:59:59+01:00'], // the last second before the clocks go forward
    ['2026-03-29T01:00:00Z', '2026-03-29T01:00:00Z', '2026-03-29T03:00:00+02:00'],
    ['2026-10-25T00:30:00Z', '2026-10-25T00:30:00Z', '2026-10-25T02:30:00+02:00'], // 02:30 happens twice: the offset tells which
    ['2026-10-25T01:30:00Z', '2026-10-25T01:30:00Z', '2026-10-25T02:30:00+01:00'],
    ['2026-06-01T09:00:00+05:00', '2026-06-01T04:00:00Z', '2026-06-01T06:00:00+02:00'],
  ])('%s is %s, and %s in Vienna', (stored, utc, vienna) => {
    expect(utcTimestamp(stored)).toBe(utc)
    expect(viennaTimestamp(stored)).toBe(vienna)
    expect(Date.parse(viennaTimestamp(stored))).toBe(Date.parse(utc))
  })
})

describe('the export’s columns', () => {
  it('are each described in the API document', () => {
    const exported = endpoints.find((endpoint) => endpoint.path === '/releases/export')!
    expect(exported.description).toContain('byte-order mark')
    for (const column of releaseExportColumns) expect(exported.description).toContain(`- ${column.name}: `)
  })
})
