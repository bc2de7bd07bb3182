import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { db, now } from '../../mocks/db'
import { server } from '../../mocks/node'
import { renderApp } from '../render'

/** The figures counted here from the mock db, independently of the report code. */
function expectedPerMonth() {
  const current = now()
  const months = Array.from({ length: 24 }, (_, index) => {
    const date = new Date(Date.UTC(current.getUTCFullYear(), current.getUTCMonth() - 23 + index, 1))
    return date.toISOString().slice(0, 7)
  })
  const published = db.releases.all().filter((release) => release.status === 'published' && release.publishedAt)
  return months.map(
    (month) => [month, published.filter((release) => release.publishedAt!.startsWith(month)).length] as const,
  )
}

const panel = (title: string) => within(screen.getByRole('region', { name: title }))

afterEach(() => vi.restoreAllMocks())

describe('reports page', () => {
  it('shows the five reports with headings, reachable from the navigation', async () => {
    const { user, router } = await renderApp('/', { signedInAs: 'user-reviewer-claire' })
    await user.click(await screen.findByRole('link', { name: 'Reports' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/reports'))
    expect(await screen.findByRole('heading', { level: 1, name: 'Reports' })).toBeInTheDocument()
    for (const title of [
      'Releases published per month',
      'Median review turnaround',
      'Published releases per field operation',
      'Published releases per field of work',
      'Translation turnaround',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name: title })).toBeInTheDocument()
    }
  })

  it('shows each month’s count in the table view', async () => {
    const { user } = await renderApp('/reports', { signedInAs: 'user-editor-amra' })
    await screen.findByRole('heading', { level: 1, name: 'Reports' })
    const months = panel('Releases published per month')
    const toggle = months.getByRole('button', { name: 'Show table: Releases published per month' })
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-pressed', 'true')
    const table = months.getByRole('table', { name: 'Releases published per month' })
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent))
    const expected = expectedPerMonth()
    expect(rows).toEqual(expected.map(([month, count]) => [month, String(count)]))
    expect(expected.some(([, count]) => count > 0)).toBe(true)
  })

  it('counts published releases per field of work in the table', async () => {
    const { user } = await renderApp('/reports', { signedInAs: 'user-editor-amra' })
    await screen.findByRole('heading', { level: 1, name: 'Reports' })
    const fields = panel('Published releases per field of work')
    await user.click(fields.getByRole('button', { name: /^Show table/ }))
    const table = fields.getByRole('table', { name: 'Published releases per field of work' })
    const published = db.releases.all().filter((release) => release.status === 'published')
    for (const field of db.fieldsOfWork.all()) {
      const row = within(table).getByRole('rowheader', { name: field.name }).closest('tr')!
      expect(within(row).getByRole('cell')).toHaveTextContent(
        String(published.filter((release) => release.fieldOfWorkIds.includes(field.id)).length),
      )
    }
  })

  it('downloads a report as CSV made from the same figures', async () => {
    let blob: Blob | undefined
    const createObjectURL = vi.fn<(value: Blob) => string>((value) => {
      blob = value
      return 'blob:report'
    })
    URL.createObjectURL = createObjectURL
    URL.revokeObjectURL = vi.fn<(url: string) => void>()
    const clicks: HTMLAnchorElement[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this)
    })
    const { user } = await renderApp('/reports', { signedInAs: 'user-admin-elena' })
    await screen.findByRole('heading', { level: 1, name: 'Reports' })

    await user.click(
      panel('Releases published per month').getByRole('button', { name: 'Download CSV: Releases published per month' }),
    )

    expect(createObjectURL).toHaveBeenCalledOnce()
    expect(clicks[0]?.download).toBe('releases-published-per-month.csv')
    expect(clicks[0]?.href).toBe('blob:report')
    expect(blob?.type).toBe('text/csv;charset=utf-8')
    const lines = (await blob!.text()).trimEnd().split('\r\n')
    expect(lines[0]).toBe('Month,Releases published')
    expect(lines.slice(1)).toEqual(expectedPerMonth().map(([month, count]) => `${month},${count}`))
  })

  it('shows translation turnaround per language, named, in days, with the originals still without one, and as CSV', async () => {
    server.use(
      http.get('/api/reports/translation-turnaround', () =>
        HttpResponse.json({
          originals: 40,
          items: [
            { language: 'ru', count: 6, medianHours: 36, p90Hours: 120, missing: 34 },
            { language: 'mk', count: 0, medianHours: null, p90Hours: null, missing: 40 },
          ],
        }),
      ),
    )
    let blob: Blob | undefined
    URL.createObjectURL = vi.fn<(value: Blob) => string>((value) => {
      blob = value
      return 'blob:report'
    })
    URL.revokeObjectURL = vi.fn<(url: string) => void>()
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const { user } = await renderApp('/reports', { signedInAs: 'user-admin-elena' })
    await screen.findByRole('heading', { level: 1, name: 'Reports' })
    const translations = panel('Translation turnaround')
    expect(translations.getByText(/Of the 40 originals published in that time/)).toBeInTheDocument()
    expect(await translations.findByRole('figure', { name: /^Chart: Translation turnaround/ })).toBeInTheDocument()

    await user.click(translations.getByRole('button', { name: 'Show table: Translation turnaround' }))
    const table = translations.getByRole('table', { name: /^Translations per language/ })
    const cells = (name: string) =>
      within(within(table).getByRole('rowheader', { name }).closest('tr')!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
    // Names from GET /languages, never codes; 36 h is 1.5 days, 120 h 5.
    expect(cells('Russian')).toEqual(['6', '1.5', '5', '34'])
    expect(cells('Macedonian')).toEqual(['0', '—', '—', '40'])
    expect(within(table).queryByRole('rowheader', { name: 'ru' })).not.toBeInTheDocument()
    expect(within(table).getByRole('columnheader', { name: 'Median (days)' })).toBeInTheDocument()

    await user.click(translations.getByRole('button', { name: 'Download CSV: Translation turnaround' }))
    expect((await blob!.text()).trimEnd().split('\r\n')).toEqual([
      'Language,Translations published,Median (days),90th percentile (days),Originals without one',
      'Russian,6,1.5,5,34',
      'Macedonian,0,,,40',
    ])
  })

  it('counts the seed’s Russian translations published in the last 24 months under Russian', async () => {
    const { user } = await renderApp('/reports', { signedInAs: 'user-reviewer-claire' })
    await screen.findByRole('heading', { level: 1, name: 'Reports' })
    const translations = panel('Translation turnaround')
    await user.click(translations.getByRole('button', { name: /^Show table/ }))
    const table = translations.getByRole('table', { name: /^Translations per language/ })
    // The seed's translations go out once each, so their publishedAt is their first publication.
    const months = new Set(expectedPerMonth().map(([month]) => month))
    const russian = db.releases
      .all()
      .filter(
        (release) =>
          release.originalId &&
          release.language === 'ru' &&
          release.status === 'published' &&
          months.has(release.publishedAt!.slice(0, 7)),
      ).length
    expect(russian).toBeGreaterThan(0)
    const row = within(table).getByRole('rowheader', { name: 'Russian' }).closest('tr')!
    expect(within(row).getAllByRole('cell')[0]).toHaveTextContent(String(russian))
    // The most translated language comes first.
    expect(within(table).getAllByRole('rowheader')[0]).toHaveTextContent('Russian')
  })

  it('shows the two compact reports on the dashboard, linking to all reports', async () => {
    const { user, router } = await renderApp('/', { signedInAs: 'user-editor-amra' })
    const turnaround = within(await screen.findByRole('region', { name: 'Median review turnaround' }))
    expect(screen.getByRole('region', { name: 'Releases published per month' })).toBeInTheDocument()
    await user.click(turnaround.getByRole('link', { name: 'All reports' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/reports'))
  })

  it('keeps a dashboard chart’s room while its figures load', async () => {
    let release: () => void = () => {}
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    // Answering nothing lets the request through to the mock backend once the gate opens.
    server.use(
      http.get('/api/reports/published-per-month', async () => {
        await gate
      }),
    )
    await renderApp('/', { signedInAs: 'user-editor-amra' })

    const region = await screen.findByRole('region', { name: 'Releases published per month' })
    expect(region).toHaveAttribute('aria-busy', 'true')
    expect(within(region).getByRole('status', { name: 'Loading the chart' })).toHaveStyle({ height: '160px' })
    expect(within(region).getByRole('link', { name: 'All reports' })).toBeInTheDocument()

    release()
    expect(await within(region).findByRole('figure', { name: /^Chart: Releases published per month/ })).toBeVisible()
    expect(region).not.toHaveAttribute('aria-busy')
  })
})
