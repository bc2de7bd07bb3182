import { screen, waitFor, within } from '@testing-library/react'
import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../../mocks/node'
import { renderApp } from '../render'
import { amrasDraft, saveButton } from './release-editor-helpers'

const signedInAs = 'user-editor-amra'

describe('release editor: validation', () => {
  it('says what is wrong under a field when you leave it', async () => {
    const { user } = await renderApp('/releases/new', { signedInAs })

    const title = await screen.findByRole('textbox', { name: /^Title/ })
    await user.click(title)
    await user.tab()

    expect(await screen.findByText('Title is required')).toBeInTheDocument()
    expect(title).toHaveAttribute('aria-invalid', 'true')
    await user.type(title, 'A title')
    await waitFor(() => expect(screen.queryByText('Title is required')).not.toBeInTheDocument())
  })

  it('lists every error in a summary on submit, each a link to its field', async () => {
    const { user } = await renderApp('/releases/new', { signedInAs })
    await screen.findByRole('heading', { level: 1, name: 'New release' })

    await user.click(saveButton())

    const summary = await screen.findByRole('alert')
    expect(summary).toHaveFocus()
    const links = within(summary).getAllByRole('link')
    expect(links.map((link) => link.textContent)).toEqual([
      'Title: Title is required',
      'Place: Place is required',
      'Sources: Choose at least one source',
    ])
    await user.click(within(summary).getByRole('link', { name: /^Place/ }))
    expect(screen.getByRole('combobox', { name: /^Place/ })).toHaveFocus()
    expect(screen.getByText('Not saved — fix the highlighted fields')).toBeInTheDocument()
  })

  it('shows the server’s field errors (422) on their fields', async () => {
    const draft = amrasDraft()
    server.use(
      http.patch(`/api/releases/${draft.id}`, () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Validation failed',
            status: 422,
            detail: 'Some fields are not valid.',
            errors: { 'dateline.place': 'There is no such city' },
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    const { user } = await renderApp(`/releases/${draft.id}/edit`, { signedInAs })

    const place = await screen.findByRole('combobox', { name: /^Place/ })
    await user.clear(place)
    await user.type(place, 'Atlantis')
    await user.click(saveButton())

    expect(await screen.findByText('There is no such city')).toBeInTheDocument()
    expect(place).toHaveAttribute('aria-invalid', 'true')
    expect(
      within(screen.getByRole('alert')).getByRole('link', { name: 'Place: There is no such city' }),
    ).toBeInTheDocument()
    expect(place).toHaveValue('Atlantis')
  })
})
