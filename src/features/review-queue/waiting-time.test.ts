import { describe, expect, it } from 'vitest'
import { waitingTime, waitsLong } from './waiting-time'

const now = new Date('2026-11-27T12:00:00Z')

describe('waitingTime', () => {
  it.each([
    ['2026-11-24T11:00:00Z', 'waiting 3 days'],
    ['2026-11-26T11:59:00Z', 'waiting 1 day'],
    ['2026-11-27T07:30:00Z', 'waiting 4 hours'],
    ['2026-11-27T11:59:00Z', 'waiting 1 minute'],
    ['2026-11-27T11:59:30Z', 'waiting less than a minute'],
    ['2026-11-27T12:05:00Z', 'waiting less than a minute'],
  ])('since %s: %s', (submittedAt, expected) => {
    expect(waitingTime(submittedAt, now)).toBe(expected)
  })
})

describe('waitsLong', () => {
  it.each([
    ['2026-11-25T11:59:00Z', true],
    ['2026-11-25T12:00:00Z', false],
    ['2026-11-27T11:00:00Z', false],
  ])('since %s: %s', (submittedAt, expected) => {
    expect(waitsLong(submittedAt, now)).toBe(expected)
  })
})
