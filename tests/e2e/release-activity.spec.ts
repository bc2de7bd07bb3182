import { expectNoSeriousViolationsInBothSchemes } from './route-scan'
import { expect, type Page, test } from './fixtures'
import { act, signIn, submitLatestDraft } from './people'

const activity = (page: Page) => page.getByRole('region', { name: 'Activity' })
const entries = (page: Page) => activity(page).getByRole('list', { name: 'Activity' }).getByRole('listitem')

/** axe in both schemes at 1280 and at 390 px, with nothing wider than the screen at 390. */
async function scanAtBothWidths(page: Page, where: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 })
    await expect(activity(page)).toBeVisible()
    // Polled: a new width's layout settles over the navigation's transition.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: `${where} at ${width}` })
      .toBeLessThanOrEqual(width)
    await expectNoSeriousViolationsInBothSchemes(page, `${where}, ${width} px`)
  }
  await page.setViewportSize({ width: 1280, height: 800 })
}

test('the reviewer’s request and the comments make one stream, on the release page and in the editor', async ({
  context,
}) => {
  test.setTimeout(180_000)
  const editor = await context.newPage()
  const reviewer = await context.newPage()
  await signIn(editor, 'Amra Hadžić')
  const { releaseUrl } = await submitLatestDraft(editor)

  // Claire asks a question, then asks for changes, on the release page.
  await signIn(reviewer, 'Claire Dubois')
  await reviewer.goto(releaseUrl)
  await activity(reviewer)
    .getByRole('textbox', { name: 'Add a comment' })
    .fill('Who is quoted in the second paragraph?')
  await activity(reviewer).getByRole('button', { name: 'Post' }).click()
  await expect(entries(reviewer).last()).toContainText('Who is quoted in the second paragraph?')
  await act(reviewer, 'Request changes', 'Request changes', (dialog) =>
    dialog.getByRole('textbox', { name: /What needs to change/ }).fill('Quote the Minister by name.'),
  )
  await expect(entries(reviewer).last()).toContainText('Changes requested')
  await expect(entries(reviewer).last()).toContainText('“Quote the Minister by name.”')
  await expect(entries(reviewer).nth(-2)).toContainText('Who is quoted in the second paragraph?')
  // Read afresh (and without the step's passing notice): the stream is the server's.
  await reviewer.reload()
  await expect(entries(reviewer).last()).toContainText('“Quote the Minister by name.”')
  await scanAtBothWidths(reviewer, 'release page with its activity')

  // Amra reads both in the editor, with the request pinned above, and answers from there.
  await editor.bringToFront()
  await editor.goto(`${releaseUrl}/edit`)
  const panel = editor.getByRole('complementary', { name: 'Status' })
  await expect(panel.getByRole('region', { name: 'Latest review request' })).toContainText(
    'Quote the Minister by name.',
  )
  await expect(entries(editor).last()).toContainText('“Quote the Minister by name.”')
  await expect(entries(editor).nth(-2)).toContainText('Who is quoted in the second paragraph?')
  await activity(editor).getByRole('textbox', { name: 'Add a comment' }).fill('Quoted him in the first paragraph.')
  await activity(editor).getByRole('button', { name: 'Post' }).click()
  await expect(entries(editor).last()).toContainText('Quoted him in the first paragraph.')
  await expect(activity(editor).getByRole('textbox', { name: 'Add a comment' })).toHaveValue('')
  await scanAtBothWidths(editor, 'editor with its activity')
})
