import { act, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { db, find, signInAs } from '../../mocks/db'
import { api } from '../../mocks/test-support/api'
import { releaseQueries } from '../../src/api/releases'
import { renderApp } from '../render'
import { amrasDraft, saveButton } from './release-editor-helpers'
import { transition } from './workflow-helpers'

/*
 * Issue #10, finding 7: while an editor types, the release moves on in another tab (submitted,
 * deleted). The editor says what happened and keeps the typed text on screen, to copy or to
 * save as a new draft; nothing is written to the release that moved on.
 */

const signedInAs = 'user-editor-amra'
const titleField = () => screen.getByRole('textbox', { name: /^Title/ })
const withTitle = (title: string) => db.releases.all().filter((release) => release.title === title)

async function typeInDraft() {
  const draft = amrasDraft()
  const app = await renderApp(`/releases/${draft.id}/edit`, { signedInAs })
  await app.user.clear(await screen.findByRole('textbox', { name: /^Title/ }))
  await app.user.type(titleField(), 'Typed while it moved on')
  return { ...app, draft }
}

describe('when the release moves on under the editor', () => {
  it(
    'a save after it was submitted elsewhere says so, keeps the text, copies it and saves it as a new draft',
    { timeout: 60_000 },
    async () => {
      const { user, router, draft } = await typeInDraft()
      // Inside act: the editor's timers (autosave, local copy) may fire while the other tab's write is on its way.
      await act(() => transition(signedInAs, draft.id, { action: 'submit' }))

      await user.click(saveButton())

      expect(
        await screen.findByText(
          /^This release was submitted for review by Amra Hadžić at \d\d:\d\d while you were typing$/,
        ),
      ).toBeInTheDocument()
      expect(titleField()).toHaveValue('Typed while it moved on')
      expect(screen.queryByText('You can’t edit this release')).not.toBeInTheDocument()
      expect(find('releases', draft.id)).toMatchObject({ title: draft.title, status: 'in-review' })

      await user.click(screen.getByRole('button', { name: 'Copy my text' }))
      expect(await screen.findByText('Copied')).toBeInTheDocument()
      expect(await act(() => navigator.clipboard.readText())).toContain('Typed while it moved on')

      await user.click(screen.getByRole('button', { name: 'Save as a new draft' }))
      await waitFor(() => expect(withTitle('Typed while it moved on')).toHaveLength(1))
      const created = withTitle('Typed while it moved on')[0]!
      expect(created).toMatchObject({ status: 'draft', summary: draft.summary })
      await waitFor(() => expect(router.state.location.pathname).toBe(`/releases/${created.id}/edit`))
      expect(await screen.findByRole('textbox', { name: /^Title/ })).toHaveValue('Typed while it moved on')
      expect(find('releases', draft.id)).toMatchObject({ title: draft.title, status: 'in-review' })
    },
  )

  it(
    'a refetch that finds it submitted keeps the form and its text on screen, with the offer',
    { timeout: 60_000 },
    async () => {
      const { queryClient, draft } = await typeInDraft()
      await act(() => transition(signedInAs, draft.id, { action: 'submit' }))

      // What a return to the tab does (the detail is a live query, refetched on focus).
      await act(() => queryClient.refetchQueries({ queryKey: releaseQueries.detail(draft.id).queryKey }))

      expect(await screen.findByText(/^This release was submitted for review by Amra Hadžić/)).toBeInTheDocument()
      expect(titleField()).toHaveValue('Typed while it moved on')
      expect(screen.getByRole('button', { name: 'Save as a new draft' })).toBeInTheDocument()
      expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument()
    },
  )

  it(
    'a save after it was deleted says so and offers to save it as a new draft, not "Not found" forever',
    { timeout: 60_000 },
    async () => {
      const { user, router, draft } = await typeInDraft()
      const token = await act(() => signInAs(signedInAs))
      const removed = await act(() => api(`/releases/${draft.id}`, { method: 'DELETE', token }))
      expect(removed.status).toBe(204)

      await user.click(saveButton())

      expect(await screen.findByText('This release was deleted')).toBeInTheDocument()
      expect(screen.queryByText(/Not found/)).not.toBeInTheDocument()
      expect(titleField()).toHaveValue('Typed while it moved on')
      await user.click(screen.getByRole('button', { name: 'Save as a new draft' }))

      await waitFor(() => expect(withTitle('Typed while it moved on')).toHaveLength(1))
      await waitFor(() =>
        expect(router.state.location.pathname).toBe(`/releases/${withTitle('Typed while it moved on')[0]!.id}/edit`),
      )
    },
  )

  it(
    'after a reload, the text kept from before it moved on is offered back, to save as a new draft',
    { timeout: 60_000 },
    async () => {
      const first = await typeInDraft()
      first.view.unmount()
      await transition(signedInAs, first.draft.id, { action: 'submit' })

      const { user, router } = await renderApp(`/releases/${first.draft.id}/edit`, { signedInAs })
      expect(await screen.findByText(/^This release was submitted for review by Amra Hadžić/)).toBeInTheDocument()
      await user.click(await screen.findByRole('button', { name: 'Restore' }))
      expect(titleField()).toHaveValue('Typed while it moved on')
      await user.click(screen.getByRole('button', { name: 'Save as a new draft' }))

      await waitFor(() => expect(withTitle('Typed while it moved on')).toHaveLength(1))
      await waitFor(() =>
        expect(router.state.location.pathname).toBe(`/releases/${withTitle('Typed while it moved on')[0]!.id}/edit`),
      )
    },
  )
})
