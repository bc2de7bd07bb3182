import { emulateColorScheme, expectFocusVisible, expectNoSeriousViolations } from './accessibility'
import { expect, type Locator, type Page, test } from './fixtures'
import { expectEveryStopVisible, expectFocusTrapped, focusPageStart, tabTo } from './keyboard'

/** The steps of accessibility-routes.spec.ts and accessibility-admin-routes.spec.ts: a page or a dialog, checked by keyboard and by axe in both schemes. */
export const schemes = ['light', 'dark'] as const

export { signIn } from './people'

export const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name })

/** The address of the page as the app's links write it (no origin). */
export const here = (page: Page) => page.url().replace(/^https?:\/\/[^/]+/, '')

/** axe in light and in dark on the page as it is now. */
export async function expectNoSeriousViolationsInBothSchemes(page: Page, where: string) {
  for (const scheme of schemes) {
    await emulateColorScheme(page, scheme)
    await expectNoSeriousViolations(page, `${where} (${scheme})`)
  }
}

/** Opens a route by its address (unless already there), waits until it is whole, and scans it in both schemes. */
export async function scan(page: Page, route: string, where: string, ready: (page: Page) => Locator[]) {
  await test.step(`${where} (${route})`, async () => {
    if (route !== here(page)) await page.goto(route)
    for (const locator of ready(page)) await expect(locator).toBeVisible()
    // Every Tab stop of the page shows its focus.
    const stops = await expectEveryStopVisible(page, where)
    expect(stops, `${where}: Tab stops`).toBeGreaterThan(0)
    await expectNoSeriousViolationsInBothSchemes(page, where)
  })
}

/**
 * A dialog opened by keyboard from its button: focus goes in, Tab stays in, axe passes in both
 * schemes while it is open, Escape closes it and focus is back on the button.
 */
export async function dialogByKeyboard(page: Page, opener: Locator, name: string, where: string, key = 'Tab') {
  await test.step(`${where}: the ${name} dialog by keyboard`, async () => {
    // Forward from the top of the page; backward from where focus is (a selected row, to its bar above).
    if (key === 'Tab') await focusPageStart(page)
    await tabTo(page, opener, `${where}: ${name}`, key, 60)
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name })
    await expect(dialog).toBeVisible()
    // Scanned once its opening transition is over (a half-faded dialog has half the contrast).
    await expect.poll(() => dialog.evaluate((element) => getComputedStyle(element).opacity)).toBe('1')
    // Waited for, as a person waits for it: the dialog can be whole a moment before its focus trap moves in.
    await expect
      .poll(() => dialog.evaluate((element) => element.contains(document.activeElement)), {
        message: `${where}: focus moves into the dialog`,
      })
      .toBe(true)
    await expectFocusVisible(page, `${where}: the dialog's first stop`)
    await expectFocusTrapped(page, dialog, `${where}: the ${name} dialog`)
    await expectNoSeriousViolationsInBothSchemes(page, `${where} with the ${name} dialog open`)
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(opener, `${where}: focus returns to the button that opened the dialog`).toBeFocused()
    await expectFocusVisible(page, `${where}: back on ${name}`)
  })
}
