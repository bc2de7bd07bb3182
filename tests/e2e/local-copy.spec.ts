import { expectNoSeriousViolations } from './accessibility'
import { expect, type Page, test } from './fixtures'
import { signIn as signInAsPerson } from './people'

/*
 * Issue #10, finding 4, in a real browser with real tabs (one context: one localStorage, a
 * sessionStorage and a session per tab, Web Locks telling which tabs live).
 */

async function signIn(page: Page, name = 'Amra Hadžić') {
  // Leaving a page with unsaved text asks first (beforeunload): the person confirms.
  page.on('dialog', (dialog) => void dialog.accept())
  await signInAsPerson(page, name)
}

const keptTexts = (page: Page) => page.evaluate(() => Object.values(localStorage).join('\n'))
const title = (page: Page) => page.getByRole('textbox', { name: 'Title' })

async function startNewRelease(page: Page, text: string) {
  await page.goto('/releases/new')
  await title(page).fill(text)
  await expect.poll(() => keptTexts(page)).toContain(text)
}

test('new releases’ copies: one per tab, back after a reload, offered to a new tab once their tab is closed, gone at sign-out', async ({
  context,
  page,
}) => {
  // Three tabs, each signing in: more than one page's worth of time on a busy machine.
  test.setTimeout(180_000)
  await signIn(page)
  await startNewRelease(page, 'Written in tab A')

  const tabB = await context.newPage()
  await signIn(tabB)
  await startNewRelease(tabB, 'Written in tab B')
  // Tab A is open: its copy is its own, not offered here.
  await expect(tabB.getByText(/Restore your unsaved/)).toHaveCount(0)

  await page.reload()
  await expect(page.getByText(/^Restore your unsaved changes from today, \d\d:\d\d\?$/)).toBeVisible()
  await expect(page.getByText(/Written in tab B/)).toHaveCount(0)
  await expectNoSeriousViolations(page, 'editor, restore offer')
  await page.getByRole('button', { name: 'Restore' }).click()
  await expect(title(page)).toHaveValue('Written in tab A')

  await tabB.close({ runBeforeUnload: true })
  const tabC = await context.newPage()
  await signIn(tabC)
  await tabC.goto('/releases/new')
  await expect(
    tabC.getByText(/^Restore your unsaved new release “Written in tab B” from today, \d\d:\d\d\?$/),
  ).toBeVisible()
  await expect(tabC.getByText(/Written in tab A/)).toHaveCount(0)
  await tabC.getByRole('button', { name: 'Restore' }).click()
  await expect(title(tabC)).toHaveValue('Written in tab B')

  await tabC.getByRole('button', { name: 'Sign out' }).click()
  await tabC.getByRole('dialog', { name: 'Leave without saving?' }).getByRole('button', { name: 'Leave' }).click()
  await expect(tabC).toHaveURL(/\/sign-in/)
  const left = await keptTexts(tabC)
  expect(left).not.toContain('Written in tab A')
  expect(left).not.toContain('Written in tab B')
})
