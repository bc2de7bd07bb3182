import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { db, find, store } from '../../mocks/db'
import { createJournal } from '../../mocks/persistence/journal'
import { fullableStorage } from '../../mocks/test-support/full-storage'
import { renderApp } from '../render'
import { arrange, seeded, statusInToolbar, toolbar } from './workflow-helpers'

/**
 * Issue #10, finding 6: with the browser's storage full, a write of the demo's mock backend
 * used to be half done (the release in review, no history, no notification) and Retry then
 * said someone else had saved first. Decision 0014: it answers 503 with nothing changed.
 */
const full = fullableStorage(localStorage)
/** Generous waits: the dialog is a lazy chunk, and the machine may be busy. */
const busy = { timeout: 15_000 }
afterEach(() => {
  store.journal = null
  full.free()
})

const submitted = () => ({
  history: db.history.findMany((q) => q.where({ releaseId: seeded, kind: 'submit' })).length,
  notifications: db.notifications.findMany((q) => q.where({ releaseId: seeded, kind: 'awaiting-review' })).length,
})

describe('release page: Submit while the browser’s storage is full', () => {
  it('says so in the dialog, leaves the release a draft, and Retry submits it once there is room', async () => {
    await arrange(seeded, { status: 'draft', authorId: 'user-editor-jonas' })
    const version = find('releases', seeded)!.version
    const before = submitted()
    const { user } = await renderApp(`/releases/${seeded}`, { signedInAs: 'user-editor-jonas' })
    // As in the demo, the mock keeps its changes in the browser's storage; here it has no room left.
    store.journal = createJournal(full.storage)
    full.fullAfter(0)

    await user.click(within(await toolbar()).getByRole('button', { name: 'Submit for review' }))
    const dialog = await screen.findByRole('dialog', { name: 'Submit for review' }, busy)
    await user.click(within(dialog).getByRole('button', { name: 'Submit for review' }))

    const alert = await within(dialog).findByRole('alert', {}, busy)
    expect(alert).toHaveTextContent('Not submitted')
    expect(alert).toHaveTextContent(
      'This browser’s storage, where the demo keeps its data, is full, so nothing was saved.',
    )
    expect(alert).toHaveTextContent('Reset demo data')
    expect(find('releases', seeded)).toMatchObject({ status: 'draft', version })
    expect(submitted()).toEqual(before)
    // The page behind the dialog (hidden from assistive technology while it is open) still says Draft.
    const page = screen.getByRole('toolbar', { name: 'Release', hidden: true })
    expect(within(page).getByText(/^Status:/).parentElement).toHaveTextContent('Draft')

    full.free()
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), busy)
    expect(await statusInToolbar()).toHaveTextContent('In review')
    expect(screen.getByText('Submitted for review.')).toBeInTheDocument()
    expect(find('releases', seeded)).toMatchObject({ status: 'in-review', version: version + 1 })
    const reviewers = db.users.findMany((q) => q.where({ role: 'reviewer' })).length
    expect(submitted()).toEqual({ history: before.history + 1, notifications: before.notifications + reviewers })
  }, 60_000)
})
