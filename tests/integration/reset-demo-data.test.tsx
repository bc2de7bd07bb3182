import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { commit, find } from '../../mocks/db'
import { renderApp } from '../render'

const signedInAs = 'user-admin-elena'
const field = 'field-of-work-border-management'

/** A change made in the demo: one field of work renamed. */
async function renameField() {
  await commit('fieldsOfWork', field, (current) => ({
    ...current!,
    name: 'Renamed in the demo',
    version: current!.version + 1,
  }))
}

describe('reset demo data', () => {
  it('asks first, saying what will be lost; Cancel changes nothing', async () => {
    await renameField()
    const { user } = await renderApp('/fields-of-work', { signedInAs })
    const table = await screen.findByRole('table', { name: 'Fields of work (23)' })
    expect(within(table).getByRole('rowheader', { name: 'Renamed in the demo' })).toBeInTheDocument()

    const button = screen.getByRole('button', { name: 'Reset demo data' })
    await user.click(button)

    const dialog = await screen.findByRole('dialog', { name: 'Reset the demo data?' })
    expect(dialog).toHaveTextContent('Every change made in the demo is lost, in every tab')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    await waitFor(() => expect(button).toHaveFocus())
    expect(find('fieldsOfWork', field)?.name).toBe('Renamed in the demo')
    expect(within(table).getByRole('rowheader', { name: 'Renamed in the demo' })).toBeInTheDocument()
  })

  // What is on screen is reloaded after (app-shell.test.tsx). In Node the mock keeps no journal, so
  // a reset also forgets the sessions (the browser keeps them) and the page goes to sign-in.
  it('resets once confirmed', async () => {
    await renameField()
    const { user } = await renderApp('/fields-of-work', { signedInAs })
    await screen.findByRole('rowheader', { name: 'Renamed in the demo' })

    await user.click(screen.getByRole('button', { name: 'Reset demo data' }))
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Reset the demo data?' })).getByRole('button', {
        name: 'Reset',
      }),
    )

    expect(await screen.findByText('The demo data is back to its starting point.')).toBeInTheDocument()
    expect(find('fieldsOfWork', field)?.name).not.toBe('Renamed in the demo')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})
