import { emulateColorScheme, expectNoSeriousViolations } from './accessibility'
import { expect, test } from './fixtures'
import { signIn } from './people'

test('a reviewer sees the whole queue on one page, sorts, filters and searches it, and goes on to the next release', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await signIn(page, 'Claire Dubois')
  await expect(page).toHaveURL(/\/review$/)
  const table = page.getByRole('table', { name: /^In review/ })
  await expect(table).toBeVisible()
  const waiting = Number(/\((\d+)\)/.exec((await table.locator('caption').textContent()) ?? '')?.[1])
  expect(waiting).toBeGreaterThan(0)
  expect(waiting).toBeLessThanOrEqual(100)
  // Every release waiting is on this one page.
  await expect(table.getByRole('rowheader')).toHaveCount(waiting)
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toHaveCount(0)
  await expect(table.getByRole('columnheader', { name: 'Waiting' })).toHaveAttribute('aria-sort', 'descending')
  await expect(table.getByText(/^waiting \d+ (day|hour|minute)s?$/).first()).toBeVisible()
  // At 1280 px every column is in view: the table does not scroll sideways (Author was cut off).
  expect(
    await table.evaluate((element) => element.scrollWidth - element.parentElement!.clientWidth),
  ).toBeLessThanOrEqual(0)

  for (const scheme of ['light', 'dark'] as const) {
    await emulateColorScheme(page, scheme)
    await expectNoSeriousViolations(page, `review queue (${scheme}, 1280)`)
  }
  await page.setViewportSize({ width: 390, height: 844 })
  await expectNoSeriousViolations(page, 'review queue (dark, 390)')
  await emulateColorScheme(page, 'light')
  await page.setViewportSize({ width: 1280, height: 720 })

  await table.getByRole('button', { name: 'Dateline' }).click()
  await expect(page).toHaveURL(/sort=-dateline/)
  await expect(table.getByRole('columnheader', { name: 'Dateline' })).toHaveAttribute('aria-sort', 'descending')

  await page.getByRole('combobox', { name: 'Type' }).click()
  await page.getByRole('option', { name: 'Press release' }).click()
  await expect(page).toHaveURL(/type=press-release/)
  const pressReleases = table.getByRole('rowheader')
  await expect(table.getByRole('cell', { name: 'Statement', exact: true })).toHaveCount(0)
  const first = (await pressReleases.first().textContent())!.trim()
  await page.getByRole('searchbox', { name: 'Search' }).fill(first.split(' ').slice(0, 4).join(' '))
  await expect(page).toHaveURL(/q=/)
  await expect(table.getByRole('rowheader', { name: first })).toBeVisible()
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(page).not.toHaveURL(/type=|q=/)
  await expect(table.getByRole('rowheader')).toHaveCount(waiting)

  // From a release, on to the next one waiting without going back to the queue.
  await table.getByRole('link', { name: first }).click()
  await expect(page.getByRole('heading', { level: 1, name: first })).toBeVisible()
  const next = page.getByRole('navigation', { name: 'Review queue' }).getByRole('link', { name: /^Next in queue: / })
  if (waiting > 1) {
    const name = (await next.textContent())!.replace(/^Next in queue: /, '').trim()
    await page.screenshot({ path: '/tmp/pw-5302-release-next.png' })
    await next.click()
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  }
})
