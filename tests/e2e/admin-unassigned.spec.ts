import { readFileSync } from 'node:fs'
import { expectNoSeriousViolations } from './accessibility'
import { expect, test } from './fixtures'
import { signIn } from './people'

test('an admin finds the unassigned releases, assigns them without moving them up "Last updated", and exports with times and links', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await signIn(page, 'Elena Marković')
  await page.goto('/releases')
  const table = page.getByRole('table', { name: /^Releases/ })
  await expect(table).toBeVisible()
  const newestFirst = await table.getByRole('rowheader').allTextContents()
  const everything = (await table.locator('caption').textContent())!

  await page.getByRole('button', { name: /^More filters/ }).click()
  await page.getByRole('combobox', { name: 'Field operation' }).fill('No field')
  await page.getByRole('option', { name: 'No field operation' }).click()
  await expect(page).toHaveURL(/fieldOperation=none/)
  const caption = async () => Number(/\((\d+)\)/.exec((await table.locator('caption').textContent()) ?? '')?.[1])
  await expect(table.locator('caption')).not.toHaveText(everything)
  const before = await caption()
  expect(before).toBeGreaterThan(2)

  const boxes = table.getByRole('checkbox', { name: /^Select (?!all on this page)/ })
  const titles: string[] = []
  for (const index of [0, 1]) {
    titles.push((await boxes.nth(index).getAttribute('aria-label'))!.replace(/^Select /, ''))
    await boxes.nth(index).click()
  }
  await page.getByRole('button', { name: 'Assign to field operations…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Assign to field operations' })
  await dialog.getByRole('combobox', { name: 'Field operations' }).fill('Dushanbe')
  await page.getByRole('option', { name: 'Programme Office in Dushanbe' }).click()
  await dialog.getByText('Assign 2 releases to the field operations you choose.').click()
  await dialog.getByRole('button', { name: 'Assign 2 releases' }).click()

  await expect(page.getByText('Assigned 2 to Programme Office in Dushanbe', { exact: true })).toBeVisible()
  const show = page.getByRole('button', { name: 'Show releases' })
  await expect(show).toHaveAttribute('aria-expanded', 'false')
  await show.click()
  await expect(page.getByRole('list', { name: 'Assigned' }).getByRole('listitem')).toHaveText(titles)
  await expectNoSeriousViolations(page, 'releases list with the assignment result and its titles')
  // Assigned, they leave the view of the unassigned.
  await expect.poll(caption).toBe(before - 2)
  for (const title of titles) await expect(table.getByRole('rowheader', { name: title })).toHaveCount(0)

  // Assignment is not an editorial update: the newest-first list is as it was.
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(page).not.toHaveURL(/fieldOperation/)
  await expect(table.getByRole('rowheader')).toHaveText(newestFirst)

  // The export: a byte-order mark, when each release goes out, and a link to it in the app.
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export CSV' }).click()
  const bytes = readFileSync((await (await downloading).path())!)
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const lines = bytes.toString('utf8').slice(1).split('\r\n')
  expect(lines[0]).toMatch(/,updated at,publication time \(UTC\),publication time \(Vienna\),link$/)
  const origin = new URL(page.url()).origin
  const borg = lines.find((line) => line.startsWith('release-borg-tajikistan,'))
  expect(borg).toContain(`,2024-06-26T10:00:00Z,2024-06-26T12:00:00+02:00,${origin}/releases/release-borg-tajikistan`)
})
