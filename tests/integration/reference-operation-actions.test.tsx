import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { db, find } from '../../mocks/db'
import { renderApp } from '../render'
import { admin, dialog, rowOf } from './reference-helpers'

const dushanbe = 'field-operation-programme-office-in-dushanbe'
const ukraine = 'field-operation-special-monitoring-mission-to-ukraine'
const table = () => screen.findByRole('table', { name: /^Field operations/ })
const releases = () => db.releases.all()
const actionsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('button')
    .map((button) => button.textContent)
/** The notice after a save: a status (read when the reader is idle), never an alert that takes the focus. */
const notice = async (text: string) => (await screen.findByText(text)).closest('[role="status"]')

describe('field operations: row actions, reopen, and what a close or delete affects', () => {
  it('keeps each action in its place: Reopen where Close is, Delete always third', async () => {
    await renderApp('/field-operations', { signedInAs: admin })
    const active = rowOf(await table(), 'Programme Office in Dushanbe')
    const closed = rowOf(await table(), 'Special Monitoring Mission to Ukraine')
    expect(actionsOf(active)).toEqual(['Edit', 'Close', 'Delete'])
    expect(actionsOf(closed)).toEqual(['Edit', 'Reopen', 'Delete'])
    expect(
      within(closed).getByRole('button', { name: 'Reopen operation Special Monitoring Mission to Ukraine' }),
    ).toBeInTheDocument()
  })

  it('reopens a closed operation after asking, and confirms it', async () => {
    const { user } = await renderApp('/field-operations', { signedInAs: admin })
    await user.click(
      within(rowOf(await table(), 'Special Monitoring Mission to Ukraine')).getByRole('button', {
        name: 'Reopen operation Special Monitoring Mission to Ukraine',
      }),
    )
    const confirm = await dialog('Reopen Special Monitoring Mission to Ukraine?')
    expect(confirm).toHaveTextContent('It closed in 2022.')
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    await user.click(within(confirm).getByRole('button', { name: 'Reopen' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(await notice('Reopened Special Monitoring Mission to Ukraine')).not.toBeNull()
    expect(
      await within(rowOf(await table(), 'Special Monitoring Mission to Ukraine')).findByText('Active'),
    ).toBeInTheDocument()
    expect(find('fieldOperations', ukraine)).toMatchObject({ closed: null, version: 2 })
  })

  it('offers Reopen on a closed operation’s page', async () => {
    const { user } = await renderApp(`/field-operations/${ukraine}`, { signedInAs: admin })
    await user.click(await screen.findByRole('button', { name: 'Reopen operation' }))
    await user.click(within(await dialog(/^Reopen /)).getByRole('button', { name: 'Reopen' }))
    expect(await screen.findByRole('button', { name: 'Close operation' })).toBeInTheDocument()
    expect(find('fieldOperations', ukraine)?.closed).toBeNull()
  })

  it('warns, when closing, of the releases assigned to it that are still to go out', async () => {
    const assigned = releases().filter((release) => release.fieldOperationIds.includes(dushanbe))
    const scheduled = assigned.filter((release) => release.status === 'scheduled').length
    const inReview = assigned.filter((release) => release.status === 'in-review').length
    expect(scheduled + inReview).toBeGreaterThan(0)
    const { user } = await renderApp('/field-operations', { signedInAs: admin })
    await user.click(
      within(rowOf(await table(), 'Programme Office in Dushanbe')).getByRole('button', {
        name: 'Close operation Programme Office in Dushanbe',
      }),
    )
    const form = await dialog('Close Programme Office in Dushanbe')
    const parts = [
      scheduled > 0 ? `${scheduled} scheduled release${scheduled === 1 ? '' : 's'}` : null,
      inReview > 0 ? `${inReview} release${inReview === 1 ? '' : 's'} in review` : null,
    ].filter(Boolean)
    expect(await within(form).findByRole('note', { name: 'Releases still on their way out' })).toHaveTextContent(
      `${parts.join(' and ')} assigned to it will still name it when they are published.`,
    )
  })

  it('says before the click what uses an operation, as the server will when it refuses', async () => {
    const assigned = releases().filter((release) => release.fieldOperationIds.includes(dushanbe)).length
    const sourced = releases().filter((release) => release.sourceIds.includes(`structure-${dushanbe}`)).length
    const { user } = await renderApp('/field-operations', { signedInAs: admin })
    await user.click(
      within(rowOf(await table(), 'Programme Office in Dushanbe')).getByRole('button', {
        name: 'Delete Programme Office in Dushanbe',
      }),
    )
    const confirm = await dialog('Delete Programme Office in Dushanbe?')
    expect(
      await within(confirm).findByText(
        `It cannot be deleted now: it is used by ${assigned} releases assigned to it and ${sourced} releases that name it as their source.`,
        { exact: false },
      ),
    ).toBeInTheDocument()
  })

  it('says when nothing uses an operation, deletes it, and confirms it', async () => {
    const unused = db.fieldOperations
      .all()
      .find(
        (operation) =>
          !releases().some(
            (release) =>
              release.fieldOperationIds.includes(operation.id) ||
              release.sourceIds.includes(`structure-${operation.id}`),
          ),
      )!
    const { user } = await renderApp('/field-operations', { signedInAs: admin })
    await user.click(within(rowOf(await table(), unused.name)).getByRole('button', { name: `Delete ${unused.name}` }))
    const confirm = await dialog(`Delete ${unused.name}?`)
    expect(await within(confirm).findByText(/No release or record uses it\./)).toBeInTheDocument()
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }))
    expect(await notice(`Deleted ${unused.name}`)).not.toBeNull()
    expect(find('fieldOperations', unused.id)).toBeUndefined()
  })
})
