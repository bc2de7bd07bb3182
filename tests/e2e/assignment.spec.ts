import { expect, test } from './fixtures'
import { expectNoSeriousViolations } from './accessibility'

test('an admin assigns three releases to the Mission to Moldova and finds them on its page', async ({ page }) => {
  await page.goto('/sign-in')
  await page.getByRole('button', { name: 'Sign in as Elena Marković' }).click()
  await expect(page.getByRole('banner').getByText('Elena Marković')).toBeVisible()
  await page.goto('/releases?sort=title')

  const table = page.getByRole('table', { name: /^Releases/ })
  const boxes = table.getByRole('checkbox', { name: /^Select (?!all on this page)/ })
  await expect(boxes.nth(3)).toBeVisible()
  const titles: string[] = []
  for (const index of [0, 1, 2])
    titles.push((await boxes.nth(index).getAttribute('aria-label'))!.replace(/^Select /, ''))
  await boxes.nth(0).click()
  await boxes.nth(2).click({ modifiers: ['Shift'] })
  await expect(page.getByText('3 selected')).toBeVisible()
  await expectNoSeriousViolations(page, 'releases list with a selection')

  await page.getByRole('button', { name: 'Assign to field operations…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Assign to field operations' })
  await dialog.getByRole('combobox', { name: 'Field operations' }).fill('Moldova')
  await page.getByRole('option', { name: 'Mission to Moldova' }).click()
  await dialog.getByText('Assign 3 releases to the field operations you choose.').click()
  await dialog.getByRole('button', { name: 'Assign 3 releases' }).click()
  await expect(page.getByText('Assigned 3 to Mission to Moldova', { exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'Show releases' }).click()
  await expect(page.getByRole('list', { name: 'Assigned' }).getByRole('listitem')).toHaveText(titles)
  await expectNoSeriousViolations(page, 'releases list with the assignment result open')

  await page.getByRole('navigation').getByRole('link', { name: 'Field operations' }).click()
  await page.getByRole('link', { name: 'Mission to Moldova', exact: true }).click()
  await expect(page).toHaveURL(/\/field-operations\/field-operation-mission-to-moldova/)
  // Its releases come ten a page, newest dateline first: gather the titles of every page.
  const assigned = page.getByRole('table', { name: /^Releases assigned/ })
  await expect(assigned).toBeVisible()
  const total = Number(/\((\d+)\)/.exec((await assigned.locator('caption').textContent()) ?? '')?.[1])
  expect(total).toBeGreaterThanOrEqual(3)
  const found: string[] = []
  for (let pageNumber = 1; pageNumber <= Math.ceil(total / 10); pageNumber++) {
    if (pageNumber > 1) {
      // The previous page stays on screen until the next one has loaded.
      const previousFirst = (await assigned.getByRole('link').first().textContent()) ?? ''
      await page.getByRole('button', { name: new RegExp(`page ${pageNumber}`, 'i') }).click()
      await expect(assigned.getByRole('link').first()).not.toHaveText(previousFirst)
    }
    found.push(...(await assigned.getByRole('link').allTextContents()))
  }
  for (const title of titles) expect(found).toContain(title)
  await expectNoSeriousViolations(page, 'field operation with its releases')
})

test('an admin’s field operations are not saved on a version she did not see; she sees what changed and saves on the new one', async ({
  context,
}) => {
  test.setTimeout(120_000)
  // Two admins, one tab each, the same demo database: Daniel saves while Elena is still choosing.
  const elena = await context.newPage()
  const daniel = await context.newPage()
  const releaseUrl = '/releases/release-borg-tajikistan'
  for (const [page, name] of [
    [elena, 'Elena Marković'],
    [daniel, 'Daniel Okafor'],
  ] as const) {
    await page.goto('/sign-in')
    await page.getByRole('button', { name: `Sign in as ${name}` }).click()
    await expect(page.getByRole('banner').getByText(name)).toBeVisible()
    await page.goto(releaseUrl)
  }
  const choose = async (page: typeof elena, operation: string) => {
    await page.getByRole('combobox', { name: 'Field operations' }).fill(operation.replace('Mission to ', ''))
    await page.getByRole('option', { name: operation }).click()
    await page.keyboard.press('Escape')
  }

  await elena.bringToFront()
  await choose(elena, 'Mission to Moldova')
  await daniel.bringToFront()
  await choose(daniel, 'Mission to Serbia')
  await daniel.getByRole('button', { name: 'Save field operations' }).click()
  await expect(
    daniel.getByRole('region', { name: 'Activity' }).getByText('Assigned to Mission to Serbia'),
  ).toBeVisible()

  await elena.bringToFront()
  await elena.getByRole('button', { name: 'Save field operations' }).click()
  const alert = elena.getByRole('alert')
  await expect(alert).toContainText('This release changed since you opened it')
  await expect(
    elena.getByText('Field operations: Programme Office in Dushanbe → Programme Office in Dushanbe, Mission to Serbia'),
  ).toBeVisible()
  await expect(elena.getByRole('region', { name: 'Activity' }).getByText('Assigned to Mission to Moldova')).toHaveCount(
    0,
  )
  await expectNoSeriousViolations(elena, 'release page showing what changed under the field operations editor')

  await elena.getByRole('button', { name: 'Review the new version' }).click()
  await elena.getByRole('button', { name: 'Save field operations' }).click()
  const history = elena.getByRole('region', { name: 'Activity' })
  await expect(history.getByText('Assigned to Mission to Moldova')).toBeVisible()
  await expect(history.getByText('Assigned to Mission to Serbia')).toBeVisible()
  await expect(history.getByText(/^Removed from/)).toHaveCount(0)
})
