import { describe, expect, it } from 'vitest'
import { releaseListQuerySchema, releaseTotalCap, type ReleaseListQuery } from '../../src/api/contract'
import { cappedTotal, countLimitOf } from './release-total'

const limitOf = (input: ReleaseListQuery) => countLimitOf(releaseListQuerySchema.parse(input))

describe('how far a release list counts', () => {
  it('counts every match when at most a status is asked, whatever the sort, page or grouping', () => {
    for (const input of [
      {},
      { status: 'draft' },
      { status: 'published', sort: 'title', page: 40, pageSize: 100, group: 'family' },
      // A search with no word in it asks nothing.
      { q: '  ' },
      { q: '"-", ' },
    ] as ReleaseListQuery[]) {
      expect({ input, limit: limitOf(input) }).toEqual({ input, limit: undefined })
    }
  })

  it('counts up to the cap when anything more is asked', () => {
    for (const input of [
      { q: 'election' },
      { status: 'published', fieldOperation: 'field-operation-mission-to-serbia' },
      { author: 'user-editor-amra' },
      { language: 'en,fr' },
      { missingLanguage: 'ru' },
      { from: '2026-01-01' },
      { publishTo: '2026-01-01T00:00:00.000Z' },
      { type: 'press-release', group: 'family' },
    ] as ReleaseListQuery[]) {
      expect({ input, limit: limitOf(input) }).toEqual({ input, limit: releaseTotalCap })
    }
  })

  it('cuts a count to the limit and says so only when more matched', () => {
    expect(cappedTotal(1001, 1000)).toEqual({ total: 1000, totalCapped: true })
    expect(cappedTotal(1000, 1000)).toEqual({ total: 1000, totalCapped: false })
    expect(cappedTotal(7, 1000)).toEqual({ total: 7, totalCapped: false })
    expect(cappedTotal(5_000_000, undefined)).toEqual({ total: 5_000_000, totalCapped: false })
  })
})
