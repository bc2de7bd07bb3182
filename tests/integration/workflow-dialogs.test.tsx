import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { find } from '../../mocks/db'
import { renderApp } from '../render'
import { arrange, seeded, statusInToolbar, toolbar } from './workflow-helpers'

const open = async (user: Awaited<ReturnType<typeof renderApp>>['user'], button: string, dialogName: string) => {
  await user.click(within(await toolbar()).getByRole('button', { name: button }))
  return screen.findByRole('dialog', { name: dialogName })
}

describe('release page: workflow dialogs', () => {
  it('submits a draft for review, with a note, and focus lands on the new status', async () => {
    await arrange(seeded, { status: 'draft', authorId: 'user-editor-jonas' })
    const { user } = await renderApp(`/releases/${seeded}`, { signedInAs: 'user-editor-jonas' })

    const dialog = await open(user, 'Submit for review', 'Submit for review')
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Note for the reviewers (optional)' }),
      'Ready when you are.',
    )
    await user.click(within(dialog).getByRole('button', { name: 'Submit for review' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(await statusInToolbar()).toHaveTextContent('In review')
    await waitFor(() => expect(document.activeElement).toBe(screen.getByText(/^Status:/).parentElement))
    expect(find('releases', seeded)).toMatchObject({ status: 'in-review', version: 5 })
    expect(within(await toolbar()).queryByRole('button', { name: 'Submit for review' })).not.toBeInTheDocument()
    expect(screen.getByText('Submitted for review.')).toBeInTheDocument()
  })

  it('approves for publication now', async () => {
    await arrange(seeded, { status: 'in-review', authorId: 'user-editor-jonas' })
    const { user } = await renderApp(`/releases/${seeded}`, { signedInAs: 'user-reviewer-claire' })

    const dialog = await open(user, 'Approve', 'Approve for publication')
    expect(within(dialog).getByRole('radio', { name: 'Publish now' })).toBeChecked()
    await waitFor(() => expect(within(dialog).getByRole('radio', { name: 'Publish now' })).toHaveFocus())
    await user.click(within(dialog).getByRole('button', { name: 'Approve' }))

    await waitFor(() => expect(find('releases', seeded)?.status).toBe('published'))
    expect(await statusInToolbar()).toHaveTextContent('Published')
    expect(screen.getByText('Approved and published.')).toBeInTheDocument()
  })

  it('approves with a publication time picked ahead, in the person’s zone with Vienna’s beside it, and it shows as scheduled', async () => {
    await arrange(seeded, { status: 'in-review', authorId: 'user-editor-jonas' })
    const { user } = await renderApp(`/releases/${seeded}`, { signedInAs: 'user-reviewer-tomasz' })

    const dialog = await open(user, 'Approve', 'Approve for publication')
    await user.click(within(dialog).getByRole('radio', { name: 'Schedule' }))
    // Tomorrow at 14:00 in the person's zone (UTC in the tests): 15:00 in Vienna in winter, 16:00 in summer.
    const tomorrow = new Date(Date.now() + 86_400_000)
    const dayLabel = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(
      tomorrow,
    )
    await user.click(within(dialog).getByRole('button', { name: /^Publication time/ }))
    await user.click(within(dialog).getAllByRole('button', { name: dayLabel })[0]!)
    const hours = within(dialog).getByRole('spinbutton', { name: 'Hours' })
    await user.clear(hours)
    await user.type(hours, '14')
    const minutes = within(dialog).getByRole('spinbutton', { name: 'Minutes' })
    await user.clear(minutes)
    await user.type(minutes, '00')
    await user.click(within(dialog).getByRole('button', { name: 'Set the publication time' }))
    expect(within(dialog).getByText(/^= 1[56]:00 in Vienna$/)).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Approve' }))

    await waitFor(() => expect(find('releases', seeded)?.status).toBe('scheduled'))
    const expected = new Date(tomorrow)
    expected.setHours(14, 0, 0, 0)
    expect(find('releases', seeded)?.scheduledAt).toBe(expected.toISOString())
    expect(await statusInToolbar()).toHaveTextContent('Scheduled')
    expect(screen.getByText(/^Approved: it will be published on/)).toBeInTheDocument()
  })

  it('requires a comment to request changes, says so next to the field, then sends it', async () => {
    await arrange(seeded, { status: 'in-review', authorId: 'user-editor-jonas' })
    const { user } = await renderApp(`/releases/${seeded}`, { signedInAs: 'user-reviewer-claire' })

    const dialog = await open(user, 'Request changes', 'Request changes')
    await user.click(within(dialog).getByRole('button', { name: 'Request changes' }))
    const field = within(dialog).getByRole('textbox', { name: /What needs to change/ })
    expect(await within(dialog).findByText('Say what needs to change')).toBeInTheDocument()
    expect(field).toHaveFocus()
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(field).toHaveAccessibleDescription('Say what needs to change')
    expect(find('releases', seeded)?.status).toBe('in-review')

    await user.type(field, 'Name the Border Management Staff College in the first paragraph.')
    await user.click(within(dialog).getByRole('button', { name: 'Request changes' }))

    await waitFor(() => expect(find('releases', seeded)?.status).toBe('changes-requested'))
    expect(await statusInToolbar()).toHaveTextContent('Changes requested')
  })

  it('requires a reason to withdraw a published release', async () => {
    const { user } = await renderApp(`/releases/${seeded}`, { signedInAs: 'user-admin-elena' })

    const dialog = await open(user, 'Withdraw', 'Withdraw this release')
    await user.click(within(dialog).getByRole('button', { name: 'Withdraw' }))
    expect(await within(dialog).findByText('Give a reason for withdrawing')).toBeInTheDocument()

    await user.type(within(dialog).getByRole('textbox', { name: /Reason for withdrawing/ }), 'Published by mistake.')
    await user.click(within(dialog).getByRole('button', { name: 'Withdraw' }))

    await waitFor(() => expect(find('releases', seeded)?.status).toBe('withdrawn'))
    expect(await statusInToolbar()).toHaveTextContent('Withdrawn')
    expect(within(await toolbar()).getByRole('button', { name: 'Reopen' })).toBeInTheDocument()
  })

  it('reopens a withdrawn release as a draft', async () => {
    await arrange(seeded, { status: 'withdrawn' })
    const { user } = await renderApp(`/releases/${seeded}`, { signedInAs: 'user-admin-daniel' })

    const dialog = await open(user, 'Reopen', 'Reopen as a draft')
    await user.click(within(dialog).getByRole('button', { name: 'Reopen' }))

    await waitFor(() => expect(find('releases', seeded)?.status).toBe('draft'))
    expect(await statusInToolbar()).toHaveTextContent('Draft')
  })

  it('closes with Cancel, keeps the release as it was, and gives focus back to its button', async () => {
    await arrange(seeded, { status: 'in-review', authorId: 'user-editor-jonas' })
    const { user } = await renderApp(`/releases/${seeded}`, { signedInAs: 'user-reviewer-claire' })

    const dialog = await open(user, 'Request changes', 'Request changes')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(screen.getByRole('toolbar', { name: 'Release' })).getByRole('button', { name: 'Request changes' }),
      ),
    )
    expect(find('releases', seeded)?.status).toBe('in-review')
  })
})
