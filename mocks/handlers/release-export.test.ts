import Papa from 'papaparse'
import { beforeEach, describe, expect, it } from 'vitest'
import { releasePageSchema } from '../../src/api/contract'
import { commit, db } from '../db'
import { api, tokens } from '../test-support/api'

let token: Awaited<ReturnType<typeof tokens>>
beforeEach(async () => {
  token = await tokens()
})

const exportCsv = async (query: string, as: string | null = token.reviewer, headers: Record<string, string> = {}) => {
  const response = await fetch(`/api/releases/export?${query}`, {
    headers: as ? { Authorization: `Bearer ${as}`, ...headers } : headers,
  })
  return { status: response.status, type: response.headers.get('Content-Type'), text: await response.text() }
}
const header =
  'id,type,title,status,dateline place,dateline date,sources,fields of work,states,field operations,author,updated at,publication time (UTC),publication time (Vienna),link'
/** The export as rows of cells, each row by column name. */
const rowsOf = (text: string) => {
  const [columns, ...rows] = Papa.parse<string[]>(text, { newline: '\r\n', skipEmptyLines: true }).data
  return rows.map((row) => Object.fromEntries(columns!.map((column, index) => [column, row[index]!])))
}

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
    const page = releasePageSchema.parse(
      (await api('/releases?status=published&sort=title&pageSize=100', { token: token.reviewer })).json,
    )
    expect(page.total).toBeGreaterThan(25)
    expect(lines).toHaveLength(page.total + 1)
    expect(lines[1]!.startsWith(`${page.items[0]!.id},`)).toBe(true)
    expect(lines.slice(1).every((line) => line.includes(',published,'))).toBe(true)
  })

  it('says when each release goes out, in UTC and on Vienna’s clocks, and links to its page in the app', async () => {
    const published = rowsOf((await exportCsv('q=Borg concludes visit')).text).find(
      (row) => row.id === 'release-borg-tajikistan',
    )
    expect(published).toMatchObject({
      status: 'published',
      'publication time (UTC)': '2024-06-26T10:00:00Z',
      'publication time (Vienna)': '2024-06-26T12:00:00+02:00',
      link: `${location.origin}/releases/release-borg-tajikistan`,
    })

    const scheduled = rowsOf((await exportCsv('status=scheduled')).text)
    expect(scheduled.length).toBeGreaterThan(0)
    for (const row of scheduled) {
      const at = db.releases.findFirst((q) => q.where({ id: row.id }))!.scheduledAt!
      expect(Date.parse(row['publication time (UTC)']!)).toBe(Math.floor(Date.parse(at) / 1000) * 1000)
      expect(Date.parse(row['publication time (Vienna)']!)).toBe(Date.parse(row['publication time (UTC)']!))
      expect(row['publication time (Vienna)']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[12]:00$/)
    }
    const drafts = rowsOf((await exportCsv('status=draft')).text)
    expect(drafts.every((row) => row['publication time (UTC)'] === '' && row['publication time (Vienna)'] === '')).toBe(
      true,
    )
  })

  it('links to the app on the origin the request came from, and ignores an Origin that is not a web origin', async () => {
    const link = async (origin: string) =>
      rowsOf((await exportCsv('q=Borg concludes visit', token.reviewer, { Origin: origin })).text)[0]!.link
    expect(await link('https://newsroom.example.org')).toBe(
      'https://newsroom.example.org/releases/release-borg-tajikistan',
    )
    expect(await link('javascript:alert(1)')).toBe(`${location.origin}/releases/release-borg-tajikistan`)
  })

  it('quotes commas and quotes, and guards a title that looks like a formula', async () => {
    const [item] = releasePageSchema.parse(
      (await api('/releases?sort=title&pageSize=1', { token: token.reviewer })).json,
    ).items
    await commit('releases', item!.id, (current) => ({ ...current!, title: '=HYPERLINK("http://evil", "Click")' }))
    const { text } = await exportCsv('q=HYPERLINK')
    const lines = text.trimEnd().split('\r\n')
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain(`,"'=HYPERLINK(""http://evil"", ""Click"")",`)
  })

  it('is UTF-8 with a byte-order mark (names such as Hadžić survive Excel), and ends every line with CRLF', async () => {
    const response = await fetch('/api/releases/export?author=user-editor-amra', {
      headers: { Authorization: `Bearer ${token.reviewer}` },
    })
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect(bytes.slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]))
    const text = new TextDecoder().decode(bytes)
    expect(text.startsWith(`${header}\r\n`)).toBe(true)
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/)
    // "Hadžić" as UTF-8 bytes (ž is C5 BE, ć is C4 87), which the mark tells Excel to read as such.
    expect(text).toContain(',Amra Hadžić,')
    const hadzic = [0x48, 0x61, 0x64, 0xc5, 0xbe, 0x69, 0xc4, 0x87]
    expect(Buffer.from(bytes).includes(Buffer.from(hadzic))).toBe(true)
  })

  it('writes every title, field of work and field operation that a spreadsheet would run with a leading apostrophe', async () => {
    const hostile = [
      '=HYPERLINK("http://x","y")',
      '@SUM(1)',
      '+SUM(9)',
      "-2+3+cmd|' /C calc'!A0",
      '\tTab first',
      '\rReturn first',
      '=1+1\nsecond line',
    ]
    const releases = db.releases.all().slice(0, hostile.length)
    const fields = db.fieldsOfWork.all()
    const operations = db.fieldOperations.all()
    for (const [index, name] of hostile.entries()) {
      await commit('fieldsOfWork', fields[index]!.id, (current) => ({ ...current!, name }))
      await commit('fieldOperations', operations[index]!.id, (current) => ({ ...current!, name }))
      await commit('releases', releases[index]!.id, (current) => ({
        ...current!,
        title: name,
        fieldOfWorkIds: [fields[index]!.id],
        fieldOperationIds: [operations[index]!.id],
      }))
    }
    const { text } = await exportCsv('sort=title')
    // Read back as a spreadsheet would: no cell starts as a formula, and each such name is
    // there as text after an apostrophe. (The contract trims a leading tab or line break
    // from names and titles before they are stored; the writer's own test covers those.)
    const rows = Papa.parse<string[]>(text, { newline: '\r\n', skipEmptyLines: true }).data
    expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([])
    const columns = rows[0]!
    const byId = new Map(rows.map((row) => [row[0], row]))
    const asText = (name: string) => (/^[=+\-@\t\r]/.test(name) ? `'${name}` : name)
    for (const [index, release] of releases.entries()) {
      const stored = [
        db.releases.findFirst((q) => q.where({ id: release.id }))!.title,
        db.fieldsOfWork.findFirst((q) => q.where({ id: fields[index]!.id }))!.name,
        db.fieldOperations.findFirst((q) => q.where({ id: operations[index]!.id }))!.name,
      ]
      const cells = ['title', 'fields of work', 'field operations'].map(
        (column) => byId.get(release.id)![columns.indexOf(column)],
      )
      expect(cells).toEqual(stored.map(asText))
    }
    // And in the bytes: quoted, its quotes doubled.
    expect(text).toContain(`,"'=HYPERLINK(""http://x"",""y"")",`)
    expect(text).toContain(`,"'-2+3+cmd|' /C calc'!A0",`)
  })
})
