import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { db, find, signInAs } from '../../mocks/db'
import { api } from '../../mocks/test-support/api'
import { renderApp } from '../render'
import { reword, translate } from './language-helpers'
import { seeded, toolbarActions, transition } from './workflow-helpers'

/** The seed's Russian version of the source page's release: published, by an editor. */
const russianId = () =>
  db.releases.all().find((release) => release.originalId === seeded && release.language === 'ru')!.id

/** The English original's summary changed by its author: its published Russian version is now stale. */
const rewordOriginal = (summary: string) => reword(seeded, summary)

describe('a reviewer confirms a stale translation still correct', () => {
  it('from the “Needs update” panel, in a dialog that says what it does: the flag goes, it stays published, the activity records it', async () => {
    const user = userEvent.setup()
    await rewordOriginal('A summary with a typo corrected.')
    const id = russianId()
    expect(find('releases', id)).toMatchObject({ status: 'published' })
    await renderApp(`/releases/${id}`, { signedInAs: 'user-reviewer-tomasz' })

    const notice = await screen.findByRole('alert', { name: /Needs update: the original changed/ })
    const open = await within(notice).findByRole('button', { name: 'Confirm still correct' })
    // The reviewer has no “Mark as up to date”: that is the translator's, and needs a review.
    expect(within(notice).queryByRole('button', { name: 'Mark as up to date' })).not.toBeInTheDocument()
    await user.click(open)

    const dialog = await screen.findByRole('dialog', { name: 'Confirm the translation is still correct' })
    expect(dialog).toHaveTextContent(/this Russian translation still says what the English original says now/)
    expect(dialog).toHaveTextContent('It stays published, with its approval: no new review is needed.')
    const note = within(dialog).getByRole('textbox', { name: 'Note for its translator (optional)' })
    expect(note).toHaveFocus()
    await user.type(note, 'Only a typo in the English.')
    await user.click(within(dialog).getByRole('button', { name: 'Confirm still correct' }))

    const done = await screen.findByText(
      'Confirmed still correct: the Russian translation follows the English original as it is now.',
    )
    // Its button is gone with the panel: focus is on what was said instead.
    await waitFor(() => expect(done.closest('output')).toHaveFocus())
    expect(screen.queryByRole('alert', { name: /Needs update/ })).not.toBeInTheDocument()
    const panel = await screen.findByRole('region', { name: 'Languages' })
    await waitFor(() => expect(within(panel).queryByText('Needs update')).not.toBeInTheDocument())
    expect(find('releases', id)).toMatchObject({ status: 'published' })

    const activity = await screen.findByRole('region', { name: 'Activity' })
    expect(within(activity).getByText('Of the Russian version: each language version has its own.')).toBeInTheDocument()
    const entry = (await within(activity).findByText('Confirmed still correct')).closest('li')!
    expect(entry).toHaveTextContent('Tomasz Nowak')
    expect(entry).toHaveTextContent(
      `The Russian translation follows the English original as of its revision ${find('releases', seeded)!.contentRevision}, without a new review.`,
    )
    expect(entry).toHaveTextContent('“Only a typo in the English.”')
  })

  it('in review, a confirmation lets it be approved: the toolbar offers Approve once it is done', async () => {
    const user = userEvent.setup()
    const { id } = await translate(seeded, 'fr')
    await transition('user-editor-jonas', id, { action: 'submit' })
    await rewordOriginal('A summary with a typo corrected.')
    await renderApp(`/releases/${id}`, { signedInAs: 'user-reviewer-claire' })

    const notice = await screen.findByRole('alert', { name: /Needs update: the original changed/ })
    expect(await toolbarActions()).not.toContain('Approve')
    await user.click(await within(notice).findByRole('button', { name: 'Confirm still correct' }))
    const dialog = await screen.findByRole('dialog', { name: 'Confirm the translation is still correct' })
    expect(dialog).toHaveTextContent('It stays in review, and can then be approved.')
    await user.click(within(dialog).getByRole('button', { name: 'Confirm still correct' }))

    await screen.findByText(
      'Confirmed still correct: the French translation follows the English original as it is now.',
    )
    await waitFor(async () => expect(await toolbarActions()).toContain('Approve'))
    expect(find('releases', id)).toMatchObject({ status: 'in-review' })
  })

  it('the original changed again while the dialog was open: refused, said so, and the page shows the newer changes', async () => {
    const user = userEvent.setup()
    await rewordOriginal('A summary with a typo corrected.')
    const id = russianId()
    await renderApp(`/releases/${id}`, { signedInAs: 'user-reviewer-claire' })
    const notice = await screen.findByRole('alert', { name: /Needs update: the original changed/ })
    await user.click(await within(notice).findByRole('button', { name: 'Confirm still correct' }))
    const dialog = await screen.findByRole('dialog', { name: 'Confirm the translation is still correct' })

    const token = await signInAs('user-editor-amra')
    const { version } = find('releases', seeded)!
    await api(`/releases/${seeded}`, { method: 'PATCH', token, body: { summary: 'Reworded once more.', version } })
    await user.click(within(dialog).getByRole('button', { name: 'Confirm still correct' }))

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /The original changed again since you compared it/,
    )
    expect(find('releases', id)?.basedOn?.revision).toBeLessThan(find('releases', seeded)!.contentRevision!)
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(notice).toHaveTextContent(/\[added: Reworded once more\]/))
  })

  it('its translator hears of it in the inbox, which names the Russian version', async () => {
    await rewordOriginal('A summary with a typo corrected.')
    const id = russianId()
    const translator = find('releases', id)!.authorId
    const token = await signInAs('user-reviewer-claire')
    const { version } = find('releases', id)!
    const confirmed = await api(`/releases/${id}/transitions`, {
      method: 'POST',
      token,
      body: { action: 'confirm-translation', version, originalRevision: find('releases', seeded)!.contentRevision },
    })
    expect(confirmed.status).toBe(200)
    await renderApp('/inbox', { signedInAs: translator })

    const list = within(await screen.findByRole('list', { name: 'Notifications' }))
    const title = find('releases', id)!.title
    expect(
      await list.findByRole('link', {
        name: `Your translation “${title}” (Russian) was confirmed still correct by Claire Dubois: it follows its original as it is now`,
      }),
    ).toHaveAttribute('href', `/releases/${id}`)
  })

  it('its translator sees no “Confirm still correct” (four eyes)', async () => {
    await rewordOriginal('A summary with a typo corrected.')
    const id = russianId()
    await renderApp(`/releases/${id}`, { signedInAs: find('releases', id)!.authorId })
    const notice = await screen.findByRole('alert', { name: /Needs update: the original changed/ })
    await within(notice).findByText(/What changed in the original \(English\)/)
    expect(within(notice).queryByRole('button', { name: 'Confirm still correct' })).not.toBeInTheDocument()
  })
})
