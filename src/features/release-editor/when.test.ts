import { describe, expect, it } from 'vitest'
import { atDayAndTime, dayAndTime } from './when'

const now = new Date(2026, 10, 13, 9, 30)

describe('the day of a local copy or a change', () => {
  it('says today, yesterday, a date, and the year when it is another one', () => {
    expect(dayAndTime(new Date(2026, 10, 13, 8, 5), now)).toBe('today, 08:05')
    expect(dayAndTime(new Date(2026, 10, 12, 17, 2), now)).toBe('yesterday, 17:02')
    expect(dayAndTime(new Date(2026, 10, 11, 23, 59), now)).toBe('11 Nov, 23:59')
    expect(dayAndTime(new Date(2025, 10, 12, 17, 2), now)).toBe('12 Nov 2025, 17:02')
  })

  it('words when something happened', () => {
    expect(atDayAndTime(new Date(2026, 10, 13, 8, 5), now)).toBe('at 08:05')
    expect(atDayAndTime(new Date(2026, 10, 12, 17, 2), now)).toBe('yesterday at 17:02')
    expect(atDayAndTime(new Date(2026, 10, 2, 17, 2), now)).toBe('on 2 Nov at 17:02')
  })
})
