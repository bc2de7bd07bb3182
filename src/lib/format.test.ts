import { describe, expect, it } from 'vitest'
import { dateTimeParts, formatDate, formatDateline, formatDateTime, joinNames, zoneAbbreviation } from './format'

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

  it('prints a language version’s dateline in its language', () => {
    expect(formatDateline({ place: 'Душанбе', date: '2024-06-26' }, 'ru')).toBe('ДУШАНБЕ, 26 июня 2024 г.')
    expect(formatDateline({ place: 'Dushanbe', date: '2024-06-26' }, 'en')).toBe('DUSHANBE, 26 June 2024')
  })
})

describe('joinNames', () => {
  it('lists names with commas', () => {
    expect(joinNames([{ name: 'OSCE Chairpersonship' }, { name: 'OSCE Programme Office in Dushanbe' }])).toBe(
      'OSCE Chairpersonship, OSCE Programme Office in Dushanbe',
    )
  })
})

describe('formatDateTime', () => {
  it('on Vienna’s clock names the zone once, winter and summer', () => {
    expect(formatDateTime('2026-11-29T14:42:00Z', 'Europe/Vienna')).toBe('29 Nov 2026, 15:42 CET')
    expect(formatDateTime('2026-07-01T13:42:00Z', 'Europe/Vienna')).toBe('1 Jul 2026, 15:42 CEST')
  })

  it('elsewhere adds Vienna’s time', () => {
    expect(formatDateTime('2026-11-29T14:42:00Z', 'America/New_York')).toBe('29 Nov 2026, 09:42 EST (15:42 Vienna)')
    expect(formatDateTime('2026-11-29T14:42:00Z', 'UTC')).toBe('29 Nov 2026, 14:42 UTC (15:42 Vienna)')
    expect(formatDateTime('2026-11-29T14:42:00Z', 'Asia/Dushanbe')).toBe('29 Nov 2026, 19:42 GMT+5 (15:42 Vienna)')
  })

  it('gives Vienna’s day too when it is another', () => {
    expect(formatDateTime('2026-11-30T00:30:00Z', 'America/New_York')).toBe(
      '29 Nov 2026, 19:30 EST (30 Nov, 01:30 Vienna)',
    )
  })

  it('uses the person’s zone by default (UTC in the tests)', () => {
    expect(dateTimeParts('2026-11-29T14:42:00Z')).toEqual({ local: '29 Nov 2026, 14:42 UTC', vienna: '15:42 Vienna' })
  })

  it('leaves out this year for a table, never another year', () => {
    // The tests' clock is 2026 (TEST_TODAY).
    expect(dateTimeParts('2026-11-29T14:42:00Z', 'UTC', { omitCurrentYear: true })).toEqual({
      local: '29 Nov, 14:42 UTC',
      vienna: '15:42 Vienna',
    })
    expect(dateTimeParts('2024-06-26T09:00:00Z', 'UTC', { omitCurrentYear: true }).local).toBe('26 Jun 2024, 09:00 UTC')
  })

  it('names zones as people there say them', () => {
    const winter = new Date('2026-01-15T12:00:00Z')
    expect(zoneAbbreviation(winter, 'Europe/London')).toBe('GMT')
    expect(zoneAbbreviation(new Date('2026-07-15T12:00:00Z'), 'Europe/London')).toBe('BST')
    expect(zoneAbbreviation(winter, 'America/Los_Angeles')).toBe('PST')
  })
})
