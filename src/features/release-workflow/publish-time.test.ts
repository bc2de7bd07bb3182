import { describe, expect, it } from 'vitest'
import { inVienna } from './publish-time'

describe('inVienna', () => {
  it('shows a UTC time as Vienna’s wall-clock time, winter and summer', () => {
    expect(inVienna('2026-12-01T13:00:00.000Z')).toMatch(/^= 14:00( on 1 December)? in Vienna$/)
    expect(inVienna('2026-07-01T12:00:00.000Z')).toMatch(/^= 14:00( on 1 July)? in Vienna$/)
  })
})
