import { expect, type Page, test } from './fixtures'
import { tabTo } from './keyboard'
import { dialogByKeyboard, expectNoSeriousViolationsInBothSchemes, h1, here, scan, signIn } from './route-scan'

/**
 * As accessibility-routes.spec.ts, for the pages and dialogs of an admin: axe in light and in
 * dark, every Tab stop visibly focused, each dialog by keyboard. One page or dialog per test.
 */

const releases = (page: Page) => page.getByRole('table', { name: /^Releases/ })
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Release' })

test.describe('an admin’s routes', () => {
  test.beforeEach(async ({ page }) => signIn(page, 'Elena Marković'))
  const moldova = '/field-operations/field-operation-mission-to-moldova'
  /** The newest published release's page. */
  const openFirstPublished = async (page: Page) => {
    await page.goto('/releases?status=published')
    await releases(page).getByRole('link').first().click()
    await expect(toolbar(page).getByRole('button', { name: 'Withdraw' })).toBeVisible()
  }

  test('dashboard', async ({ page }) => {
    await scan(page, '/', 'dashboard (admin)', (p) => [h1(p, 'Dashboard')])
  })

  test('participating States', async ({ page }) => {
    await scan(page, '/states', 'participating States', (p) => [
      h1(p, 'Participating States and Partners'),
      p.getByText('Holy See', { exact: true }).first(),
    ])
  })

  test('the New State or Partner dialog', async ({ page }) => {
    await page.goto('/states')
    await expect(page.getByText('Holy See', { exact: true }).first()).toBeVisible()
    await dialogByKeyboard(
      page,
      page.getByRole('button', { name: 'New State or Partner' }),
      'New State or Partner',
      'participating States',
    )
  })

  test('chairpersonships', async ({ page }) => {
    await scan(page, '/chairpersonships', 'chairpersonships', (p) => [
      h1(p, 'Chairpersonship'),
      p.getByText('Ian Borg', { exact: true }).first(),
    ])
  })

  test('field operations', async ({ page }) => {
    await scan(page, '/field-operations', 'field operations', (p) => [
      h1(p, 'Field operations'),
      p.getByRole('link', { name: 'Mission to Moldova', exact: true }),
    ])
  })

  test('fields of work', async ({ page }) => {
    await scan(page, '/fields-of-work', 'fields of work', (p) => [
      h1(p, 'Fields of work'),
      p.getByText('Tolerance and non-discrimination', { exact: true }).first(),
    ])
  })

  test('languages', async ({ page }) => {
    await scan(page, '/languages', 'languages', (p) => [
      h1(p, 'Languages'),
      p.getByText('Тоҷикӣ', { exact: true }).first(),
    ])
  })

  test('a field operation’s page', async ({ page }) => {
    await scan(page, moldova, 'a field operation’s page', (p) => [
      h1(p, 'Mission to Moldova'),
      p.getByRole('table', { name: /^Releases assigned/ }),
    ])
  })

  test('the Close operation dialog', async ({ page }) => {
    await page.goto(moldova)
    await expect(page.getByRole('table', { name: /^Releases assigned/ })).toBeVisible()
    await dialogByKeyboard(
      page,
      page.getByRole('main').getByRole('button', { name: 'Close operation' }),
      'Close Mission to Moldova',
      'a field operation’s page',
    )
  })

  test('reports', async ({ page }) => {
    await scan(page, '/reports', 'reports', (p) => [
      h1(p, 'Reports'),
      p
        .getByRole('region', { name: 'Releases published per month' })
        .getByRole('heading', { name: 'Releases published per month' }),
    ])
  })

  test('the command palette, opened with Ctrl+K', async ({ page }) => {
    await expect(h1(page, 'Dashboard')).toBeVisible()
    await page.keyboard.press('Control+k')
    const search = page.getByRole('textbox', { name: 'Search pages, releases, States and field operations' })
    await expect(search).toBeFocused()
    await page.keyboard.type('Mold')
    await expect(page.getByRole('button', { name: 'Mission to Moldova' })).toBeVisible()
    await expectNoSeriousViolationsInBothSchemes(page, 'the command palette')
    await page.keyboard.press('Escape')
    await expect(search).toBeHidden()
  })

  test('the published releases', async ({ page }) => {
    await scan(page, '/releases?status=published', 'releases list, published (admin)', (p) => [
      releases(p).getByRole('row').nth(1),
    ])
  })

  test('a selection by keyboard, and its Assign dialog', async ({ page }) => {
    await page.goto('/releases?status=published')
    const box = releases(page)
      .getByRole('checkbox', { name: /^Select (?!all on this page)/ })
      .first()
    await expect(box).toBeVisible()
    await tabTo(page, box, 'the first row’s checkbox', 'Tab', 60)
    await page.keyboard.press('Space')
    await expect(page.getByText('1 selected')).toBeVisible()
    await dialogByKeyboard(
      page,
      page.getByRole('button', { name: 'Assign to field operations…' }),
      'Assign to field operations',
      'releases list with a selection',
      'Shift+Tab',
    )
  })

  test('a published release', async ({ page }) => {
    await openFirstPublished(page)
    await scan(page, here(page), 'preview of a published release (admin)', (p) => [
      toolbar(p).getByRole('button', { name: 'Withdraw' }),
      p.getByRole('combobox', { name: 'Field operations' }),
      p.getByRole('region', { name: 'Activity' }),
    ])
  })

  test('the Withdraw dialog', async ({ page }) => {
    await openFirstPublished(page)
    await dialogByKeyboard(
      page,
      toolbar(page).getByRole('button', { name: 'Withdraw' }),
      'Withdraw this release',
      'a published release',
    )
  })
})
