import { emulateColorScheme, expectNoSeriousViolations } from './accessibility'
import { expect, test } from './fixtures'
import { signIn } from './people'

// The seed schedules "OSCE Chair-in-Office Cassis visits Tajikistan…" for 2 December 2026.
const tajikistan = /^OSCE Chair-in-Office Cassis visits Tajikistan/

test('a reviewer reads what goes out in a month and a week, by keyboard, at 1280 and 390 px', async ({ page }) => {
  await signIn(page, 'Claire Dubois')
  await page.getByRole('navigation').getByRole('link', { name: 'Publication calendar' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Publication calendar' })).toBeVisible()

  await page.goto('/calendar?date=2026-11-15')
  await expect(page.getByRole('heading', { level: 2, name: 'November 2026' })).toBeVisible()
  // By keyboard: the next month, then the week of a scheduled release.
  await page.getByRole('button', { name: 'Next month' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: 'December 2026' })).toBeVisible()
  const second = page.getByRole('listitem', { name: /^Wednesday 2 December, \d+ releases?$/ })
  await expect(second.getByRole('link', { name: tajikistan })).toBeVisible()
  await expectNoSeriousViolations(page, 'publication calendar, month, 1280')

  // The view is a radio group: the arrow keys move from Month to Week.
  await page.getByRole('radio', { name: 'Month' }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('radio', { name: 'Week' })).toBeChecked()
  await expect(page).toHaveURL(/view=week/)
  await page.goto('/calendar?view=week&date=2026-12-02')
  await expect(page.getByRole('heading', { level: 2, name: '30 November – 6 December 2026' })).toBeVisible()

  await page.setViewportSize({ width: 390, height: 844 })
  // Polled: a new width's layout settles over the navigation's transition.
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await expectNoSeriousViolations(page, 'publication calendar, week, 390')
  await page.goto('/calendar?date=2026-12-01')
  await expect(page.getByRole('heading', { level: 2, name: 'December 2026' })).toBeVisible()
  // On a phone the month is the list of its days that have releases.
  await expect(page.getByRole('listitem', { name: /^Tuesday 1 December, nothing$/ })).toBeHidden()
  await expectNoSeriousViolations(page, 'publication calendar, month, 390')
  await emulateColorScheme(page, 'dark')
  await expectNoSeriousViolations(page, 'publication calendar, month, 390, dark')

  const link = page.getByRole('listitem', { name: /^Wednesday 2 December/ }).getByRole('link', { name: tajikistan })
  await link.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: tajikistan })).toBeVisible()
})
