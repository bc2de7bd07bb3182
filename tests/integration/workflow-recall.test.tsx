import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { find } from '../../mocks/db'
import { renderApp } from '../render'
import { arrange, seeded, statusInToolbar, toolbar, toolbarActions, transition } from './workflow-helpers'

describe('release page: its author recalls it from review', () => {
  it('takes it back to draft with a confirmation, records it in the history, and offers Edit again', async () => {
    await arrange(seeded, { status: 'draft', authorId: 'user-editor-jonas' })
    await transition('user-editor-jonas', seeded, { action: 'submit' })
    const { user } = await renderApp(`/releases/${seeded}`, { signedInAs: 'user-editor-jonas' })

    await user.click(within(await toolbar()).getByRole('button', { name: 'Recall from review' }))
    const dialog = await screen.findByRole('dialog', { name: 'Recall from review' })
    await user.type(within(dialog).getByRole('textbox', { name: 'Note (optional)' }), 'A typo in the title.')
    await user.click(within(dialog).getByRole('button', { name: 'Recall from review' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(await statusInToolbar()).toHaveTextContent('Draft')
    expect(screen.getByText('Recalled: it is a draft again.')).toBeInTheDocument()
    expect(find('releases', seeded)).toMatchObject({ status: 'draft' })
    expect(await toolbarActions()).toEqual(['Delete draft', 'Edit', 'Submit for review'])
    const history = screen.getByRole('list', { name: 'Activity' })
    expect(await within(history).findByText('Recalled from review')).toBeInTheDocument()
    expect(within(history).getByText('In review → Draft')).toBeInTheDocument()
    expect(within(history).getByText('A typo in the title.')).toBeInTheDocument()
  })

  it('is not offered once a reviewer has acted, nor to another editor', async () => {
    await arrange(seeded, { status: 'draft', authorId: 'user-editor-jonas' })
    await transition('user-editor-jonas', seeded, { action: 'submit' })
    const other = await renderApp(`/releases/${seeded}`, { signedInAs: 'user-editor-amra' })
    expect(await toolbarActions()).toEqual([])
    other.view.unmount()

    await transition('user-reviewer-claire', seeded, { action: 'request-changes', comment: 'Shorter.' })
    await renderApp(`/releases/${seeded}`, { signedInAs: 'user-editor-jonas' })
    expect(await toolbarActions()).toEqual(['Edit', 'Submit for review'])
  })
})
