import { expect, type Locator, type Page } from '@playwright/test'
import { expectFocusVisible, focusIndicator } from './accessibility'

/** Presses a key and expects focus on the given element, visibly. */
export async function press(page: Page, key: string, expected: Locator, where: string) {
  await page.keyboard.press(key)
  await expect(expected, where).toBeFocused()
  await expectFocusVisible(page, where)
}

/** Presses Tab (or Shift+Tab) until the element has focus, each stop on the way visibly focused. */
export async function tabTo(page: Page, target: Locator, where: string, key = 'Tab', most = 15) {
  for (let stop = 0; stop < most; stop++) {
    await page.keyboard.press(key)
    if (await target.evaluate((element) => element === document.activeElement)) break
    // Past the last control focus goes to the browser's own UI (the body here); one more press wraps round.
    if (await page.evaluate(() => document.activeElement === document.body)) continue
    await expectFocusVisible(page, `${where}, on the way (${key} ×${stop + 1})`)
  }
  await expect(target, where).toBeFocused()
  await expectFocusVisible(page, where)
}

/**
 * With a dialog open: Tab goes round its controls and never leaves it (as many presses as
 * it has stops, and one more to come back), each stop visibly focused.
 */
export async function expectFocusTrapped(page: Page, dialog: Locator, where: string) {
  const start = await page.evaluateHandle(() => document.activeElement)
  const stops = await dialog.evaluate((element) => {
    const candidates = [
      ...element.querySelectorAll<HTMLElement>(
        'button, a[href], input, textarea, select, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]',
      ),
    ]
    const tabbable = candidates.filter(
      (each) => !each.hasAttribute('disabled') && each.tabIndex >= 0 && each.getClientRects().length > 0,
    )
    // Radios sharing a name are one stop (Tab reaches the checked one; arrows move within).
    const groups = new Set<string>()
    return tabbable.filter((each) => {
      if (!(each instanceof HTMLInputElement) || each.type !== 'radio' || !each.name) return true
      if (groups.has(each.name)) return false
      groups.add(each.name)
      return true
    }).length
  })
  expect(stops, `${where}: controls to tab through`).toBeGreaterThan(0)
  const visited: string[] = []
  for (let stop = 0; stop < stops; stop++) {
    await page.keyboard.press('Tab')
    expect(
      await dialog.evaluate((element) => element.contains(document.activeElement)),
      `${where}: Tab ×${stop + 1} stays in the dialog`,
    ).toBe(true)
    await expectFocusVisible(page, `${where}, Tab ×${stop + 1}`)
    visited.push(
      await page.evaluate(
        () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? '',
      ),
    )
  }
  // Once round: back where it started.
  expect(
    await page.evaluate((element) => element === document.activeElement, start),
    `${where}: Tab wraps (${visited.join(' → ')})`,
  ).toBe(true)
}

/**
 * Tabs through the page from its start, every stop visibly focused, until focus leaves the
 * page or after `most` stops: enough for the header, the navigation, the page's own controls
 * and its first rows (the rows of a long table repeat the same controls). Answers the stops.
 */
export async function expectEveryStopVisible(page: Page, where: string, most = 70): Promise<number> {
  await focusPageStart(page)
  let stops = 0
  for (; stops < most; stops++) {
    await page.keyboard.press('Tab')
    // One look per stop; only a stop without a visible focus is looked at again (a border's transition).
    const { onBody, indicator } = await focusIndicator(page)
    if (onBody) break
    if (!indicator) await expectFocusVisible(page, `${where}, Tab ×${stops + 1}`)
  }
  return stops
}

/** Puts the next Tab on the page's first control, as after loading it: focuses a mark at the top, then removes it. */
export async function focusPageStart(page: Page) {
  await page.evaluate(() => {
    const mark = document.createElement('span')
    mark.tabIndex = -1
    document.body.prepend(mark)
    mark.focus({ preventScroll: true })
    mark.remove()
  })
}
