import { describe, expect, it } from 'vitest'
import { datelineWarning, inVienna } from './publish-time'

describe('inVienna', () => {
  it('shows a UTC time as Vienna’s wall-clock time, winter and summer', () => {
    expect(inVienna('2026-12-01T13:00:00.000Z')).toMatch(/^= 14:00( on 1 December)? in Vienna$/)
    expect(inVienna('2026-07-01T12:00:00.000Z')).toMatch(/^= 14:00( on 1 July)? in Vienna$/)
  })
})

describe('datelineWarning', () => {
  it('says how many days lie between an old dateline and the publication day in Vienna', () => {
    expect(datelineWarning('2024-06-26', '2026-12-01T09:00:00.000Z')).toBe(
      'The dateline (26 June 2024) is 888 days before the publication date (1 December 2026). Check that it is right; you can still approve.',
    )
  })

  it('counts a dateline after the publication too', () => {
    expect(datelineWarning('2026-12-20', '2026-12-01T09:00:00.000Z')).toMatch(/is 19 days after the publication date/)
  })

  it('stays quiet within a week either side, by Vienna’s date', () => {
    expect(datelineWarning('2026-11-24', '2026-12-01T09:00:00.000Z')).toBeNull()
    expect(datelineWarning('2026-12-08', '2026-12-01T09:00:00.000Z')).toBeNull()
    // 23:30 UTC on 23 November is already 24 November in Vienna: 7 days, no warning.
    expect(datelineWarning('2026-12-01', '2026-11-23T23:30:00.000Z')).toBeNull()
    expect(datelineWarning('2026-12-01', '2026-11-23T22:30:00.000Z')).toMatch(/is 8 days after/)
  })
})
