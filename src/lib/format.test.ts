import { describe, expect, it } from 'vitest'
import { formatDate, formatDateline, joinNames } from './format'

describe('formatDate', () => {
  it('prints a date in words', () => {
    expect(formatDate('2024-06-26')).toBe('26 June 2024')
  })

  it('leaves a text that is no date as it is', () => {
    expect(formatDate('2024-13-01')).toBe('2024-13-01')
    expect(formatDate('')).toBe('')
  })
})

describe('formatDateline', () => {
  it('prints the place upper-case and the date in words', () => {
    expect(formatDateline({ place: 'Dushanbe', date: '2024-06-26' })).toBe('DUSHANBE, 26 June 2024')
  })

  it('does not shift the date with the time zone', () => {
    expect(formatDateline({ place: 'Vienna', date: '2025-01-01' })).toBe('VIENNA, 1 January 2025')
  })
})

describe('joinNames', () => {
  it('lists names with commas', () => {
    expect(joinNames([{ name: 'OSCE Chairpersonship' }, { name: 'OSCE Programme Office in Dushanbe' }])).toBe(
      'OSCE Chairpersonship, OSCE Programme Office in Dushanbe',
    )
  })
})
