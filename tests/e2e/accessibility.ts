import { appendFileSync } from 'node:fs'
import { AxeBuilder } from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/** Fails on serious or critical WCAG 2.2 A/AA violations of the page as it is now. */
export async function expectNoSeriousViolations(page: Page, where: string) {
  // Legacy mode: one axe.run in the page (the app has no cross-origin frames to reach) instead
  // of runPartial here and finishRun in a new blank page, which loads axe a second time. The
  // same rules on the same nodes (compared rule by rule and node by node: passes, incomplete,
  // violations), in half the time: the scans were nearly half of the accessibility specs.
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .setLegacyMode()
    .analyze()
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes
          .map(
            (node) =>
              `${node.target.join(' ')} ${node.html.slice(0, 160)}${violation.id === 'color-contrast' ? ` [${node.any[0]?.message ?? ''}]` : ''}`,
          )
          .join(', ')}`,
    )
  // AXE_LOG=file appends one line per scan (every impact, not only the failing ones), for the report per route.
  if (process.env.AXE_LOG) {
    const found = results.violations.map(
      (violation) => `${violation.id} (${violation.impact}, ${violation.nodes.length})`,
    )
    appendFileSync(process.env.AXE_LOG, `${where}\t${found.length ? found.join('; ') : 'none'}\n`)
  }
  expect(serious, `axe on ${where}`).toEqual([])
}

export type ColorScheme = 'light' | 'dark'

/**
 * The app follows the system's scheme until someone picks one in the header ("System" is the
 * default), so emulating the system's preference switches every page, sign-in included.
 */
export async function emulateColorScheme(page: Page, scheme: ColorScheme) {
  await page.emulateMedia({ colorScheme: scheme })
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme)
}

/**
 * How the focused element shows that it has focus, as a person sees it: an outline, a box
 * shadow, or (Mantine's inputs) a border in the primary colour, on the element or on the
 * wrapper that draws its frame (a few levels up, e.g. the pills input of a MultiSelect).
 * Answers null when nothing shows it.
 */
export async function focusIndicator(
  page: Page,
): Promise<{ element: string; indicator: string | null; onBody: boolean }> {
  return page.evaluate(() => {
    const active = document.activeElement
    const describe = (element: Element | null) =>
      element
        ? `<${element.tagName.toLowerCase()}${element.getAttribute('role') ? ` role=${element.getAttribute('role')}` : ''}${
            element.getAttribute('aria-label') ? ` aria-label="${element.getAttribute('aria-label')}"` : ''
          }${element.getAttribute('aria-invalid') ? ` aria-invalid=${element.getAttribute('aria-invalid')}` : ''} class="${element.className}"> ${(element.textContent ?? '').trim().slice(0, 40)}`
        : 'nothing'
    if (!active || active === document.body) return { element: describe(active), indicator: null, onBody: true }
    // The primary colour as the browser resolves it (rgb(…)), to recognise a focused input's border.
    // Looked up only when a border is in question: the probe makes the browser work out the
    // page's styles again, twice, and most stops show an outline on the element itself.
    let primary: string | undefined
    const primaryColour = () => {
      if (primary === undefined) {
        const probe = document.createElement('span')
        probe.style.color = 'var(--mantine-primary-color-filled)'
        active.parentElement?.appendChild(probe)
        primary = getComputedStyle(probe).color
        probe.remove()
      }
      return primary
    }
    // The element, a few of its ancestors, and the labels of a visually hidden input (a chip, a segment).
    // An ancestor's box shadow is usually a card's, there focused or not: only the element's own counts.
    const candidates: { element: Element; own: boolean }[] = []
    for (
      let element: Element | null = active, level = 0;
      element && level < 4;
      level++, element = element.parentElement
    )
      candidates.push({ element, own: level === 0 })
    if (active instanceof HTMLInputElement && active.labels)
      candidates.push(...[...active.labels].map((label) => ({ element: label, own: true })))
    for (const [level, { element, own }] of candidates.entries()) {
      const style = getComputedStyle(element)
      if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
        return {
          element: describe(active),
          onBody: false,
          indicator: `outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor} (level ${level})`,
        }
      if (own && style.boxShadow !== 'none')
        return { element: describe(active), onBody: false, indicator: `box-shadow ${style.boxShadow} (level ${level})` }
      if (
        parseFloat(style.borderTopWidth) > 0 &&
        style.borderTopStyle !== 'none' &&
        style.borderTopColor === primaryColour() &&
        style.borderBottomColor === primaryColour()
      )
        return {
          element: describe(active),
          onBody: false,
          indicator: `border ${style.borderTopColor} (level ${level})`,
        }
    }
    return { element: describe(active), indicator: null, onBody: false }
  })
}

/** The focused element shows its focus (WCAG 2.4.7). */
export async function expectFocusVisible(page: Page, where: string) {
  // Polled: an input's border takes a short transition to its focus colour.
  let element = ''
  await expect
    .poll(
      async () => {
        const found = await focusIndicator(page)
        element = found.element
        return found.indicator
      },
      { message: `visible focus (${where})`, timeout: 2_000 },
    )
    .not.toBeNull()
    .catch((error: unknown) => {
      throw new Error(`No visible focus on ${element} (${where})`, { cause: error })
    })
}
