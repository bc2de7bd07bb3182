import { expect, type Locator, type Page, test } from './fixtures'
import { emulateColorScheme, expectFocusVisible, expectNoSeriousViolations } from './accessibility'
import { expectEveryStopVisible, expectFocusTrapped, focusPageStart, tabTo } from './keyboard'

/**
 * axe on every route, in light and in dark, signed in as the role that uses it (an admin sees
 * the most controls on the shared pages). Each page is loaded once and scanned in both schemes.
 */
const schemes = ['light', 'dark'] as const

async function signIn(page: Page, name: string) {
  await page.goto('/sign-in')
  await page.getByRole('button', { name: `Sign in as ${name}` }).click()
  await expect(page.getByRole('banner').getByText(name)).toBeVisible()
}

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name })

/** Opens a route by its address, waits until it is whole, and scans it in both schemes. */
async function scan(page: Page, route: string, where: string, ready: (page: Page) => Locator[]) {
  await test.step(`${where} (${route})`, async () => {
    if (route !== page.url().replace(/^https?:\/\/[^/]+/, '')) await page.goto(route)
    for (const locator of ready(page)) await expect(locator).toBeVisible()
    // Every Tab stop of the page shows its focus.
    const stops = await expectEveryStopVisible(page, where)
    expect(stops, `${where}: Tab stops`).toBeGreaterThan(0)
    for (const scheme of schemes) {
      await emulateColorScheme(page, scheme)
      await expectNoSeriousViolations(page, `${where} (${scheme})`)
    }
  })
}

/**
 * A dialog opened by keyboard from its button: focus goes in, Tab stays in, axe passes in both
 * schemes while it is open, Escape closes it and focus is back on the button.
 */
async function dialogByKeyboard(page: Page, opener: Locator, name: string, where: string, key = 'Tab') {
  await test.step(`${where}: the ${name} dialog by keyboard`, async () => {
    // Forward from the top of the page; backward from where focus is (a selected row, to its bar above).
    if (key === 'Tab') await focusPageStart(page)
    await tabTo(page, opener, `${where}: ${name}`, key, 60)
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name })
    await expect(dialog).toBeVisible()
    // Scanned once its opening transition is over (a half-faded dialog has half the contrast).
    await expect.poll(() => dialog.evaluate((element) => getComputedStyle(element).opacity)).toBe('1')
    expect(await dialog.evaluate((element) => element.contains(document.activeElement)), `${where}: focus moves into the dialog`).toBe(true)
    await expectFocusVisible(page, `${where}: the dialog's first stop`)
    await expectFocusTrapped(page, dialog, `${where}: the ${name} dialog`)
    for (const scheme of schemes) {
      await emulateColorScheme(page, scheme)
      await expectNoSeriousViolations(page, `${where} with the ${name} dialog open (${scheme})`)
    }
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(opener, `${where}: focus returns to the button that opened the dialog`).toBeFocused()
    await expectFocusVisible(page, `${where}: back on ${name}`)
  })
}

test('signed out: sign-in in light and dark', async ({ page }) => {
  await scan(page, '/sign-in', 'sign-in', (p) => [h1(p, 'Sign in to Newsroom admin'), p.getByRole('button', { name: 'Sign in as Amra Hadžić' })])
})

test('an editor’s routes in light and dark: dashboard, releases, editor (new and existing), preview, inbox, not found', async ({ page }) => {
  test.setTimeout(120_000)
  await signIn(page, 'Amra Hadžić')
  await scan(page, '/', 'dashboard (editor)', (p) => [h1(p, 'Dashboard'), p.getByRole('list', { name: 'My drafts' }).getByRole('link').first()])
  const draft = page.getByRole('list', { name: 'My drafts' }).getByRole('link').first()
  const href = (await draft.getAttribute('href'))!
  await scan(page, '/releases', 'releases list', (p) => [h1(p, 'Releases'), p.getByRole('table', { name: /^Releases/ }).getByRole('row').nth(1)])
  await scan(page, '/releases/new', 'editor, new release', (p) => [h1(p, 'New release'), p.getByRole('button', { name: 'Bold' })])
  // Saved empty: the error summary and every field's error in red, in both schemes.
  await page.keyboard.press('Control+s')
  await expect(page.getByRole('alert').filter({ hasText: /There are problems with/ })).toBeFocused()
  await scan(page, '/releases/new', 'editor, new release with its errors', (p) => [p.getByRole('textbox', { name: 'Title' })])
  await scan(page, `${href}/edit`, 'editor, existing draft', (p) => [h1(p, 'Edit release'), p.getByRole('button', { name: 'Bold' })])
  await dialogByKeyboard(page, page.getByRole('button', { name: 'Delete draft' }), 'Delete this draft?', 'editor, existing draft')
  await scan(page, href, 'preview of a draft (its author)', (p) => [
    p.getByRole('article').getByRole('heading', { level: 1 }),
    p.getByRole('toolbar', { name: 'Release' }).getByRole('button', { name: 'Submit for review' }),
    p.getByRole('region', { name: 'History' }),
  ])
  await scan(page, '/inbox', 'inbox', (p) => [h1(p, 'Inbox')])
  await scan(page, '/no-such-page', 'not found', (p) => [h1(p, 'Page not found')])
})

test('a reviewer’s routes in light and dark: review queue, a release in review', async ({ page }) => {
  await signIn(page, 'Claire Dubois')
  await scan(page, '/review', 'review queue', (p) => [h1(p, 'Review queue'), p.getByRole('table').getByText(/^waiting/).first()])
  await page.getByRole('table').getByRole('link').first().click()
  await scan(page, page.url().replace(/^https?:\/\/[^/]+/, ''), 'preview of a release in review (reviewer)', (p) => [
    p.getByRole('toolbar', { name: 'Release' }).getByRole('button', { name: 'Approve' }),
    p.getByRole('region', { name: 'History' }),
  ])
  const toolbar = page.getByRole('toolbar', { name: 'Release' })
  await dialogByKeyboard(page, toolbar.getByRole('button', { name: 'Request changes' }), 'Request changes', 'a release in review')
  await dialogByKeyboard(page, toolbar.getByRole('button', { name: 'Approve' }), 'Approve for publication', 'a release in review')
})

test('an admin’s routes in light and dark: dashboard, reference pages, a field operation, reports, a published release', async ({ page }) => {
  test.setTimeout(120_000)
  await signIn(page, 'Elena Marković')
  await scan(page, '/', 'dashboard (admin)', (p) => [h1(p, 'Dashboard')])
  await scan(page, '/states', 'participating States', (p) => [h1(p, 'Participating States and Partners'), p.getByText('Holy See', { exact: true }).first()])
  await dialogByKeyboard(page, page.getByRole('button', { name: 'New State or Partner' }), 'New State or Partner', 'participating States')
  await scan(page, '/chairpersonships', 'chairpersonships', (p) => [h1(p, 'Chairpersonship'), p.getByText('Ian Borg', { exact: true }).first()])
  await scan(page, '/field-operations', 'field operations', (p) => [h1(p, 'Field operations'), p.getByRole('link', { name: 'Mission to Moldova', exact: true })])
  await scan(page, '/field-operations/field-operation-mission-to-moldova', 'a field operation’s page', (p) => [
    h1(p, 'Mission to Moldova'),
    p.getByRole('table', { name: /^Releases assigned/ }),
  ])
  await dialogByKeyboard(page, page.getByRole('main').getByRole('button', { name: 'Close operation' }), 'Close Mission to Moldova', 'a field operation’s page')
  await scan(page, '/fields-of-work', 'fields of work', (p) => [h1(p, 'Fields of work'), p.getByText('Tolerance and non-discrimination', { exact: true }).first()])
  await test.step('the command palette, opened with Ctrl+K', async () => {
    await page.keyboard.press('Control+k')
    const search = page.getByRole('textbox', { name: 'Search pages, releases, States and field operations' })
    await expect(search).toBeFocused()
    await page.keyboard.type('Mold')
    await expect(page.getByRole('button', { name: 'Mission to Moldova' })).toBeVisible()
    for (const scheme of schemes) {
      await emulateColorScheme(page, scheme)
      await expectNoSeriousViolations(page, `the command palette (${scheme})`)
    }
    await page.keyboard.press('Escape')
    await expect(search).toBeHidden()
  })
  await scan(page, '/reports', 'reports', (p) => [
    h1(p, 'Reports'),
    p.getByRole('region', { name: 'Releases published per month' }).getByRole('heading', { name: 'Releases published per month' }),
  ])
  await scan(page, '/releases?status=published', 'releases list, published (admin)', (p) => [p.getByRole('table', { name: /^Releases/ }).getByRole('row').nth(1)])
  await test.step('a selection by keyboard, and the assignment dialog', async () => {
    const box = page.getByRole('table', { name: /^Releases/ }).getByRole('checkbox', { name: /^Select (?!all on this page)/ }).first()
    await tabTo(page, box, 'the first row’s checkbox', 'Tab', 60)
    await page.keyboard.press('Space')
    await expect(page.getByText('1 selected')).toBeVisible()
  })
  await dialogByKeyboard(page, page.getByRole('button', { name: 'Assign to field operations…' }), 'Assign to field operations', 'releases list with a selection', 'Shift+Tab')
  await page.getByRole('table', { name: /^Releases/ }).getByRole('link').first().click()
  await scan(page, page.url().replace(/^https?:\/\/[^/]+/, ''), 'preview of a published release (admin)', (p) => [
    p.getByRole('toolbar', { name: 'Release' }).getByRole('button', { name: 'Withdraw' }),
    p.getByRole('combobox', { name: 'Field operations' }),
    p.getByRole('region', { name: 'History' }),
  ])
  await dialogByKeyboard(page, page.getByRole('toolbar', { name: 'Release' }).getByRole('button', { name: 'Withdraw' }), 'Withdraw this release', 'a published release')
})
