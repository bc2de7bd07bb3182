import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { find } from '../../mocks/db'
import { editorTiming } from '../../src/features/release-editor/timing'
import { renderApp } from '../render'
import { arrange, seeded, transition } from './workflow-helpers'

const signedInAs = 'user-editor-amra'
const defaults = { ...editorTiming }
// Autosave waits longer than any test: what Submit saves is what was typed, unsaved.
beforeEach(() => Object.assign(editorTiming, { autosaveMs: 600_000 }))
afterEach(() => Object.assign(editorTiming, defaults))

const panel = () => screen.getByRole('complementary', { name: 'Status' })

async function openEditor() {
  const app = await renderApp(`/releases/${seeded}/edit`, { signedInAs })
  await screen.findByRole('complementary', { name: 'Status' })
  return app
}

describe('release editor: the status panel and the next step', () => {
  // A whole round (save, submit, recall) takes longer than most on a busy machine.
  it(
    'submits for review from the editor, saving the unsaved text first, then recalls it to draft',
    { timeout: 40_000 },
    async () => {
      await arrange(seeded, { status: 'draft', authorId: signedInAs })
      const before = find('releases', seeded)!.version
      const { user } = await openEditor()
      expect(within(panel()).getByText('Draft')).toBeInTheDocument()

      const title = await screen.findByRole('textbox', { name: /^Title/ })
      await user.clear(title)
      await user.type(title, 'Borg in Dushanbe')
      await user.click(within(panel()).getByRole('button', { name: 'Submit for review' }))

      // Saved before the dialog opens, which decides on the version just saved.
      const dialog = await screen.findByRole('dialog', { name: 'Submit for review' })
      expect(find('releases', seeded)).toMatchObject({
        title: 'Borg in Dushanbe',
        status: 'draft',
        version: before + 1,
      })
      await user.type(within(dialog).getByRole('textbox', { name: 'Note for the reviewers (optional)' }), 'Ready.')
      await user.click(within(dialog).getByRole('button', { name: 'Submit for review' }))

      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
      expect(find('releases', seeded)).toMatchObject({ status: 'in-review', version: before + 2 })
      expect(await within(panel()).findByText('In review')).toBeInTheDocument()
      // Its button is gone: focus is on the new status, not lost on the page.
      await waitFor(() => expect(document.activeElement).toBe(within(panel()).getByText(/^Status:/).parentElement))
      expect(screen.getByText('Submitted for review.')).toBeInTheDocument()
      // In review, the form gives way to the notice; no "moved on while you were typing".
      expect(await screen.findByText("You can't edit this release")).toBeInTheDocument()
      expect(screen.queryByText(/while you were typing/)).not.toBeInTheDocument()

      await user.click(within(panel()).getByRole('button', { name: 'Recall from review' }))
      const recall = await screen.findByRole('dialog', { name: 'Recall from review' })
      await user.click(within(recall).getByRole('button', { name: 'Recall from review' }))

      await waitFor(() => expect(find('releases', seeded)?.status).toBe('draft'))
      expect(await within(panel()).findByText('Draft')).toBeInTheDocument()
      // A draft again: the form is back, with the text as saved.
      expect(await screen.findByRole('textbox', { name: /^Title/ })).toHaveValue('Borg in Dushanbe')
      expect(within(panel()).getByRole('button', { name: 'Submit for review' })).toBeInTheDocument()
    },
  )

  it('refuses to submit what cannot be saved, saying why beside the button', async () => {
    await arrange(seeded, { status: 'draft', authorId: signedInAs })
    const before = find('releases', seeded)!
    const { user } = await openEditor()

    const title = await screen.findByRole('textbox', { name: /^Title/ })
    await user.clear(title)
    await user.click(within(panel()).getByRole('button', { name: 'Submit for review' }))

    const refusal = await within(panel()).findByRole('alert')
    expect(refusal).toHaveTextContent('Not submitted')
    expect(refusal).toHaveTextContent('Some fields need attention')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(find('releases', seeded)).toMatchObject({ status: before.status, version: before.version })
  })

  it('pins the reviewer’s latest request for changes, with who and when, above the status', async () => {
    await arrange(seeded, { status: 'draft', authorId: signedInAs })
    await transition(signedInAs, seeded, { action: 'submit' })
    await transition('user-reviewer-claire', seeded, { action: 'request-changes', comment: 'Too long.' })
    await transition(signedInAs, seeded, { action: 'submit' })
    await transition('user-reviewer-claire', seeded, {
      action: 'request-changes',
      comment: 'Name the donor in the second paragraph.',
    })
    await openEditor()

    const request = await within(panel()).findByRole('region', { name: 'Latest review request' })
    expect(within(request).getByText('Name the donor in the second paragraph.')).toBeInTheDocument()
    expect(within(request).queryByText('Too long.')).not.toBeInTheDocument()
    expect(request).toHaveTextContent(/Claire .* asked for changes, /)
    expect(within(request).getByText(/\d/, { selector: 'time' })).toBeInTheDocument()
    expect(within(panel()).getByText('Changes requested')).toBeInTheDocument()
    expect(within(panel()).getByRole('button', { name: 'Submit for review' })).toBeInTheDocument()
    // The form is there to revise it.
    expect(screen.getByRole('textbox', { name: /^Title/ })).toBeInTheDocument()
  })
})
