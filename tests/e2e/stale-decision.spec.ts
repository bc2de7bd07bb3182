import { expect, test } from './fixtures'
import { expectNoSeriousViolations } from './accessibility'
import { act, signIn, status, submitLatestDraft, toolbar } from './people'

/**
 * Issue #10: reviewer A opens Approve; meanwhile reviewer B asks for changes, the editor
 * rewrites the title and submits again. A's Approve must not publish the text A never read:
 * the dialog says what changed, and A approves the new version only after seeing it.
 * One browser context, one tab per person: each tab has its own session, all share the demo database.
 */
test('a reviewer cannot approve a version they did not see; they see what changed and approve the new one', async ({
  context,
  allowConsoleMessage,
}) => {
  test.setTimeout(180_000)
  allowConsoleMessage(
    /^console\.error: Failed to load resource: .* 409 \(Conflict\)/,
    'the stale approval is refused on purpose',
  )
  const editor = await context.newPage()
  const reviewerA = await context.newPage()
  const reviewerB = await context.newPage()

  // Amra submits her latest draft.
  await signIn(editor, 'Amra Hadžić')
  const { title, releaseUrl } = await submitLatestDraft(editor)

  // Claire opens Approve on the version in review, types a comment, and is called away.
  await signIn(reviewerA, 'Claire Dubois')
  await reviewerA.goto(releaseUrl)
  await expect(reviewerA.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await toolbar(reviewerA).getByRole('button', { name: 'Approve' }).click()
  const approve = reviewerA.getByRole('dialog', { name: 'Approve for publication' })
  await approve.getByRole('textbox', { name: 'Comment (optional)' }).fill('Read and approved.')

  // Meanwhile Tomasz asks for changes, and Amra rewrites the title and submits again.
  await signIn(reviewerB, 'Tomasz Nowak')
  await reviewerB.goto(releaseUrl)
  await act(reviewerB, 'Request changes', 'Request changes', (dialog) =>
    dialog.getByRole('textbox', { name: /What needs to change/ }).fill('Say where it happened in the title.'),
  )
  await expect(status(reviewerB)).toHaveText('Status: Changes requested')
  await editor.bringToFront()
  await editor.reload()
  await expect(status(editor)).toHaveText('Status: Changes requested')
  await toolbar(editor).getByRole('link', { name: 'Edit' }).click()
  const revised = `Unreviewed words: ${title}`.slice(0, 200)
  await editor.getByRole('textbox', { name: 'Title' }).fill(revised)
  await editor.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(editor.locator('output').getByText(/^Saved at/)).toBeVisible()
  await editor.goto(releaseUrl)
  await expect(editor.getByRole('heading', { level: 1, name: revised })).toBeVisible()
  await act(editor, 'Submit for review', 'Submit for review')
  await expect(status(editor)).toHaveText('Status: In review')

  // Claire comes back and clicks Approve in the dialog still open: refused, with what changed.
  await reviewerA.bringToFront()
  await approve.getByRole('button', { name: 'Approve', exact: true }).click()
  await expect(approve.getByRole('alert')).toContainText('This release changed since you opened it')
  const titleChange = approve.getByRole('figure', { name: 'Title' })
  await expect(titleChange.locator('ins')).toContainText('Unreviewed words')
  await expect(
    approve.getByText(/^Since then: Changes requested by Tomasz Nowak; .*Submitted for review by Amra Hadžić/),
  ).toBeVisible()
  await expect(approve.getByRole('textbox', { name: 'Comment (optional)' })).toHaveValue('Read and approved.')
  await expectNoSeriousViolations(reviewerA, 'Approve dialog showing what changed')
  await reviewerA.screenshot({ path: 'test-results/stale-decision-changes.png' })
  await editor.reload()
  await expect(status(editor)).toHaveText('Status: In review')

  // She reads the new version and approves it: published as it is now, approved once, by her.
  await approve.getByRole('button', { name: 'Review the new version' }).click()
  await expect(approve.getByText('You are now deciding on the new version')).toBeVisible()
  await approve.getByRole('button', { name: 'Approve', exact: true }).click()
  await expect(approve).toBeHidden()
  await expect(status(reviewerA)).toHaveText('Status: Published')
  await expect(reviewerA.getByRole('heading', { level: 1, name: revised })).toBeVisible()
  const history = reviewerA.getByRole('region', { name: 'Activity' })
  await expect(history.getByText('Read and approved.')).toHaveCount(1)
})
