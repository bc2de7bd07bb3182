import { act, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { db } from '../../mocks/db'
import { editorTiming } from '../../src/features/release-editor/timing'
import { renderApp } from '../render'
import { commitThenDropConnection } from './faults'
import { amrasDraft, pick, saveButton } from './release-editor-helpers'

/*
 * Issue #10, findings 3 and 9: the local copy carries a create's Idempotency-Key across a
 * reload, is dated, and is written at once when the page is hidden, closed or left.
 */

const signedInAs = 'user-editor-amra'
const defaults = { ...editorTiming }
afterEach(() => Object.assign(editorTiming, defaults))

const titleField = () => screen.getByRole('textbox', { name: /^Title/ })
const keptTexts = () => Object.values(localStorage).join('\n')

// Whole routes rendered twice (before and after a reload): on a busy 2-core machine they have taken over 15 s.
describe('a local copy after a reload', { timeout: 60_000 }, () => {
  it('a create whose answer was lost, then a reload: restoring and saving makes one release and lands on it', async () => {
    const first = await renderApp('/releases/new', { signedInAs })
    await first.user.type(await screen.findByRole('textbox', { name: /^Title/ }), 'Made only once')
    await pick(first.user, /^Place/, 'Vienna')
    await pick(first.user, /^Sources/, 'OSCE Chairpersonship')
    commitThenDropConnection('post', '/releases', { times: 1 })
    await first.user.click(saveButton())
    expect(await within(screen.getByRole('form', { name: 'New release' })).findByRole('alert')).toHaveTextContent(
      'No connection',
    )
    const made = () => db.releases.all().filter((release) => release.title === 'Made only once')
    expect(made()).toHaveLength(1)

    // The reload: the same tab, so the same session and tab (sessionStorage), and a fresh app.
    first.view.unmount()
    const { user, router } = await renderApp('/releases/new')
    await user.click(await screen.findByRole('button', { name: 'Restore' }))
    expect(titleField()).toHaveValue('Made only once')
    await user.click(saveButton())

    await waitFor(() => expect(router.state.location.pathname).toBe(`/releases/${made()[0]!.id}/edit`))
    expect(made()).toHaveLength(1)
    expect(await screen.findByRole('heading', { level: 1, name: 'Edit release' })).toBeInTheDocument()
    expect(titleField()).toHaveValue('Made only once')
  })

  it('says which day an older copy is from', async () => {
    const draft = amrasDraft()
    const first = await renderApp(`/releases/${draft.id}/edit`, { signedInAs })
    await first.user.type(await screen.findByRole('textbox', { name: /^Title/ }), ' (yesterday)')
    first.view.unmount()
    // The copy was kept a day earlier than now.
    for (const key of Object.keys(localStorage)) {
      const copy = JSON.parse(localStorage.getItem(key)!) as { savedAt: string }
      copy.savedAt = new Date(Date.parse(copy.savedAt) - 24 * 3600_000).toISOString()
      localStorage.setItem(key, JSON.stringify(copy))
    }

    await renderApp(`/releases/${draft.id}/edit`, { signedInAs })
    expect(await screen.findByText(/^Restore your unsaved changes from yesterday, \d\d:\d\d\?$/)).toBeInTheDocument()
  })
})

describe('the last words before a close', { timeout: 60_000 }, () => {
  it('are kept at once when the page is hidden or closed, without waiting for the pause', async () => {
    // A pause that never ends within the test: only the events below can write the copy.
    editorTiming.localDraftMs = 600_000
    const draft = amrasDraft()
    const { user } = await renderApp(`/releases/${draft.id}/edit`, { signedInAs })
    await user.type(await screen.findByRole('textbox', { name: /^Title/ }), ' hidden')
    expect(keptTexts()).not.toContain(`${draft.title} hidden`)

    act(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
      document.dispatchEvent(new Event('visibilitychange'))
    })
    // jsdom's own getter comes back for the rest of the suite.
    Reflect.deleteProperty(document, 'visibilityState')
    expect(keptTexts()).toContain(`${draft.title} hidden`)

    await user.type(titleField(), ' and closed')
    act(() => {
      window.dispatchEvent(new Event('pagehide'))
    })
    expect(keptTexts()).toContain(`${draft.title} hidden and closed`)
  })

  it('are kept when the person confirms leaving', async () => {
    editorTiming.localDraftMs = 600_000
    const draft = amrasDraft()
    const { user, router } = await renderApp(`/releases/${draft.id}/edit`, { signedInAs })
    await user.type(await screen.findByRole('textbox', { name: /^Title/ }), ' then left')

    await user.click(screen.getByRole('link', { name: 'Dashboard' }))
    await user.click(await screen.findByRole('button', { name: 'Leave' }))

    await waitFor(() => expect(router.state.location.pathname).toBe('/'))
    expect(keptTexts()).toContain(`${draft.title} then left`)
  })
})
