import { act, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { find, signInAs } from '../../mocks/db'
import { api } from '../../mocks/test-support/api'
import { renderApp } from '../render'
import { amrasDraft, saveButton } from './release-editor-helpers'

/*
 * Issue #12, "a diff a person can judge": the other side of a conflict is named with who and
 * when, and a tab that comes back to an outdated release says so before anyone types.
 */

const signedInAs = 'user-editor-amra'

/** A save through the API by `userId` in a session of their own: Amra in another tab, or Elena. */
async function savesElsewhere(userId: string, id: string, changes: { title?: string; summary?: string }) {
  const token = await signInAs(userId)
  const response = await act(() =>
    api(`/releases/${id}`, { method: 'PATCH', token, body: { ...changes, version: find('releases', id)!.version } }),
  )
  expect(response.status).toBe(200)
}

async function openDraft() {
  const draft = amrasDraft()
  const app = await renderApp(`/releases/${draft.id}/edit`, { signedInAs })
  const title = await screen.findByRole('textbox', { name: /^Title/ })
  return { ...app, draft, title, summary: screen.getByRole('textbox', { name: /^Summary/ }) }
}

const comeBackToTheTab = () => act(() => void window.dispatchEvent(new FocusEvent('focus')))
const showTheTabAgain = () => act(() => void document.dispatchEvent(new Event('visibilitychange')))
const banner = () => screen.findByRole('alert', { name: /^A newer version was saved by/ })

describe('release editor: the other side, named; a tab that comes back to a newer version', () => {
  it('a conflict with my own save in another tab says "you, in another tab", with the time', async () => {
    const { user, draft, title } = await openDraft()
    await user.type(title, ' (this tab)')
    await savesElsewhere(signedInAs, draft.id, { summary: 'Written in my other tab' })

    await user.click(saveButton())
    const panel = await screen.findByRole('region', { name: 'Conflicting changes' })
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent(
      /^Saved first by you, in another tab, at \d{1,2} \w+ \d{4}, \d\d:\d\d/,
    )
    expect(within(panel).getAllByText('Theirs: your other tab').length).toBeGreaterThan(0)
    expect(screen.queryByText(/someone else/i)).not.toBeInTheDocument()
  })

  it('coming back to the tab: a newer version by someone else is said before typing, and loads when nothing is unsaved', async () => {
    const { user, draft, title } = await openDraft()
    await savesElsewhere('user-admin-elena', draft.id, { title: 'Corrected by Elena' })
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()

    await comeBackToTheTab()
    const alert = await banner()
    expect(alert).toHaveAccessibleName(/^A newer version was saved by Elena Marković at \d{1,2} \w+ \d{4}, \d\d:\d\d/)
    expect(alert).toHaveTextContent(
      `This form shows version ${draft.version}; version ${draft.version + 1} is the current one. You have no unsaved changes here`,
    )
    expect(title).toHaveValue(draft.title)

    await user.click(within(alert).getByRole('button', { name: `Load version ${draft.version + 1}` }))
    expect(title).toHaveValue('Corrected by Elena')
    expect(title).toHaveFocus()
    expect(screen.queryByRole('alert', { name: /^A newer version/ })).not.toBeInTheDocument()

    // Built on the new version now: the next save goes through, no conflict.
    await user.type(title, ', then mine')
    await user.click(saveButton())
    await waitFor(() =>
      expect(find('releases', draft.id)).toMatchObject({
        title: 'Corrected by Elena, then mine',
        version: draft.version + 2,
      }),
    )
    expect(screen.queryByRole('region', { name: 'Conflicting changes' })).not.toBeInTheDocument()
  })

  it('with unsaved changes, the banner (on the tab shown again) offers to compare and merge, losing nothing', async () => {
    const { user, draft, title, summary } = await openDraft()
    await user.clear(title)
    await user.type(title, 'Typed before I switched tabs')
    await savesElsewhere(signedInAs, draft.id, { summary: 'Summary from my other tab' })

    await showTheTabAgain()
    const alert = await banner()
    expect(alert).toHaveAccessibleName(/^A newer version was saved by you, in another tab, at /)
    expect(alert).toHaveTextContent('You have unsaved changes here')
    expect(within(alert).queryByRole('button', { name: /^Load/ })).not.toBeInTheDocument()

    await user.click(within(alert).getByRole('button', { name: 'Compare and merge' }))
    const panel = await screen.findByRole('region', { name: 'Conflicting changes' })
    expect(title).toHaveValue('Typed before I switched tabs')
    expect(summary).toHaveValue('Summary from my other tab')
    await user.click(screen.getByRole('button', { name: 'Save merged' }))
    await waitFor(() =>
      expect(find('releases', draft.id)).toMatchObject({
        title: 'Typed before I switched tabs',
        summary: 'Summary from my other tab',
        version: draft.version + 2,
      }),
    )
    expect(panel).not.toBeInTheDocument()
  })
  it('an assignment meanwhile (metadata, same text) raises no banner, and the next save builds on it', async () => {
    const { user, draft, title } = await openDraft()
    const token = await signInAs('user-admin-elena')
    const assigned = await act(() =>
      api('/releases/assignments', {
        method: 'POST',
        token,
        body: {
          releaseIds: [draft.id],
          fieldOperationIds: ['field-operation-programme-office-in-dushanbe'],
          mode: 'add',
        },
      }),
    )
    expect(assigned.status).toBe(200)
    expect(find('releases', draft.id)!.version).toBe(draft.version + 1)

    await comeBackToTheTab()
    await waitFor(() => expect(screen.getByText(`Version ${draft.version + 1}, by Amra Hadžić`)).toBeInTheDocument())
    expect(screen.queryByRole('alert', { name: /^A newer version/ })).not.toBeInTheDocument()

    await user.type(title, ' (after the assignment)')
    await user.click(saveButton())
    await waitFor(() =>
      expect(find('releases', draft.id)).toMatchObject({
        title: `${draft.title} (after the assignment)`,
        version: draft.version + 2,
      }),
    )
    expect(screen.queryByRole('region', { name: 'Conflicting changes' })).not.toBeInTheDocument()
  })
})
