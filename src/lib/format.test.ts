import { describe, expect, it } from 'vitest'
import { formatDateline, joinNames } from './format'

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
