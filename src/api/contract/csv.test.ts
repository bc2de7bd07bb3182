import { describe, expect, it } from 'vitest'
import { toCsv } from './csv'

const bom = '\uFEFF'

describe('toCsv', () => {
  it('starts with a byte-order mark, ends every line with CRLF and writes the header first', () => {
    expect(
      toCsv(
        ['Name', 'Count'],
        [
          ['plain', 1],
          ['other', 2],
        ],
      ),
    ).toBe(`${bom}Name,Count\r\nplain,1\r\nother,2\r\n`)
    expect(toCsv(['Name', 'Count'], [])).toBe(`${bom}Name,Count\r\n`)
  })

  it('quotes commas, quotes, line breaks and edge spaces, and leaves nothing empty', () => {
    expect(
      toCsv(['a', 'b', 'c', 'd', 'e'], [['Mission to Serbia, Belgrade', 'Say "hi"', 'two\nlines', ' padded', null]]),
    ).toBe(`${bom}a,b,c,d,e\r\n"Mission to Serbia, Belgrade","Say ""hi""","two\nlines"," padded",\r\n`)
  })

  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['@SUM(1)', `"'@SUM(1)"`],
    ['+SUM(9)', `"'+SUM(9)"`],
    ["-2+3+cmd|' /C calc'!A0", `"'-2+3+cmd|' /C calc'!A0"`],
    ['\t=1+1', `"'\t=1+1"`],
    ['\r=1+1', `"'\r=1+1"`],
    // A second line must not hide the first from the guard.
    ['=HYPERLINK("http://x")\nread me', `"'=HYPERLINK(""http://x"")\nread me"`],
  ])('writes text that a spreadsheet would run, %j, with a leading apostrophe', (text, written) => {
    expect(toCsv(['Name', 'Count'], [[text, 1]])).toBe(`${bom}Name,Count\r\n${written},1\r\n`)
  })

  it('guards the header too, and leaves formula characters inside text alone', () => {
    expect(toCsv(['=cmd', 'a=b'], [['x-1', 'mail@example.org']])).toBe(`${bom}"'=cmd",a=b\r\nx-1,mail@example.org\r\n`)
  })

  it('writes numbers as numbers, negative ones too', () => {
    expect(
      toCsv(
        ['Month', 'Change', 'Hours'],
        [
          ['2026-11', -3, 1.5],
          ['2026-12', 0, null],
        ],
      ),
    ).toBe(`${bom}Month,Change,Hours\r\n2026-11,-3,1.5\r\n2026-12,0,\r\n`)
  })
})
