import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { db, find } from '../../mocks/db'
import { formatDateTime } from '../../src/lib/format'
import { renderApp } from '../render'
import { statusInToolbar, toolbar } from './workflow-helpers'

/** A seeded scheduled release (their times lie ahead of the tests' clock). */
const scheduled = () => db.releases.all().find((release) => release.status === 'scheduled' && release.scheduledAt)!

describe('returning a scheduled release to draft (issue 13: an explicit step, never a side effect of an edit)', () => {
  // A whole round (open, decide, read the activity) takes longer than most on a busy machine.
  it(
    'an admin returns it to draft from its page: the dialog names the publication it cancels; the activity records it',
    { timeout: 30_000 },
    async () => {
      const release = scheduled()
      const at = release.scheduledAt!
      const { user } = await renderApp(`/releases/${release.id}`, { signedInAs: 'user-admin-elena' })

      // No Edit on a scheduled release: returning it to draft is the way to change it.
      expect(within(await toolbar()).queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument()
      await user.click(within(await toolbar()).getByRole('button', { name: 'Return to draft' }))
      const dialog = await screen.findByRole('dialog', { name: 'Return to draft' })
      expect(within(dialog).getByText(formatDateTime(at))).toBeInTheDocument()
      expect(within(dialog).getByText(/needs a new review before it is published/)).toBeInTheDocument()
      await user.type(within(dialog).getByRole('textbox', { name: 'Reason (optional)' }), 'The figures changed.')
      await user.click(within(dialog).getByRole('button', { name: 'Return to draft' }))

      await waitFor(() => expect(find('releases', release.id)).toMatchObject({ status: 'draft', scheduledAt: null }))
      expect(await statusInToolbar()).toHaveTextContent('Draft')
      expect(
        screen.getByText('Returned to draft: its publication is cancelled. It needs a new review.'),
      ).toBeInTheDocument()
      expect(within(await toolbar()).getByRole('link', { name: 'Edit' })).toBeInTheDocument()
      const activity = screen.getByRole('region', { name: 'Activity' })
      expect(await within(activity).findByText('Returned to draft')).toBeInTheDocument()
      expect(within(activity).getByText('Scheduled → Draft')).toBeInTheDocument()
      expect(within(activity).getByText(/^Publication cancelled:/)).toHaveTextContent(formatDateTime(at))
      expect(within(activity).getByText('The figures changed.')).toBeInTheDocument()
    },
  )

  it(
    'in the editor an admin reads why it is read-only and returns it to draft beside the notice; then the form opens',
    { timeout: 30_000 },
    async () => {
      const release = scheduled()
      const { user } = await renderApp(`/releases/${release.id}/edit`, { signedInAs: 'user-admin-elena' })

      expect(await screen.findByText("You can't edit this release")).toBeInTheDocument()
      expect(
        screen.getByText(
          'It is scheduled for publication. To change it, return it to draft with “Return to draft”: that cancels its publication, and it then needs a new review.',
        ),
      ).toBeInTheDocument()
      expect(screen.queryByRole('textbox', { name: /^Title/ })).not.toBeInTheDocument()

      const panel = screen.getByRole('complementary', { name: 'Status' })
      await user.click(within(panel).getByRole('button', { name: 'Return to draft' }))
      const dialog = await screen.findByRole('dialog', { name: 'Return to draft' })
      await user.click(within(dialog).getByRole('button', { name: 'Return to draft' }))

      await waitFor(() => expect(find('releases', release.id)?.status).toBe('draft'))
      expect(await screen.findByRole('textbox', { name: /^Title/ })).toHaveValue(release.title)
      expect(within(panel).getByText('Draft')).toBeInTheDocument()
    },
  )

  it('its author reads that only an admin can return it to draft, and is offered no step', async () => {
    const release = scheduled()
    await renderApp(`/releases/${release.id}/edit`, { signedInAs: release.authorId })

    expect(
      await screen.findByText('It is scheduled for publication: only an admin can return it to draft to change it.'),
    ).toBeInTheDocument()
    const panel = screen.getByRole('complementary', { name: 'Status' })
    expect(within(panel).queryByRole('button')).not.toBeInTheDocument()
  })
})
