import { describe, expect, it } from 'vitest'
import { isOurOwnWrite, sameData } from './own-write'

type Input = { name: string; capital: string | null; place: { city: string; date: string } }
const record = (version: number, fields: Partial<Input> = {}) => ({
  id: 'state-al',
  version,
  name: 'Albania',
  capital: 'Durrës',
  place: { date: '2024-06-26', city: 'Tirana' },
  ...fields,
})
const asInput = ({ name, capital, place }: ReturnType<typeof record>): Input => ({ name, capital, place })
const sent: Input = { name: 'Albania', capital: 'Durrës', place: { city: 'Tirana', date: '2024-06-26' } }

describe('sameData', () => {
  it('does not mind the order of keys', () => {
    expect(sameData({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(true)
  })

  it('counts every character: case, spaces and the order of a list', () => {
    expect(sameData('Albania', 'albania')).toBe(false)
    expect(sameData('Albania', 'Albania ')).toBe(false)
    expect(sameData(['a', 'b'], ['b', 'a'])).toBe(false)
    expect(sameData(null, '')).toBe(false)
  })
})

describe('isOurOwnWrite', () => {
  it('takes the one newer version that reads exactly what was sent for ours', () => {
    expect(isOurOwnWrite(record(4), 3, sent, asInput)).toBe(true)
  })

  it('not when more than one write happened since', () => {
    expect(isOurOwnWrite(record(5), 3, sent, asInput)).toBe(false)
  })

  it('not when the newer version differs from what was sent, even only in case', () => {
    expect(isOurOwnWrite(record(4, { name: 'ALBANIA' }), 3, sent, asInput)).toBe(false)
    expect(isOurOwnWrite(record(4, { capital: null }), 3, sent, asInput)).toBe(false)
  })

  it('compares only what was sent', () => {
    expect(isOurOwnWrite(record(4, { name: 'Shqipëria' }), 3, { capital: 'Durrës' }, asInput)).toBe(true)
  })
})
