import { screen, waitFor, within } from '@testing-library/react'
import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import { find } from '../../mocks/db'
import { server } from '../../mocks/node'
import { renderApp } from '../render'
import { problem } from './problem'
import { admin, bumpVersion, dialog, editor, reviewer, rowOf } from './reference-helpers'

const statesTable = () => screen.findByRole('table', { name: /Participating States|Partners/ })

describe('participating States and partners', () => {
  it('searches and filters by kind through the URL', async () => {
    const { user, router } = await renderApp('/states?kind=participating-state', { signedInAs: editor })
    expect(await screen.findByRole('table', { name: 'Participating States (57)' })).toBeInTheDocument()

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'mon')
    expect(await screen.findByRole('table', { name: 'Participating States (3)' })).toBeInTheDocument()
    expect(router.state.location.search).toEqual({ kind: 'participating-state', q: 'mon' })
    const table = await statesTable()
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Monaco', 'Mongolia', 'Montenegro'])
  })

  it.each([editor, reviewer])('shows no edit controls to %s', async (signedInAs) => {
    await renderApp('/states', { signedInAs })
    const table = await statesTable()
    expect(within(table).queryByRole('columnheader', { name: 'Actions' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /New State/ })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^(Edit|Delete) / })).not.toBeInTheDocument()
  })

  it('creates a State: client messages on blur and submit, server messages on their fields, focus back on New', async () => {
    const { user } = await renderApp('/states', { signedInAs: admin })
    const newButton = await screen.findByRole('button', { name: 'New State or Partner' })
    await user.click(newButton)
    const form = await dialog('New State or Partner')

    await user.click(within(form).getByRole('textbox', { name: /^Name/ }))
    await user.tab()
    expect(await within(form).findByText('Name is required')).toBeInTheDocument()
    await user.click(within(form).getByRole('button', { name: 'Save' }))
    expect(await within(form).findByText('ISO code must be two letters (ISO 3166-1 alpha-2)')).toBeInTheDocument()
    expect(within(form).getByText('Choose a kind')).toBeInTheDocument()

    await user.type(within(form).getByRole('textbox', { name: /^Name/ }), 'albania')
    await user.type(within(form).getByRole('textbox', { name: /^ISO/ }), 'al')
    await user.selectOptions(within(form).getByRole('combobox', { name: /^Kind/ }), 'Participating State')
    await user.click(within(form).getByRole('button', { name: 'Save' }))
    expect(await within(form).findByText('Another state is already called albania')).toBeInTheDocument()
    expect(within(form).getByText('Another state already uses AL')).toBeInTheDocument()

    await user.clear(within(form).getByRole('textbox', { name: /^Name/ }))
    await user.type(within(form).getByRole('textbox', { name: /^Name/ }), 'Atlantis')
    await user.clear(within(form).getByRole('textbox', { name: /^ISO/ }))
    await user.type(within(form).getByRole('textbox', { name: /^ISO/ }), 'aq')
    await user.type(within(form).getByRole('textbox', { name: /^Capital/ }), 'Poseidonia')
    await user.click(within(form).getByRole('button', { name: 'Save' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    const row = rowOf(await statesTable(), 'Atlantis')
    expect(within(row).getByText('AQ')).toBeInTheDocument()
    expect(within(row).getByText('Poseidonia')).toBeInTheDocument()
    await waitFor(() => expect(newButton).toHaveFocus())
  })

  it('refuses an ISO code off the ISO 3166-1 list beside the field, as typed; a saved State is confirmed', async () => {
    const { user } = await renderApp('/states?q=t%C3%BCrk', { signedInAs: admin })
    await user.click(within(rowOf(await statesTable(), 'Türkiye')).getByRole('button', { name: 'Edit Türkiye' }))
    const form = await dialog('Edit Türkiye')
    const iso = within(form).getByRole('textbox', { name: /^ISO/ })

    await user.clear(iso)
    await user.type(iso, 'tur')
    expect(iso).toHaveValue('tur')
    await user.click(within(form).getByRole('button', { name: 'Save' }))
    expect(await within(form).findByText('Use the two-letter code: TUR is TR')).toBeInTheDocument()
    expect(iso).toHaveAccessibleDescription(/Use the two-letter code: TUR is TR/)
    expect(find('states', 'state-tr')).toMatchObject({ iso2: 'TR', version: 1 })

    await user.clear(iso)
    await user.type(iso, 'tr')
    await user.click(within(form).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    // A status, read out when the reader is idle; the focus goes back to the row's Edit, not to it.
    const notice = (await screen.findByText('Saved Türkiye')).closest<HTMLElement>('[role="status"]')
    expect(notice).not.toBeNull()
    // Its × says what it closes, as every dialog's does (axe: button-name).
    expect(within(notice!).getByRole('button', { name: 'Close notice' })).toBeInTheDocument()
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit Türkiye' })).toHaveFocus())
    expect(find('states', 'state-tr')).toMatchObject({ iso2: 'TR', version: 2 })
  })

  it('keeps what was typed when someone else saved first, and saves over the reloaded version', async () => {
    const { user } = await renderApp('/states', { signedInAs: admin })
    await user.click(within(rowOf(await statesTable(), 'Albania')).getByRole('button', { name: 'Edit Albania' }))
    const form = await dialog('Edit Albania')
    await bumpVersion('states', 'state-al')

    const capital = within(form).getByRole('textbox', { name: /^Capital/ })
    await user.clear(capital)
    await user.type(capital, 'Tirana (Tiranë)')
    await user.click(within(form).getByRole('button', { name: 'Save' }))

    expect(await within(form).findByRole('alert')).toHaveTextContent('Someone else changed this — reload')
    expect(capital).toHaveValue('Tirana (Tiranë)')
    await user.click(within(form).getByRole('button', { name: 'Reload' }))
    expect(await within(form).findByText(/Version 2 loaded/)).toBeInTheDocument()
    expect(capital).toHaveValue('Tirana (Tiranë)')

    await user.click(within(form).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(find('states', 'state-al')).toMatchObject({ capital: 'Tirana (Tiranë)', version: 3 }))
  })

  it('keeps the dialog open with the values after a failed save; Retry saves', async () => {
    const { user } = await renderApp('/states', { signedInAs: admin })
    await user.click(within(rowOf(await statesTable(), 'Albania')).getByRole('button', { name: 'Edit Albania' }))
    const form = await dialog('Edit Albania')
    server.use(
      http.patch('/api/states/:id', () => problem(500, 'Internal server error', 'The database is down.'), {
        once: true,
      }),
    )

    await user.clear(within(form).getByRole('textbox', { name: /^Capital/ }))
    await user.type(within(form).getByRole('textbox', { name: /^Capital/ }), 'Durrës')
    await user.click(within(form).getByRole('button', { name: 'Save' }))
    expect(await within(form).findByRole('alert')).toHaveTextContent('The database is down.')
    expect(within(form).getByRole('textbox', { name: /^Capital/ })).toHaveValue('Durrës')

    await user.click(within(form).getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(within(rowOf(await statesTable(), 'Albania')).getByText('Durrës')).toBeInTheDocument()
  })

  it('refuses to delete a State in use and says what uses it', async () => {
    const { user } = await renderApp('/states?q=tajik', { signedInAs: admin })
    await user.click(
      within(rowOf(await statesTable(), 'Tajikistan')).getByRole('button', { name: 'Delete Tajikistan' }),
    )
    const confirm = await dialog('Delete Tajikistan?')
    // Said before the click, in the words the server refuses with.
    expect(
      await within(confirm).findByText(
        /It cannot be deleted now: it is used by \d+ releases? and the field operation Programme Office in Dushanbe\. Remove those references first\./,
      ),
    ).toBeInTheDocument()
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }))

    const alert = await within(confirm).findByRole('alert')
    expect(alert).toHaveTextContent(/Tajikistan cannot be deleted: it is used by \d+ releases?/)
    expect(alert).toHaveTextContent('Programme Office in Dushanbe')
    expect(find('states', 'state-tj')).toBeDefined()
  })

  it('deletes a State nothing uses', async () => {
    const { user } = await renderApp('/states?q=thailand', { signedInAs: admin })
    await user.click(within(rowOf(await statesTable(), 'Thailand')).getByRole('button', { name: 'Delete Thailand' }))
    const confirm = await dialog('Delete Thailand?')
    expect(await within(confirm).findByText(/No release or record uses it\./)).toBeInTheDocument()
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }))
    expect(await screen.findByText('Nothing matches “thailand”')).toBeInTheDocument()
    expect((await screen.findByText('Deleted Thailand')).closest('[role="status"]')).not.toBeNull()
    expect(find('states', 'state-th')).toBeUndefined()
  })
})
