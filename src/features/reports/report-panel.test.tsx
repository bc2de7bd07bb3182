import { MantineProvider } from '@mantine/core'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { perFieldOfWorkReport, perFieldOperationReport } from './report-definitions'
import { ReportPanel } from './report-panel'
import type { Report } from './report-definitions'

// Names an admin could give a field of work or operation, each of which a spreadsheet runs.
const hostile = [
  '=HYPERLINK("http://x","y")',
  '@SUM(1)',
  '+SUM(9)',
  "-2+3+cmd|' /C calc'!A0",
  '\tTab first',
  '\rReturn first',
]
const escaped = [
  `"'=HYPERLINK(""http://x"",""y"")"`,
  `"'@SUM(1)"`,
  `"'+SUM(9)"`,
  `"'-2+3+cmd|' /C calc'!A0"`,
  `"'\tTab first"`,
  `"'\rReturn first"`,
]
const ref = (name: string, index: number) => ({ id: `ref-${index}`, name })

/** Clicks the panel's Download CSV and answers the bytes of the file the browser was handed. */
async function downloadedBytes(report: Report): Promise<Uint8Array> {
  let blob: Blob | undefined
  URL.createObjectURL = vi.fn<(value: Blob) => string>((value) => {
    blob = value
    return 'blob:report'
  })
  URL.revokeObjectURL = vi.fn<(url: string) => void>()
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
  render(
    <MantineProvider env="test">
      <ReportPanel report={report} />
    </MantineProvider>,
  )
  await userEvent.setup().click(screen.getByRole('button', { name: `Download CSV: ${report.title}` }))
  // Wait for the lazily loaded chart too, so nothing renders after the test.
  await screen.findByRole('figure', { name: new RegExp(`^Chart: ${report.title}`) })
  return new Uint8Array(await blob!.arrayBuffer())
}

// jsdom has no object URLs: each test provides them, and takes them away again.
const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL }
afterEach(() => {
  URL.createObjectURL = original.create
  URL.revokeObjectURL = original.revoke
})

// TextDecoder drops a leading byte-order mark.
const lines = (bytes: Uint8Array) => new TextDecoder().decode(bytes).split('\r\n')

describe('a report’s CSV', () => {
  it('writes a field of work that looks like a formula with a leading apostrophe, in UTF-8 with a byte-order mark', async () => {
    const report = perFieldOfWorkReport({
      items: hostile.map((name, index) => ({ fieldOfWork: ref(name, index), count: index })),
    })
    const bytes = await downloadedBytes(report)
    expect(bytes.slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]))
    expect(lines(bytes)).toEqual([
      'Field of work,Published releases',
      ...escaped.map((cell, index) => `${cell},${index}`),
      '',
    ])
  })

  it('does the same for a field operation, and quotes commas, quotes and line breaks', async () => {
    const names = [...hostile, 'Mission to Serbia, Belgrade', 'The "Office"', 'Two\nlines']
    const report = perFieldOperationReport({
      items: names.map((name, index) => ({ fieldOperation: ref(name, index), count: 7 })),
    })
    const text = lines(await downloadedBytes(report)).join('\r\n')
    expect(text).toBe(
      [
        'Field operation,Published releases',
        ...escaped,
        '"Mission to Serbia, Belgrade"',
        '"The ""Office"""',
        '"Two\nlines"',
      ]
        .map((cell, index) => (index === 0 ? cell : `${cell},7`))
        .join('\r\n') + '\r\n',
    )
  })
})
