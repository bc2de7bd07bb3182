import { describe, expect, it } from 'vitest'
import { formatCount, formatTotal } from './counted-total'

describe('formatTotal', () => {
  it('says an exact count as it is, grouped', () => {
    expect(formatTotal({ total: 0 })).toBe('0')
    expect(formatTotal({ total: 999, totalCapped: false })).toBe('999')
    expect(formatTotal({ total: 12_345, totalCapped: false })).toBe('12,345')
  })

  it('says a capped count as a floor', () => {
    expect(formatTotal({ total: 1000, totalCapped: true })).toBe('1,000+')
  })

  it('groups figures', () => {
    expect(formatCount(1_052_388)).toBe('1,052,388')
  })
})
