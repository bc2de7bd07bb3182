import { expect, type Page, test } from './fixtures'

/** The contract's longest title, as one word: a pasted address or a German compound does this. */
const longTitle = 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen'.repeat(4).slice(0, 200)

/** The page is no wider than the window (a table wider than its column scrolls inside its own container). */
const pageOverflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)

test('a 200-character unbroken title wraps in the releases table, at 1280 and at 390 pixels', async ({ page }) => {
  test.setTimeout(90_000)
  await page.goto('/sign-in')
  await page.getByRole('button', { name: 'Sign in as Amra Hadžić' }).click()
  await expect(page.getByRole('banner').getByText('Amra Hadžić')).toBeVisible()
  const draft = await page.getByRole('list', { name: 'My drafts' }).getByRole('link').first().getAttribute('href')
  await page.goto(`${draft}/edit`)
  await expect(page.getByRole('heading', { level: 1, name: 'Edit release' })).toBeVisible()
  await page.getByRole('textbox', { name: 'Title' }).fill(longTitle)
  await page.keyboard.press('Control+s')
  await expect(page.getByText(/^Saved at /)).toBeVisible()

  // The list shows the newest change first: the long title is in the first row.
  await page.goto('/releases')
  const table = page.getByRole('table', { name: /^Releases/ })
  const titleCell = table.getByRole('rowheader').filter({ has: page.getByRole('link', { name: longTitle }) })
  const link = titleCell.getByRole('link', { name: longTitle })
  await expect(link).toBeVisible()

  // The columns after the title stay in view: the title wraps instead of pushing them away.
  for (const { width, columns } of [
    { width: 1280, columns: ['Status', 'Dateline', 'Sources'] },
    { width: 390, columns: ['Status'] },
  ]) {
    await page.setViewportSize({ width, height: 800 })
    await expect(link).toBeVisible()
    for (const column of columns)
      await expect(
        table.getByRole('columnheader', { name: new RegExp(`^${column}`) }),
        `${column} at ${width} px`,
      ).toBeInViewport()
    expect(await pageOverflows(page), `the page is no wider than the window at ${width} px`).toBe(false)
    // The whole title stays inside its own cell.
    const [linkBox, cellBox] = [await link.boundingBox(), await titleCell.boundingBox()]
    expect(linkBox!.x + linkBox!.width, `the title ends inside its cell at ${width} px`).toBeLessThanOrEqual(
      cellBox!.x + cellBox!.width + 1,
    )
  }
})
