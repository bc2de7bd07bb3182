import { expect, test } from './fixtures'
import { emulateColorScheme, expectNoSeriousViolations } from './accessibility'
import { signIn } from './people'

/** The text colour of a button and the contrast it has on the row behind it (WCAG's formula). */
async function colourOf(button: ReturnType<import('@playwright/test').Page['getByRole']>) {
  return button.evaluate((element) => {
    const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number)
    const luminance = ([r, g, b]: number[]) => {
      const [R, G, B] = [r!, g!, b!].map((c) => {
        const s = c / 255
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
      })
      return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!
    }
    const label = element.querySelector('.mantine-Button-label') ?? element
    const fg = rgb(getComputedStyle(label).color)
    let node: Element | null = element
    let bg = [255, 255, 255]
    while (node) {
      const colour = getComputedStyle(node).backgroundColor
      if (colour && !colour.endsWith(', 0)') && colour !== 'transparent') {
        bg = rgb(colour)
        break
      }
      node = node.parentElement
    }
    const [a, b] = [luminance(fg), luminance(bg)]
    return { fg, bg, contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) }
  })
}

for (const scheme of ['light', 'dark'] as const)
  test(`field operations at 1280 px, ${scheme}: Delete is red and in its own place, Reopen where Close is`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 })
    await signIn(page, 'Elena Marković')
    await emulateColorScheme(page, scheme)
    await page.goto('/field-operations')
    const table = page.getByRole('table', { name: /^Field operations/ })
    const active = table.getByRole('row').filter({ hasText: 'Programme Office in Dushanbe' })
    const closed = table.getByRole('row').filter({ hasText: 'Special Monitoring Mission to Ukraine' })
    await expect(closed.getByRole('button', { name: /^Reopen operation/ })).toBeVisible()

    // At 1280 px the whole table shows, Actions included: no sideways scrolling to reach Delete.
    const overflow = await table.evaluate((element) => {
      const container = element.closest('.mantine-ScrollArea-viewport') ?? element.parentElement!
      return container.scrollWidth - container.clientWidth
    })
    expect(overflow, 'pixels of the table hidden sideways').toBeLessThanOrEqual(0)

    // Delete sits at the same x on an active and a closed row.
    const x = async (row: typeof active) => (await row.getByRole('button', { name: /^Delete / }).boundingBox())!.x
    expect(await x(closed)).toBe(await x(active))
    const reopen = (await closed.getByRole('button', { name: /^Reopen operation/ }).boundingBox())!
    expect(reopen.x + reopen.width, 'Reopen ends before Delete starts').toBeLessThanOrEqual(await x(closed))

    const del = await colourOf(active.getByRole('button', { name: /^Delete / }))
    const [r, g, b] = del.fg
    expect(r!, `Delete's colour ${del.fg.join(',')}`).toBeGreaterThan(g! + 60)
    expect(r!).toBeGreaterThan(b! + 60)
    expect(del.contrast, `Delete's contrast on ${del.bg.join(',')}`).toBeGreaterThanOrEqual(4.5)
    await page.screenshot({ path: test.info().outputPath(`field-operations-${scheme}.png`) })
    await expectNoSeriousViolations(page, `field operations, ${scheme}`)

    await closed.getByRole('button', { name: /^Reopen operation/ }).click()
    const confirm = page.getByRole('dialog', { name: 'Reopen Special Monitoring Mission to Ukraine?' })
    await expect(confirm).toBeVisible()
    await expectNoSeriousViolations(page, `reopen dialog, ${scheme}`)
    await confirm.getByRole('button', { name: 'Reopen' }).click()
    await expect(confirm).toBeHidden()
    await expect(
      page.getByRole('status').filter({ hasText: 'Reopened Special Monitoring Mission to Ukraine' }),
    ).toBeVisible()
    await expect(closed.getByRole('button', { name: /^Close operation/ })).toBeVisible()
    await page.screenshot({ path: test.info().outputPath(`field-operations-reopened-${scheme}.png`) })
  })
