import { beforeEach, describe, expect, it } from 'vitest'
import { releasePageSchema } from '../../src/api/contract'
import { commit } from '../db'
import { api, tokens } from '../test-support/api'
import { csvCell } from './release-export'

let token: Awaited<ReturnType<typeof tokens>>
beforeEach(async () => {
  token = await tokens()
})

const exportCsv = async (query: string, as: string | null = token.reviewer) => {
  const response = await fetch(`/api/releases/export?${query}`, { headers: as ? { Authorization: `Bearer ${as}` } : {} })
  return { status: response.status, type: response.headers.get('Content-Type'), text: await response.text() }
}
const header = 'id,type,title,status,dateline place,dateline date,sources,fields of work,states,field operations,author,updated at'

describe('csvCell', () => {
  it('quotes as RFC 4180 says and guards against formulas', () => {
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('a, b')).toBe('"a, b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)")
    expect(csvCell('+1')).toBe("'+1")
    expect(csvCell('-1')).toBe("'-1")
    expect(csvCell('@cmd')).toBe("'@cmd")
    expect(csvCell('=HYPERLINK("x","y")')).toBe(`"'=HYPERLINK(""x"",""y"")"`)
  })
})

describe('GET /releases/export', () => {
  it('answers 401 without a token and 422 for a bad filter', async () => {
    expect((await exportCsv('', null)).status).toBe(401)
    expect((await exportCsv('status=lost')).status).toBe(422)
  })

  it('answers every matching release (not one page) as text/csv, in the list’s sort, with a header row', async () => {
    const { status, type, text } = await exportCsv('status=published&sort=title')
    expect(status).toBe(200)
    expect(type).toContain('text/csv')
    const lines = text.trimEnd().split('\r\n')
    expect(lines[0]).toBe(header)
    const page = releasePageSchema.parse((await api('/releases?status=published&sort=title&pageSize=100', { token: token.reviewer })).json)
    expect(page.total).toBeGreaterThan(25)
    expect(lines).toHaveLength(page.total + 1)
    expect(lines[1]!.startsWith(`${page.items[0]!.id},`)).toBe(true)
    expect(lines.slice(1).every((line) => line.includes(',published,'))).toBe(true)
  })

  it('quotes commas and quotes, and guards a title that looks like a formula', async () => {
    const [item] = releasePageSchema.parse((await api('/releases?sort=title&pageSize=1', { token: token.reviewer })).json).items
    await commit('releases', item!.id, (current) => ({ ...current!, title: '=HYPERLINK("http://evil", "Click")' }))
    const { text } = await exportCsv('q=HYPERLINK')
    const lines = text.trimEnd().split('\r\n')
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain(`,"'=HYPERLINK(""http://evil"", ""Click"")",`)
  })
})
