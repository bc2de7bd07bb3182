import { act, screen, waitFor, within } from '@testing-library/react'
import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../../mocks/node'
import { renderApp } from '../render'

const signedInAs = 'user-reviewer-tomasz'
const searchBox = () => screen.getByRole('searchbox', { name: 'Search' })

describe('searching the releases list', () => {
  it('shows a word’s rows and counts together with its URL', async () => {
    const { user, router } = await renderApp('/releases', { signedInAs })
    await screen.findByRole('table', { name: /^Releases/ })

    await user.type(searchBox(), 'Borg concludes')

    expect(await screen.findByRole('table', { name: 'Releases (1)' })).toBeInTheDocument()
    expect(router.state.location.search).toEqual({ q: 'Borg concludes' })
    expect(screen.getByRole('radio', { name: 'All 1' })).toBeChecked()
  })

  it('steps back and forward through the words searched', async () => {
    const { user, router } = await renderApp('/releases?q=Borg%20concludes', { signedInAs })
    await screen.findByRole('table', { name: 'Releases (1)' })

    // The new word in one go (pasted over the old one), so that history holds exactly these two words.
    await user.tripleClick(searchBox())
    await user.paste('zzzz-nothing')
    expect(await screen.findByText('No releases match these filters')).toBeInTheDocument()
    expect(router.state.location.search).toEqual({ q: 'zzzz-nothing' })

    act(() => router.history.back())
    expect(await screen.findByRole('table', { name: 'Releases (1)' })).toBeInTheDocument()
    expect(searchBox()).toHaveValue('Borg concludes')
    act(() => router.history.forward())
    expect(await screen.findByText('No releases match these filters')).toBeInTheDocument()
    expect(searchBox()).toHaveValue('zzzz-nothing')
  })

  it('never lets an older word’s late answer replace a newer word’s rows', async () => {
    let release: () => void = () => {}
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    // Holds the answer for "Borg" until the gate opens, then lets it through to the mock backend.
    server.use(
      http.get('/api/releases', async ({ request }) => {
        if (new URL(request.url).searchParams.get('q') === 'Borg') await gate
      }),
    )
    const { user, router, queryClient } = await renderApp('/releases', { signedInAs })
    await screen.findByRole('table', { name: /^Releases/ })

    await user.type(searchBox(), 'Borg')
    await waitFor(() => expect(router.state.location.search).toEqual({ q: 'Borg' }), { timeout: 5000 })
    await user.clear(searchBox())
    await user.type(searchBox(), 'zzzz-nothing')
    expect(await screen.findByText('No releases match these filters')).toBeInTheDocument()

    release()
    await waitFor(() => expect(queryClient.isFetching()).toBe(0))

    expect(screen.getByText('No releases match these filters')).toBeInTheDocument()
    expect(router.state.location.search).toEqual({ q: 'zzzz-nothing' })
    expect(searchBox()).toHaveValue('zzzz-nothing')
  })

  it('moves between statuses with the arrow keys, one radio group with the counts in their names', async () => {
    const { user, router } = await renderApp('/releases', { signedInAs })
    const all = await screen.findByRole('radio', { name: /^All \d+$/ })
    const group = screen.getByRole('radiogroup', { name: 'Status' })
    const radios = within(group).getAllByRole('radio')
    expect(new Set(radios.map((radio) => radio.getAttribute('name'))).size).toBe(1)

    await user.click(all)
    await user.keyboard('{ArrowRight}')

    expect(await screen.findByRole('radio', { name: /^Draft \d+$/ })).toBeChecked()
    await waitFor(() => expect(router.state.location.search).toEqual({ status: 'draft' }))
    expect(all).not.toBeChecked()
  })
})
