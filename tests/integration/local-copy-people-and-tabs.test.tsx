import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../render'
import { amrasDraft } from './release-editor-helpers'

/*
 * Issue #10, finding 4: local copies are per person, per tab for new releases, and gone at
 * sign-out. A "tab" here is this document's sessionStorage: its session and its tab id.
 */

const titleField = () => screen.findByRole('textbox', { name: /^Title/ })
const keptTexts = () => Object.values(localStorage).join('\n')
const tabIdKey = 'newsroom-admin.tab-id'

/** Another tab: a fresh sessionStorage (no tab id yet), signed in by renderApp. */
const openAnotherTab = () => sessionStorage.clear()

/** Back to a tab whose sessionStorage was kept: its reload. */
function returnToTab(saved: Record<string, string>) {
  sessionStorage.clear()
  for (const [key, value] of Object.entries(saved)) sessionStorage.setItem(key, value)
}
const snapshotOfTab = (): Record<string, string> => ({ ...sessionStorage })

describe('local copies belong to one person', { timeout: 60_000 }, () => {
  it('a second editor of the same release, or of a new one, is never offered the first one’s text', async () => {
    const draft = amrasDraft()
    const amra = await renderApp(`/releases/${draft.id}/edit`, { signedInAs: 'user-editor-amra' })
    await amra.user.type(await titleField(), ' (Amra’s words)')
    amra.view.unmount()
    const amraNew = await renderApp('/releases/new', { signedInAs: 'user-editor-amra' })
    await amraNew.user.type(await titleField(), 'Amra’s new release')
    amraNew.view.unmount()
    expect(keptTexts()).toContain('Amra’s new release')

    // An admin may edit Amra's draft: in this browser, they see the server's text only.
    openAnotherTab()
    const elena = await renderApp(`/releases/${draft.id}/edit`, { signedInAs: 'user-admin-elena' })
    expect(await titleField()).toHaveValue(draft.title)
    expect(screen.queryByText(/Restore your unsaved/)).not.toBeInTheDocument()
    elena.view.unmount()

    // A new release: Amra's copy of hers, written in a closed tab, is not offered to Elena either,
    // while Amra in the same new tab is offered it (so the offer had its chance to come).
    const elenaNew = await renderApp('/releases/new', { signedInAs: 'user-admin-elena' })
    await elenaNew.user.type(await titleField(), 'Elena’s')
    elenaNew.view.unmount()
    openAnotherTab()
    await renderApp('/releases/new', { signedInAs: 'user-editor-amra' })
    expect(await screen.findByText(/^Restore your unsaved new release “Amra’s new release”/)).toBeInTheDocument()
    expect(screen.queryByText(/Elena’s/)).not.toBeInTheDocument()
  })

  it('signing out removes the person’s copies from this browser', { timeout: 60_000 }, async () => {
    const draft = amrasDraft()
    const { user, router } = await renderApp(`/releases/${draft.id}/edit`, { signedInAs: 'user-editor-amra' })
    await user.type(await titleField(), ' (typed, then signed out)')
    await waitFor(() => expect(keptTexts()).toContain('(typed, then signed out)'))

    await user.click(screen.getByRole('button', { name: 'Sign out' }))
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' })
    expect(dialog).toHaveTextContent('You have signed out')
    await user.click(screen.getByRole('button', { name: 'Leave' }))

    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'))
    expect(keptTexts()).not.toContain('(typed, then signed out)')
  })
})

describe('local copies of new releases belong to one tab', () => {
  it(
    'two tabs writing new releases keep their own copies; a reloaded tab gets its own back',
    { timeout: 60_000 },
    async () => {
      const tabA = await renderApp('/releases/new', { signedInAs: 'user-editor-amra' })
      await tabA.user.type(await titleField(), 'Written in tab A')
      tabA.view.unmount()
      const savedTabA = snapshotOfTab()

      openAnotherTab()
      const tabB = await renderApp('/releases/new', { signedInAs: 'user-editor-amra' })
      await tabB.user.type(await titleField(), 'Written in tab B')
      tabB.view.unmount()

      returnToTab(savedTabA)
      const { user } = await renderApp('/releases/new')
      expect(await screen.findByText(/^Restore your unsaved changes from today, \d\d:\d\d\?$/)).toBeInTheDocument()
      await user.click(screen.getByRole('button', { name: 'Restore' }))
      expect(await titleField()).toHaveValue('Written in tab A')
      expect(keptTexts()).toContain('Written in tab B')
    },
  )

  it(
    'a new tab is offered the copies of closed tabs, by title, and takes the one restored',
    { timeout: 60_000 },
    async () => {
      const closed = await renderApp('/releases/new', { signedInAs: 'user-editor-amra' })
      await closed.user.type(await titleField(), 'Left in a closed tab')
      closed.view.unmount()
      const closedTabId = sessionStorage.getItem(tabIdKey)

      openAnotherTab()
      const { user } = await renderApp('/releases/new', { signedInAs: 'user-editor-amra' })
      expect(
        await screen.findByText(/^Restore your unsaved new release “Left in a closed tab” from today, \d\d:\d\d\?$/),
      ).toBeInTheDocument()
      await user.click(screen.getByRole('button', { name: 'Restore' }))

      expect(await titleField()).toHaveValue('Left in a closed tab')
      // It is this tab's copy now: no other tab is offered it too.
      const keys = Object.keys(localStorage).filter((key) => key.includes(':new:'))
      expect(keys).toHaveLength(1)
      expect(keys[0]).not.toContain(closedTabId)
      expect(keys[0]).toContain(sessionStorage.getItem(tabIdKey))
    },
  )
})
