import { describe, expect, it } from 'vitest'
import { allowedActions, type ReleaseAction, type ReleaseStatus } from '../../src/api/contract'
import { find } from '../../mocks/db'
import { renderApp } from '../render'
import { arrange, seeded, toolbarActions } from './workflow-helpers'

const label: Record<ReleaseAction, string> = {
  edit: 'Edit',
  delete: 'Delete draft',
  submit: 'Submit for review',
  recall: 'Recall from review',
  approve: 'Approve',
  'request-changes': 'Request changes',
  withdraw: 'Withdraw',
  unschedule: 'Return to draft',
  reopen: 'Reopen',
  // Offered on the stale-translation panel, not among the page's actions.
  'confirm-translation': 'Confirm still correct',
}

const cases: { user: string; status: ReleaseStatus; expected: string[] }[] = [
  { user: 'user-editor-jonas', status: 'draft', expected: ['Delete draft', 'Edit', 'Submit for review'] },
  { user: 'user-editor-jonas', status: 'changes-requested', expected: ['Edit', 'Submit for review'] },
  { user: 'user-editor-jonas', status: 'in-review', expected: ['Recall from review'] },
  { user: 'user-editor-amra', status: 'in-review', expected: [] },
  { user: 'user-editor-jonas', status: 'published', expected: [] },
  { user: 'user-editor-amra', status: 'draft', expected: [] },
  { user: 'user-reviewer-claire', status: 'draft', expected: [] },
  { user: 'user-reviewer-claire', status: 'in-review', expected: ['Approve', 'Edit', 'Request changes'] },
  { user: 'user-reviewer-tomasz', status: 'in-review', expected: ['Approve', 'Edit', 'Request changes'] },
  { user: 'user-admin-elena', status: 'in-review', expected: [] },
  { user: 'user-admin-elena', status: 'draft', expected: ['Delete draft', 'Edit', 'Submit for review'] },
  { user: 'user-admin-elena', status: 'scheduled', expected: ['Return to draft', 'Withdraw'] },
  { user: 'user-admin-daniel', status: 'published', expected: ['Withdraw'] },
  { user: 'user-admin-daniel', status: 'withdrawn', expected: ['Reopen'] },
  { user: 'user-editor-jonas', status: 'withdrawn', expected: [] },
]

describe('release page: the actions a person may take', () => {
  it.each(cases)('$user on a $status release (by Jonas) sees $expected', async ({ user, status, expected }) => {
    await arrange(seeded, { status, authorId: 'user-editor-jonas' })
    await renderApp(`/releases/${seeded}`, { signedInAs: user })

    const shown = await toolbarActions()
    expect(shown).toEqual(expected)
    // Exactly what the API allows: the contract's own rule, applied to the same release.
    const stored = find('releases', seeded)!
    const role = find('users', user)!.role
    expect(shown).toEqual(
      allowedActions({ id: user, role }, stored)
        .map((action) => label[action])
        .toSorted(),
    )
  })

  it('shows a reviewer no Approve on a release they wrote themselves (four eyes)', async () => {
    await arrange(seeded, { status: 'in-review', authorId: 'user-reviewer-claire' })
    await renderApp(`/releases/${seeded}`, { signedInAs: 'user-reviewer-claire' })

    expect(await toolbarActions()).toEqual([])
  })
})
