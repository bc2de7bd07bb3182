import { describe, expect, it } from 'vitest'
import { savedAt } from './save-status'

describe('savedAt', () => {
  it('gives the time alone for today and the date before', () => {
    const now = new Date(2026, 10, 27, 15, 0)
    expect(savedAt(new Date(2026, 10, 27, 14, 2), now)).toBe('Saved at 14:02')
    expect(savedAt(new Date(2024, 5, 26, 10, 0), now)).toBe('Saved on 26 June 2024 at 10:00')
  })
})
