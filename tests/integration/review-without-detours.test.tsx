import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { db, find, signInAs } from '../../mocks/db'
import { api } from '../../mocks/test-support/api'
import { renderApp } from '../render'
import { arrange, seeded, toolbar, transition } from './workflow-helpers'

const amra = 'user-editor-amra'
const claire = 'user-reviewer-claire'
const tomasz = 'user-reviewer-tomasz'

/** Leaves exactly these releases in review, by Amra, the first waiting longest. */
async function inReviewOnly(ids: string[]) {
  for (const waiting of db.releases.all().filter((release) => release.status === 'in-review'))
    await arrange(waiting.id, { status: 'draft', submittedAt: null })
  for (const [index, id] of ids.entries())
    await arrange(id, {
      status: 'in-review',
      authorId: amra,
      submittedAt: new Date(Date.now() - (ids.length - index) * 3_600_000).toISOString(),
    })
}

describe('review without detours', () => {
  it(
    'a reviewer fixes a typo in review without sending it back; another reviewer approves it',
    { timeout: 40_000 },
    async () => {
      await inReviewOnly([seeded])
      const typo = find('releases', seeded)!.title
      const fixed = `${typo} (corrected)`
      const { user, view } = await renderApp(`/releases/${seeded}/edit`, { signedInAs: claire })

      const panel = await screen.findByRole('complementary', { name: 'Status' })
      expect(within(panel).getByText(/Saving your corrections keeps it in review/)).toBeInTheDocument()
      const title = await screen.findByRole('textbox', { name: /^Title/ })
      await user.clear(title)
      await user.type(title, fixed)
      await user.click(screen.getByRole('button', { name: 'Save' }))

      await waitFor(() => expect(find('releases', seeded)).toMatchObject({ title: fixed, status: 'in-review' }))
      expect(within(panel).getByText('In review')).toBeInTheDocument()
      // Four eyes on the content: the one who corrected it may send it back, not approve it.
      expect(await within(panel).findByText(/You changed its content last/)).toBeInTheDocument()
      expect(within(panel).queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument()
      expect(within(panel).getByRole('button', { name: 'Request changes' })).toBeInTheDocument()
      // Its author is told.
      expect(db.notifications.all().some((n) => n.kind === 'edited-in-review' && n.recipientId === amra)).toBe(true)
      view.unmount()
      sessionStorage.clear()

      const other = await renderApp(`/releases/${seeded}`, { signedInAs: tomasz })
      await other.user.click(within(await toolbar()).getByRole('button', { name: 'Approve' }))
      const dialog = await screen.findByRole('dialog', { name: 'Approve for publication' })
      await other.user.click(within(dialog).getByRole('button', { name: 'Approve' }))
      await waitFor(() => expect(find('releases', seeded)!.status).toBe('published'))
    },
  )

  it(
    '"Approve and next" opens the next release waiting; "Request changes and next" on the last one says the queue is empty',
    { timeout: 40_000 },
    async () => {
      const [a, b] = db.releases
        .all()
        .filter((release) => release.status === 'draft' && release.body.length > 20)
        .slice(0, 2)
      await inReviewOnly([a!.id, b!.id])
      const { user, router } = await renderApp(`/releases/${a!.id}`, { signedInAs: claire })

      await user.click(within(await toolbar()).getByRole('button', { name: 'Approve' }))
      const approve = await screen.findByRole('dialog', { name: 'Approve for publication' })
      await user.click(within(approve).getByRole('button', { name: 'Approve and next' }))

      await waitFor(() => expect(router.state.location.pathname).toBe(`/releases/${b!.id}`))
      expect(find('releases', a!.id)!.status).toBe('published')
      expect(await screen.findByText(`Approved and published. Next in the queue: “${b!.title}”.`)).toBeInTheDocument()
      expect(await screen.findByRole('heading', { level: 1, name: b!.title })).toBeInTheDocument()

      await user.click(within(await toolbar()).getByRole('button', { name: 'Request changes' }))
      const request = await screen.findByRole('dialog', { name: 'Request changes' })
      await user.type(within(request).getByRole('textbox', { name: /What needs to change/ }), 'A shorter title.')
      await user.click(within(request).getByRole('button', { name: 'Request changes and next' }))

      await waitFor(() => expect(router.state.location.pathname).toBe('/review'))
      expect(find('releases', b!.id)!.status).toBe('changes-requested')
      expect(await screen.findByText('Changes requested. The review queue is empty.')).toBeInTheDocument()
    },
  )

  it('shows the reviewer what the author changed since they asked for changes', { timeout: 40_000 }, async () => {
    await inReviewOnly([seeded])
    await transition(claire, seeded, { action: 'request-changes', comment: 'Say where the training was.' })
    const before = find('releases', seeded)!
    const token = await signInAs(amra)
    const patched = await api(`/releases/${seeded}`, {
      method: 'PATCH',
      token,
      body: { title: `${before.title} in Dushanbe`, version: before.version },
    })
    expect(patched.status).toBe(200)
    await transition(amra, seeded, { action: 'submit' })

    // The queue marks it as back after changes.
    const queue = await renderApp('/review', { signedInAs: claire })
    const row = (await screen.findByRole('rowheader', { name: `${before.title} in Dushanbe` })).closest('tr')!
    expect(within(row).getByText('Back after changes')).toBeInTheDocument()
    queue.view.unmount()
    sessionStorage.clear()

    await renderApp(`/releases/${seeded}`, { signedInAs: claire })
    const section = await screen.findByRole('region', { name: 'Changes since you asked' })
    expect(within(section).getByText('Say where the training was.')).toBeInTheDocument()
    const title = within(section).getByRole('figure', { name: 'Title' })
    expect(title.querySelector('ins')).toHaveTextContent('in Dushanbe')
    // Only what changed: the summary and body read as before.
    expect(within(section).queryByRole('figure', { name: 'Body' })).not.toBeInTheDocument()
  })

  it('shows its author the reviewer’s correction as a word diff in the activity stream', async () => {
    await inReviewOnly([seeded])
    const before = find('releases', seeded)!
    const token = await signInAs(claire)
    const corrected = await api(`/releases/${seeded}`, {
      method: 'PATCH',
      token,
      body: { title: `${before.title}, corrected`, version: before.version },
    })
    expect(corrected.status).toBe(200)

    await renderApp(`/releases/${seeded}`, { signedInAs: amra })
    const activity = await screen.findByRole('region', { name: 'Activity' })
    const entry = (await within(activity).findByText('Corrected in review')).closest('li')!
    expect(within(entry).getByText('Claire Dubois')).toBeInTheDocument()
    const title = within(entry).getByRole('figure', { name: 'Title' })
    expect(title.querySelector('ins')).toHaveTextContent(', corrected')
    expect(within(entry).queryByRole('figure', { name: 'Body' })).not.toBeInTheDocument()
  })

  it('shows nothing of the kind to its author', async () => {
    await inReviewOnly([seeded])
    await transition(claire, seeded, { action: 'request-changes', comment: 'Shorter.' })
    await transition(amra, seeded, { action: 'submit' })
    await renderApp(`/releases/${seeded}`, { signedInAs: amra })
    expect(await screen.findByRole('button', { name: 'Recall from review' })).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: /Changes since/ })).not.toBeInTheDocument()
  })
})
