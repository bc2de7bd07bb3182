import { expect, type Page, test } from './fixtures'
import { emulateColorScheme, expectNoSeriousViolations } from './accessibility'
import { signIn, toolbar } from './people'

/**
 * Issue #12, "a diff a person can judge": Amra edits one draft in two tabs. The tab she comes
 * back to says, before she types, that a newer version was saved by her in another tab; once
 * she has typed, the conflict view compares the texts word by word, in full, and its one save
 * saves the merge. Axe and screenshots at 1280 and 390 px.
 */
const atBothWidths = async (page: Page, where: string, shot: string) => {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 1280 ? 900 : 844 })
    await expectNoSeriousViolations(page, `${where} at ${width} px`)
    await page.screenshot({ path: `test-results/${shot}-${width}.png`, fullPage: true })
  }
  await emulateColorScheme(page, 'dark')
  await expectNoSeriousViolations(page, `${where} at 390 px, dark`)
  await page.screenshot({ path: `test-results/${shot}-390-dark.png` })
  await emulateColorScheme(page, 'light')
  await page.setViewportSize({ width: 1280, height: 900 })
}

test('a tab coming back to a newer version says so; the conflict view shows words and has one save', async ({
  context,
  allowConsoleMessage,
}) => {
  test.setTimeout(180_000)
  allowConsoleMessage(
    /^console\.error: Failed to load resource: .* 409 \(Conflict\)/,
    'tab A saves over tab B on purpose',
  )
  const tabA = await context.newPage()
  const tabB = await context.newPage()

  // Tab A opens Amra's latest draft in the editor.
  await signIn(tabA, 'Amra Hadžić')
  await tabA
    .getByRole('region', { name: /^My drafts/ })
    .getByRole('list', { name: 'My drafts' })
    .getByRole('link')
    .first()
    .click()
  await toolbar(tabA).getByRole('link', { name: 'Edit' }).click()
  await expect(tabA.getByRole('heading', { level: 1, name: 'Edit release' })).toBeVisible()
  const title = tabA.getByRole('textbox', { name: 'Title' })
  const original = await title.inputValue()

  // Tab B, the same person, adds words to the body's first paragraph and saves.
  await signIn(tabB, 'Amra Hadžić')
  await tabB.goto(tabA.url())
  await tabB.locator('[contenteditable="true"][aria-labelledby]').locator('p').first().click()
  await tabB.keyboard.press('End')
  await tabB.keyboard.type(' Added in the other tab.')
  await tabB.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(tabB.locator('output').getByText(/^Saved at/)).toBeVisible()

  // Back in tab A: before anything is typed, a banner names who and when, and offers the new version.
  await tabA.bringToFront()
  // Headless Chromium does not always send focus to a tab brought to the front: say it as the browser would.
  await tabA.evaluate(() => window.dispatchEvent(new Event('focus')))
  const banner = tabA.getByRole('alert').filter({ hasText: 'A newer version was saved by you, in another tab, at' })
  await expect(banner).toBeVisible()
  await expect(banner.getByRole('button', { name: /^Load version \d+$/ })).toBeVisible()
  await atBothWidths(tabA, 'editor: newer version banner', 'editor-newer-version')

  // She types anyway: the banner now offers to compare; the conflict view shows the words, in full.
  await title.fill(`${original} (tab A)`)
  await banner.getByRole('button', { name: 'Compare and merge' }).click()
  const panel = tabA.getByRole('region', { name: 'Conflicting changes' })
  await expect(panel.getByRole('heading', { name: /^Saved first by you, in another tab, at / })).toBeFocused()
  const body = panel.getByRole('figure', { name: 'Body: theirs and mine' })
  await expect(body.locator('del')).toContainText('Added in the other tab.')
  await expect(panel.getByRole('figure', { name: 'Title: theirs and mine' }).locator('ins')).toContainText('(tab A)')
  await atBothWidths(tabA, 'editor: conflict view', 'editor-conflict')

  // One save: the panel has none of its own; the form's Save merged saves title (mine) and body (theirs).
  await expect(panel.getByRole('button', { name: /save/i })).toHaveCount(0)
  await expect(
    panel.getByRole('radiogroup', { name: 'Body: which version' }).getByRole('radio', { name: 'Take theirs' }),
  ).toBeChecked()
  await tabA.getByRole('button', { name: 'Save merged' }).click()
  await expect(tabA.locator('output').getByText(/^Saved at/)).toBeVisible()
  await expect(panel).toBeHidden()
  await tabA.reload()
  await expect(title).toHaveValue(`${original} (tab A)`)
  await expect(tabA.getByRole('textbox', { name: 'Body' })).toContainText('Added in the other tab.')
})
