import { expect, test } from './fixtures'
import { expectNoSeriousViolations } from './accessibility'

test('an editor opens a deep link, signs in, lands on the releases and signs out', async ({ page }) => {
  await page.goto('/releases?page=2')
  await expect(page).toHaveURL(/\/sign-in\?redirect=/)
  await expect(page.getByRole('heading', { name: 'Sign in to Newsroom admin' })).toBeVisible()
  await expectNoSeriousViolations(page, 'sign-in')

  await page.getByRole('button', { name: 'Sign in as Amra Hadžić' }).click()
  await expect(page).toHaveURL(/\/releases\?page=2/)
  const header = page.getByRole('banner')
  await expect(header.getByText('Amra Hadžić')).toBeVisible()
  await expect(header.getByText('editor', { exact: true })).toBeVisible()

  const table = page.getByRole('table')
  await expect(table.getByRole('row').nth(1)).toBeVisible()
  expect(await table.getByRole('row').count()).toBeGreaterThan(10)
  await expectNoSeriousViolations(page, 'releases list')

  await header.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('heading', { name: 'Sign in to Newsroom admin' })).toBeVisible()
})

// axe on these pages, in light and dark, is in accessibility-routes.spec.ts and accessibility-admin-routes.spec.ts (every route, each as its role).
test('every reference page shows the source page’s facts, and the header’s colour scheme choice applies and stays', async ({
  page,
}) => {
  await page.goto('/sign-in')
  await page.getByRole('button', { name: 'Sign in as Elena Marković' }).click()
  await expect(page.getByRole('banner').getByText('Elena Marković')).toBeVisible()
  const nav = page.getByRole('navigation')

  const pages = [
    { link: 'Participating States', fact: 'Holy See' },
    { link: 'Chairpersonship', fact: 'Ian Borg' },
    { link: 'Field operations', fact: 'Ambassador Willy Kempel' },
    { link: 'Fields of work', fact: 'Tolerance and non-discrimination' },
    { link: 'Releases', fact: 'Dateline' },
    { link: 'Dashboard', fact: 'Dashboard' },
  ]
  for (const { link, fact } of pages) {
    await nav.getByRole('link', { name: link }).click()
    await expect(page.getByRole('main').getByText(fact, { exact: true }).first()).toBeVisible()
  }
  for (const scheme of ['Dark', 'Light', 'Dark']) {
    // By keyboard, as a person would: the colour scheme's radios are visually hidden behind their icons.
    await page.getByRole('radio', { name: scheme }).focus()
    await page.keyboard.press('Space')
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme.toLowerCase())
  }
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark')
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked()
})

test('the demo database survives a reload and an unknown address shows not found', async ({ page }) => {
  await page.goto('/sign-in')
  await page.getByRole('button', { name: 'Sign in as Jonas Lindqvist' }).click()
  await expect(page.getByRole('banner').getByText('Jonas Lindqvist')).toBeVisible()
  await page.goto('/no-such-page')
  await expect(page.getByRole('heading', { name: /not found/i })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { name: /not found/i })).toBeVisible()
  await expect(page.getByRole('banner').getByText('Jonas Lindqvist')).toBeVisible()
})
