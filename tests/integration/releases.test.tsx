import { screen, within } from '@testing-library/react'
import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../../mocks/node'
import { renderApp } from '../render'

const signedInAs = 'user-reviewer-tomasz'

const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1)

describe('releases list', () => {
  it('shows a page of releases with status, dateline, sources and author', async () => {
    await renderApp('/releases', { signedInAs })

    expect(await screen.findByRole('heading', { level: 1, name: 'Releases' })).toBeInTheDocument()
    const table = screen.getByRole('table', { name: /^Releases \(\d+\)$/ })
    const rows = bodyRows(table)
    expect(rows).toHaveLength(25)
    for (const header of ['Title', 'Status', 'Dateline', 'Sources', 'Field operations', 'Author', 'Last updated']) {
      expect(within(table).getByRole('columnheader', { name: header })).toBeInTheDocument()
    }
    const [first] = rows
    const cells = within(first as HTMLElement).getAllByRole('cell')
    // "PLACE, 26 June 2024": the place upper-case, the date in words.
    expect(cells[1]).toHaveTextContent(/^[\p{Lu} '-]+, \d{1,2} [A-Z][a-z]+ \d{4}$/u)
    expect(cells[2]).toHaveTextContent(/^OSCE /)
    expect(within(table).getByRole('columnheader', { name: 'Last updated' })).toHaveAttribute('aria-sort', 'descending')
  })

  it('pages on the server, with page and page size in the URL', async () => {
    const { user, router } = await renderApp('/releases', { signedInAs })

    const table = await screen.findByRole('table', { name: /^Releases/ })
    const firstOnPageOne = within(bodyRows(table)[0] as HTMLElement).getByRole('rowheader').textContent
    expect(screen.getByText(/^1–25 of \d+$/)).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Page 2' }))

    expect(await screen.findByText(/^26–50 of \d+$/)).toBeInTheDocument()
    expect(router.state.location.search).toMatchObject({ page: 2 })
    expect(within(bodyRows(table)[0] as HTMLElement).getByRole('rowheader').textContent).not.toBe(firstOnPageOne)
    expect(screen.getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page')

    expect(
      within(screen.getByLabelText('Rows per page'))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['25', '50', '100'])
    await user.selectOptions(screen.getByLabelText('Rows per page'), '50')

    expect(await screen.findByText(/^1–50 of \d+$/)).toBeInTheDocument()
    // Defaults stay out of the URL: page 1 is implied.
    expect(router.state.location.href).toBe('/releases?pageSize=50')
    expect(bodyRows(screen.getByRole('table', { name: /^Releases/ }))).toHaveLength(50)
  })

  it('keeps the previous page on screen while the next one loads', async () => {
    let release: () => void = () => {}
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    const { user } = await renderApp('/releases', { signedInAs })
    const table = await screen.findByRole('table', { name: /^Releases/ })
    const firstTitle = within(bodyRows(table)[0] as HTMLElement).getByRole('rowheader').textContent
    // Holds page 2 until the gate opens, then lets it through to the mock backend.
    server.use(
      http.get('/api/releases', async ({ request }) => {
        if (new URL(request.url).searchParams.get('page') === '2') await gate
      }),
    )

    await user.click(screen.getByRole('button', { name: 'Page 2' }))

    expect(await screen.findByRole('table', { name: /^Releases/ })).toHaveAttribute('aria-busy', 'true')
    expect(within(bodyRows(table)[0] as HTMLElement).getByRole('rowheader')).toHaveTextContent(firstTitle ?? '')

    release()
    expect(await screen.findByText(/^26–50 of \d+$/)).toBeInTheDocument()
    expect(screen.getByRole('table', { name: /^Releases/ })).not.toHaveAttribute('aria-busy')
  })

  it('reads paging and sorting from a link, and sorts by a column', async () => {
    const { user, router } = await renderApp('/releases?page=3&pageSize=50&sort=title', { signedInAs })

    expect(await screen.findByText(/^101–150 of \d+$/)).toBeInTheDocument()
    const table = screen.getByRole('table', { name: /^Releases/ })
    const titles = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent ?? '')
    expect(titles).toEqual(titles.toSorted((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })))
    expect(within(table).getByRole('columnheader', { name: 'Title' })).toHaveAttribute('aria-sort', 'ascending')

    await user.click(within(table).getByRole('button', { name: 'Title' }))

    expect(await screen.findByText(/^1–50 of \d+$/)).toBeInTheDocument()
    expect(router.state.location.href).toBe('/releases?pageSize=50&sort=-title')
  })

  it('falls back to defaults for a hand-edited link', async () => {
    // 10 is a valid page size for the API, but not one this list offers.
    await renderApp('/releases?page=zero&pageSize=10&sort=nonsense&status=nonsense&from=2024-13-01', { signedInAs })

    expect(await screen.findByText(/^1–25 of \d+$/)).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: /^All/ })).toBeChecked()
    expect(screen.getByRole('textbox', { name: 'From' })).toHaveValue('')
  })

  it('filters by status', async () => {
    const { user, router } = await renderApp('/releases', { signedInAs })

    await user.click(await screen.findByRole('radio', { name: /^Scheduled/ }))

    expect(router.state.location.search).toMatchObject({ status: 'scheduled' })
    const table = await screen.findByRole('table', { name: /^Releases/ })
    await screen.findByText(/^1–\d+ of \d+$/)
    for (const row of bodyRows(table)) expect(within(row).getByText('Scheduled')).toBeInTheDocument()
  })

  it('finds the source page’s release by free text, with its dateline and sources', async () => {
    const { user, router } = await renderApp('/releases', { signedInAs })

    await user.type(await screen.findByRole('searchbox', { name: 'Search' }), 'Borg concludes')

    const table = await screen.findByRole('table', { name: 'Releases (1)' })
    expect(router.state.location.search).toEqual({ q: 'Borg concludes' })
    const row = within(table)
      .getByRole('rowheader', { name: /^OSCE Chair-in-Office Borg concludes visit to Tajikistan/ })
      .closest('tr') as HTMLElement
    // The table gives the month short (and lets the date go below the place), so that every column fits at 1280 px.
    expect(row).toHaveTextContent('DUSHANBE, 26 Jun 2024')
    expect(within(row).getByText('OSCE Chairpersonship, OSCE Programme Office in Dushanbe')).toBeInTheDocument()
    expect(within(row).getByText('Published')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Clear search' }))

    expect(await screen.findByRole('table', { name: /^Releases \((?!1\))\d+\)$/ })).toBeInTheDocument()
    expect(router.state.location.href).toBe('/releases')
  })

  it('says so when nothing matches the search', async () => {
    await renderApp('/releases?q=zzzz-nothing', { signedInAs })

    expect(await screen.findByText('No releases match these filters')).toBeInTheDocument()
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('zzzz-nothing')
  })

  it('says so when there are no releases', async () => {
    server.use(
      http.get('/api/releases', () =>
        HttpResponse.json({ items: [], total: 0, totalCapped: false, page: 1, pageSize: 25 }),
      ),
    )
    await renderApp('/releases', { signedInAs })

    expect(await screen.findByText('No releases yet')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument()
    expect(screen.getByRole('table', { name: 'Releases (0)' })).toBeInTheDocument()
  })

  it('says so when a link points past the last page', async () => {
    const { user, router } = await renderApp('/releases?page=999', { signedInAs })

    expect(await screen.findByText('This page is past the last one')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Go to the first page' }))
    expect(await screen.findByText(/^1–25 of \d+$/)).toBeInTheDocument()
    expect(router.state.location.href).toBe('/releases')
  })
})
