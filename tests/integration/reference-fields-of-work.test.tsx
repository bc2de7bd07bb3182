import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { db, find } from '../../mocks/db'
import { renderApp } from '../render'
import { admin, bumpVersion, dialog, editor, reviewer, rowOf } from './reference-helpers'

const table = () => screen.findByRole('table', { name: /^Fields of work/ })

describe('fields of work', () => {
  it.each([editor, reviewer])('are read only for %s', async (signedInAs) => {
    await renderApp('/fields-of-work', { signedInAs })
    expect(await screen.findByRole('table', { name: 'Fields of work (23)' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /New field of work|^Rename |^Delete / })).not.toBeInTheDocument()
  })

  it('adds one, refusing an empty or taken name on the field', async () => {
    const { user } = await renderApp('/fields-of-work', { signedInAs: admin })
    await user.click(await screen.findByRole('button', { name: 'New field of work' }))
    const form = await dialog('New field of work')

    await user.click(within(form).getByRole('button', { name: 'Add' }))
    expect(await within(form).findByText('Name is required')).toBeInTheDocument()
    await user.type(within(form).getByRole('textbox', { name: /^Name/ }), 'YOUTH')
    await user.click(within(form).getByRole('button', { name: 'Add' }))
    expect(await within(form).findByText('Another field of work is already called YOUTH')).toBeInTheDocument()

    await user.clear(within(form).getByRole('textbox', { name: /^Name/ }))
    await user.type(within(form).getByRole('textbox', { name: /^Name/ }), 'Cyber security')
    await user.click(within(form).getByRole('button', { name: 'Add' }))
    expect(await screen.findByRole('table', { name: 'Fields of work (24)' })).toBeInTheDocument()
    expect(rowOf(await table(), 'Cyber security')).toBeInTheDocument()
  })

  it('renames one; a stale version says so and keeps the new name typed', async () => {
    const { user } = await renderApp('/fields-of-work', { signedInAs: admin })
    await user.click(
      within(rowOf(await table(), 'Border management')).getByRole('button', { name: 'Rename Border management' }),
    )
    const form = await dialog('Rename Border management')
    await bumpVersion('fieldsOfWork', 'field-of-work-border-management')

    const name = within(form).getByRole('textbox', { name: /^Name/ })
    await user.clear(name)
    await user.type(name, 'Border security and management')
    await user.click(within(form).getByRole('button', { name: 'Rename' }))
    expect(await within(form).findByRole('alert')).toHaveTextContent('Someone else changed this — reload')
    expect(name).toHaveValue('Border security and management')

    await user.click(within(form).getByRole('button', { name: 'Reload' }))
    expect(await within(form).findByText(/The saved record now reads: “Border management”/)).toBeInTheDocument()
    await user.click(within(form).getByRole('button', { name: 'Rename' }))
    expect(
      await within(await table()).findByRole('rowheader', { name: 'Border security and management' }),
    ).toBeInTheDocument()
    expect(find('fieldsOfWork', 'field-of-work-border-management')?.name).toBe('Border security and management')
  })

  it('cannot delete one in use: the message says how many releases use it', async () => {
    const { user } = await renderApp('/fields-of-work', { signedInAs: admin })
    await user.click(
      within(rowOf(await table(), 'Border management')).getByRole('button', { name: 'Delete Border management' }),
    )
    const confirm = await dialog('Delete Border management?')
    const count = db.releases
      .all()
      .filter((release) => release.fieldOfWorkIds.includes('field-of-work-border-management')).length
    expect(
      await within(confirm).findByText(`It cannot be deleted now: it is used by ${count} releases.`, { exact: false }),
    ).toBeInTheDocument()
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }))
    expect(await within(confirm).findByRole('alert')).toHaveTextContent(
      /Border management cannot be deleted: it is used by \d+ releases?/,
    )
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  })
})
