import { expect, test } from './fixtures'
import { expectNoSeriousViolations } from './accessibility'

test('an admin opens the reports, sees the charts and a table, and the page passes axe', async ({ page }) => {
  await page.goto('/sign-in')
  await page.getByRole('button', { name: 'Sign in as Elena Marković' }).click()
  await expect(page.getByRole('banner').getByText('Elena Marković')).toBeVisible()

  await page.getByRole('navigation').getByRole('link', { name: 'Reports' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible()
  const months = page.getByRole('region', { name: 'Releases published per month' })
  await expect(months.getByRole('heading', { name: 'Releases published per month' })).toBeVisible()
  // The chart's code has loaded and drawn its bars.
  await expect(months.locator('.recharts-surface')).toBeVisible()
  await expectNoSeriousViolations(page, 'reports (charts)')

  await months.getByRole('button', { name: /^Show table/ }).click()
  await expect(months.getByRole('table', { name: 'Releases published per month' })).toBeVisible()
  await expectNoSeriousViolations(page, 'reports (table)')

  await page.keyboard.press('Control+k')
  const search = page.getByRole('textbox', { name: 'Search pages, releases, States and field operations' })
  await expect(search).toBeFocused()
  await search.fill('field op')
  await page.getByRole('button', { name: 'Field operations' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Field operations' })).toBeVisible()
})
