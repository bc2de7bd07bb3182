import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { find, signInAs } from '../../mocks/db'
import { storage } from '../../mocks/db'
import { api } from '../../mocks/test-support/api'
import { renderApp } from '../render'
import {
  arrange,
  forgetWindowFocus,
  returnToWindowLater,
  seeded,
  statusInToolbar,
  toolbar,
  transition,
} from './workflow-helpers'

afterEach(forgetWindowFocus)

/** Jonas rewrites the body, as the editor would save it. */
async function rewrite(id: string, body: string) {
  const token = await signInAs('user-editor-jonas')
  const response = await api(`/releases/${id}`, {
    method: 'PATCH',
    token,
    body: { body, version: find('releases', id)!.version },
  })
  if (response.status !== 200) throw new Error(`PATCH answered ${response.status}: ${JSON.stringify(response.json)}`)
}

const approvalsBy = async (id: string, actorId: string) =>
  (await storage.historyOf(id)).filter((entry) => entry.kind === 'approve' && entry.actorId === actorId)

describe('a decision is bound to the version its maker saw (issue #10)', () => {
  it('refuses an approval of a version Claire never read, shows what changed, and approves the new one once she has seen it', async () => {
    await arrange(seeded, { status: 'in-review', authorId: 'user-editor-jonas' })
    const { user } = await renderApp(`/releases/${seeded}`, { signedInAs: 'user-reviewer-claire' })
    await user.click(within(await toolbar()).getByRole('button', { name: 'Approve' }))
    const dialog = await screen.findByRole('dialog', { name: 'Approve for publication' })
    const seen = find('releases', seeded)!.version
    // The seeded release was approved by Claire once already, long ago.
    const earlier = (await approvalsBy(seeded, 'user-reviewer-claire')).length
    await user.type(within(dialog).getByRole('textbox', { name: 'Comment (optional)' }), 'Good to go.')

    // Meanwhile Tomasz asks for changes, Jonas rewrites the body and submits it again.
    await transition('user-reviewer-tomasz', seeded, { action: 'request-changes', comment: 'Say who was met.' })
    await rewrite(seeded, '<p>The Chair met the President of Tajikistan.</p><p>A new paragraph nobody reviewed.</p>')
    await transition('user-editor-jonas', seeded, { action: 'submit' })
    const theirs = find('releases', seeded)!.version
    returnToWindowLater()

    // The page behind the dialog moved on: the dialog says so before Claire clicks.
    const notice = await within(dialog).findByRole('status')
    expect(notice).toHaveTextContent('This release changed since you opened it')
    expect(within(dialog).getByText(`Version: ${seen} → ${theirs}`)).toBeInTheDocument()

    await user.click(within(dialog).getByRole('button', { name: 'Approve' }))
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('This release changed since you opened it')
    expect(alert).toHaveTextContent('Nothing was done')
    expect(find('releases', seeded)).toMatchObject({ status: 'in-review', version: theirs })
    expect(await approvalsBy(seeded, 'user-reviewer-claire')).toHaveLength(earlier)

    // What changed: who moved it, and the text word by word, marked in words as well as lines.
    await waitFor(() =>
      expect(dialog).toHaveTextContent(
        /Since then: Changes requested by Tomasz Nowak; Submitted for review by Jonas Lindqvist/,
      ),
    )
    const body = within(dialog).getByRole('figure', { name: 'Body' })
    const marked = (tag: string) => [...body.querySelectorAll(tag)].map((element) => element.textContent).join(' ')
    expect(marked('ins')).toMatch(/^\[added: .*nobody reviewed/)
    expect(marked('del')).toMatch(/^\[removed: /)
    expect(within(dialog).getByText(/Added words are/)).toBeInTheDocument()
    expect(within(dialog).getByRole('textbox', { name: 'Comment (optional)' })).toHaveValue('Good to go.')

    await user.click(within(dialog).getByRole('button', { name: 'Review the new version' }))
    expect(await within(dialog).findByText('You are now deciding on the new version')).toBeInTheDocument()
    expect(within(dialog).queryByText('This release changed since you opened it')).not.toBeInTheDocument()
    expect(within(dialog).getByRole('textbox', { name: 'Comment (optional)' })).toHaveValue('Good to go.')

    await user.click(within(dialog).getByRole('button', { name: 'Approve' }))
    await waitFor(() => expect(find('releases', seeded)).toMatchObject({ status: 'published', version: theirs + 1 }))
    expect(await approvalsBy(seeded, 'user-reviewer-claire')).toHaveLength(earlier + 1)
    expect((await approvalsBy(seeded, 'user-reviewer-claire')).at(-1)).toMatchObject({ comment: 'Good to go.' })
    expect(await statusInToolbar()).toHaveTextContent('Published')
  })
})
