import { describe, expect, it } from 'vitest'
import { toCsv } from './csv'

describe('toCsv', () => {
  it('quotes fields with commas, quotes and line breaks, and leaves nulls empty', () => {
    expect(toCsv(['Name', 'Count'], [['Mission to Serbia, Belgrade', 3], ['Say "hi"', null], ['plain', 0]])).toBe(
      'Name,Count\r\n"Mission to Serbia, Belgrade",3\r\n"Say ""hi""",\r\nplain,0\r\n',
    )
  })
})
