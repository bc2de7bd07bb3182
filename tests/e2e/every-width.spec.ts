import { expectNoSeriousViolationsInBothSchemes } from './route-scan'
import { expect, type Page, test } from './fixtures'
import { signIn } from './people'

/**
 * Found on a phone: the header's controls crowded the search and Sign out fell off-screen, the
 * first screen of the releases list was all filters, and every table scrolled sideways with one
 * column in view. At 390 px (and at 640, a 1280 window zoomed to 200%) a list is now cards
 * under a folded "Filters" button, and the account menu holds the color scheme and Sign out.
 */

const phone = { width: 390, height: 844 }

/** Nothing wider than the window: the page never scrolls sideways. */
async function expectNoSidewaysScroll(page: Page, where: string) {
  // Polled: a new width's layout settles over the navigation's transition.
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), {
      message: `${where}: the page is wider than its window by this many pixels`,
    })
    .toBeLessThanOrEqual(0)
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 })

test('at 390 px no page scrolls sideways (admin)', async ({ page }) => {
  // Eleven pages one after another: more than a minute on a loaded machine.
  test.setTimeout(150_000)
  await signIn(page, 'Elena Marković')
  await page.setViewportSize(phone)
  await page.goto('/releases')
  const firstTitle = page
    .getByRole('table', { name: /^Releases/ })
    .getByRole('rowheader')
    .first()
    .getByRole('link')
  const release = (await firstTitle.getAttribute('href'))!
  const routes = [
    '/',
    '/inbox',
    '/review',
    '/releases',
    '/states',
    '/chairpersonships',
    '/field-operations',
    '/fields-of-work',
    '/reports',
    '/releases/new',
    release,
  ]
  for (const route of routes) {
    await page.goto(route)
    await expect(h1(page)).toBeVisible()
    // A list's rows (cards) are drawn before it is measured.
    if (await page.getByRole('table').count()) await expect(page.getByRole('row').nth(1)).toBeVisible()
    await expectNoSidewaysScroll(page, route)
  }
})

test('on a phone the releases list comes first: filters fold, rows are cards, axe in both schemes', async ({
  page,
}) => {
  await signIn(page, 'Elena Marković')
  await page.setViewportSize(phone)
  await page.goto('/releases?from=2024-01-01')
  const filters = page.getByRole('button', { name: /^Filters\W+1 set$/ })
  await expect(filters).toHaveAttribute('aria-expanded', 'false')
  await expect(page.getByRole('textbox', { name: 'From' })).toBeHidden()
  // The first card is on the first screen, its values under their column's names.
  const table = page.getByRole('table', { name: /^Releases/ })
  const first = table.getByRole('row').nth(1)
  await expect(first).toBeInViewport()
  await expect(first.getByRole('cell').nth(1)).toBeVisible()
  await expectNoSeriousViolationsInBothSchemes(page, 'releases at 390 px')

  await filters.click()
  await expect(filters).toHaveAttribute('aria-expanded', 'true')
  await expect(page.getByRole('textbox', { name: 'From' })).toHaveValue('2024-01-01')
  await expect(page.getByRole('combobox', { name: 'Source' })).toBeVisible()
  await expectNoSidewaysScroll(page, 'releases with the filters open')

  // A row's checkbox still selects it by keyboard.
  const select = first.getByRole('checkbox')
  await select.focus()
  await page.keyboard.press('Space')
  await expect(select).toBeChecked()
})

test('on a phone the account menu holds the color scheme and Sign out (editor)', async ({ page }) => {
  await signIn(page, 'Amra Hadžić')
  await page.setViewportSize(phone)
  const header = page.getByRole('banner')
  await expect(header.getByRole('button', { name: 'Sign out' })).toBeHidden()
  const account = header.getByRole('button', { name: 'Account' })
  await account.click()
  const menu = page.getByRole('menu')
  await expect(menu.getByText('Amra Hadžić')).toBeVisible()
  await expectNoSeriousViolationsInBothSchemes(page, 'the account menu at 390 px')

  // The scan left the system's scheme dark: choosing Light overrides it.
  await menu.getByRole('menuitemradio', { name: 'Light' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light')
  await expect(menu.getByRole('menuitemradio', { name: 'Light' })).toBeChecked()
  await menu.getByRole('menuitem', { name: 'Sign out' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Newsroom admin' })).toBeVisible()
})

test('at 640 px (1280 at 200% zoom) the review queue is cards under folded filters', async ({ page }) => {
  await signIn(page, 'Claire Dubois')
  await page.setViewportSize({ width: 640, height: 400 })
  await page.goto('/review')
  await expect(page.getByRole('button', { name: 'Filters' })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Type' })).toBeHidden()
  await expect(
    page
      .getByRole('table', { name: /^In review/ })
      .getByRole('row')
      .nth(1),
  ).toBeVisible()
  await expectNoSidewaysScroll(page, 'review queue at 640 px')
})

test('at 1280 × 800 the releases table shows ten whole rows and every column', async ({ page }) => {
  await signIn(page, 'Elena Marković')
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/releases')
  const table = page.getByRole('table', { name: /^Releases/ })
  await expect(table.getByRole('row').nth(10)).toBeVisible()
  const fit = await table.evaluate((element) => {
    // The table's scroll box (Mantine's ScrollContainer) is the nearest ancestor that could scroll sideways.
    let box = element.parentElement!
    while (box.parentElement && getComputedStyle(box).overflowX === 'visible') box = box.parentElement
    const rows = [...element.querySelectorAll('tbody tr')].filter((row) => {
      const { top, bottom } = row.getBoundingClientRect()
      return top >= 0 && bottom <= window.innerHeight
    })
    return { whole: rows.length, table: element.scrollWidth, box: box.clientWidth }
  })
  expect(fit.whole, 'rows wholly on the first screen').toBeGreaterThanOrEqual(10)
  expect(fit.table, 'the table’s width within its box: no column cut').toBeLessThanOrEqual(fit.box)
})
