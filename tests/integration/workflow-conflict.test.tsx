import { screen, waitFor, within } from '@testing-library/react'
import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import { find } from '../../mocks/db'
import { server } from '../../mocks/node'
import { renderApp } from '../render'
import { problem } from './problem'
import { arrange, seeded, statusInToolbar, toolbar, transition } from './workflow-helpers'

describe('release page: someone else moved the release first', () => {
  it('says so on 409 with what changed, keeps the typed comment, and sends it with the new version once reviewed', async () => {
    await arrange(seeded, { status: 'in-review', authorId: 'user-editor-jonas' })
    const { user } = await renderApp(`/releases/${seeded}`, { signedInAs: 'user-reviewer-claire' })
    await user.click(within(await toolbar()).getByRole('button', { name: 'Request changes' }))
    const dialog = await screen.findByRole('dialog', { name: 'Request changes' })
    const comment = 'The second paragraph repeats the first.'
    await user.type(within(dialog).getByRole('textbox', { name: /What needs to change/ }), comment)

    // Meanwhile Tomasz asks for changes, and Jonas revises and submits again: the version moves on.
    await transition('user-reviewer-tomasz', seeded, { action: 'request-changes', comment: 'Add a quote.' })
    await transition('user-editor-jonas', seeded, { action: 'submit' })
    const theirs = find('releases', seeded)!.version
    await user.click(within(dialog).getByRole('button', { name: 'Request changes' }))

    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('This release changed since you opened it')
    expect(find('releases', seeded)!.version).toBe(theirs)
    expect(within(dialog).getByRole('textbox', { name: /What needs to change/ })).toHaveValue(comment)
    // The changes are loaded after the refusal: who moved it, and that its text is as it was.
    await waitFor(() =>
      expect(dialog).toHaveTextContent(
        /Since then: Changes requested by Tomasz Nowak; Submitted for review by Jonas Lindqvist/,
      ),
    )
    expect(within(dialog).getByText('Its title, summary and body are as you saw them.')).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Review the new version' }))
    expect(await within(dialog).findByText('You are now deciding on the new version')).toBeInTheDocument()
    expect(within(dialog).getByRole('textbox', { name: /What needs to change/ })).toHaveValue(comment)

    await user.click(within(dialog).getByRole('button', { name: 'Request changes' }))
    await waitFor(() =>
      expect(find('releases', seeded)).toMatchObject({ status: 'changes-requested', version: theirs + 1 }),
    )
    expect(await statusInToolbar()).toHaveTextContent('Changes requested')
  })

  it('once the new version is loaded, says when the action no longer applies and offers no way to send it', async () => {
    await arrange(seeded, { status: 'in-review', authorId: 'user-editor-jonas' })
    const { user } = await renderApp(`/releases/${seeded}`, { signedInAs: 'user-reviewer-claire' })
    await user.click(within(await toolbar()).getByRole('button', { name: 'Approve' }))
    const dialog = await screen.findByRole('dialog', { name: 'Approve for publication' })

    await transition('user-reviewer-tomasz', seeded, { action: 'approve' })
    await user.click(within(dialog).getByRole('button', { name: 'Approve' }))
    expect(await within(dialog).findByText(/Status: In review → Published/)).toBeInTheDocument()

    expect(await within(dialog).findByText('This can no longer be done')).toBeInTheDocument()
    expect(within(dialog).getByText('This release is published: it cannot be approved now.')).toBeInTheDocument()
    expect(within(dialog).getByRole('button', { name: 'Approve' })).toBeDisabled()
  })

  it('shows a refusal (403) in the dialog and keeps what was typed', async () => {
    await arrange(seeded, { status: 'in-review', authorId: 'user-editor-jonas' })
    server.use(
      http.post('/api/releases/:id/transitions', () =>
        problem(403, 'Forbidden', 'Only reviewers can request changes.'),
      ),
    )
    const { user } = await renderApp(`/releases/${seeded}`, { signedInAs: 'user-reviewer-claire' })
    await user.click(within(await toolbar()).getByRole('button', { name: 'Request changes' }))
    const dialog = await screen.findByRole('dialog', { name: 'Request changes' })
    await user.type(within(dialog).getByRole('textbox', { name: /What needs to change/ }), 'Shorter, please.')
    await user.click(within(dialog).getByRole('button', { name: 'Request changes' }))

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'You are not allowed to do this: Only reviewers can request changes.',
    )
    expect(within(dialog).getByRole('textbox', { name: /What needs to change/ })).toHaveValue('Shorter, please.')
  })

  it('puts the server’s 422 message on its field', async () => {
    await arrange(seeded, { status: 'in-review', authorId: 'user-editor-jonas' })
    server.use(
      http.post('/api/releases/:id/transitions', () =>
        Response.json(
          {
            type: 'about:blank',
            title: 'Unprocessable Content',
            status: 422,
            errors: { comment: 'Comment must not only quote the release' },
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    const { user } = await renderApp(`/releases/${seeded}`, { signedInAs: 'user-reviewer-claire' })
    await user.click(within(await toolbar()).getByRole('button', { name: 'Request changes' }))
    const dialog = await screen.findByRole('dialog', { name: 'Request changes' })
    const field = within(dialog).getByRole('textbox', { name: /What needs to change/ })
    await user.type(field, '“OSCE Chair-in-Office Borg”')
    await user.click(within(dialog).getByRole('button', { name: 'Request changes' }))

    await waitFor(() => expect(field).toHaveAccessibleDescription('Comment must not only quote the release'))
    expect(field).toHaveValue('“OSCE Chair-in-Office Borg”')
  })
})
