import { expect, test } from './fixtures'
import { expectNoSeriousViolations } from './accessibility'

test('an admin assigns a published release to a field operation, finds it on the operation’s page, and later withdraws it with a reason', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await page.goto('/sign-in')
  await page.getByRole('button', { name: 'Sign in as Elena Marković' }).click()
  await expect(page.getByRole('banner').getByText('Elena Marković')).toBeVisible()

  // The newest published release, from the list's Published tab.
  await page.getByRole('navigation').getByRole('link', { name: 'Releases' }).click()
  await page
    .getByRole('radiogroup', { name: 'Status' })
    .getByText(/^Published/)
    .click()
  await expect(page).toHaveURL(/status=published/)
  const table = page.getByRole('table', { name: /^Releases/ })
  // The previous rows stay (busy) until the published ones have come.
  await expect(table).not.toHaveAttribute('aria-busy', 'true')
  const firstRow = table.getByRole('row').nth(1)
  await expect(firstRow.getByText('Published', { exact: true })).toBeVisible()
  const first = firstRow.getByRole('link').first()
  const title = (await first.textContent())!.trim()
  await first.click()
  const toolbar = page.getByRole('toolbar', { name: 'Release' })
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(toolbar.getByText(/^Status:/).locator('..')).toHaveText('Status: Published')

  // Assign it to the Mission to Montenegro from the release's page.
  const operations = page.getByRole('combobox', { name: 'Field operations' })
  await operations.click()
  await operations.fill('Montenegro')
  await page.getByRole('option', { name: 'Mission to Montenegro', exact: true }).click()
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Save field operations' }).click()
  await expect(page.getByRole('button', { name: 'Save field operations' })).toBeDisabled()
  const history = page.getByRole('region', { name: 'Activity' })
  await expect(history.getByText('Field operations changed')).toBeVisible()

  // The operation's page lists it (ten a page, newest dateline first).
  await page.getByRole('navigation').getByRole('link', { name: 'Field operations' }).click()
  await page.getByRole('link', { name: 'Mission to Montenegro', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Mission to Montenegro' })).toBeVisible()
  const assigned = page.getByRole('table', { name: /^Releases assigned/ })
  await expect(assigned).toBeVisible()
  const link = assigned.getByRole('link', { name: title, exact: true })
  for (let pageNumber = 2; !(await link.isVisible()); pageNumber++) {
    const previousFirst = (await assigned.getByRole('link').first().textContent()) ?? ''
    await page.getByRole('button', { name: new RegExp(`page ${pageNumber}`, 'i') }).click()
    await expect(assigned.getByRole('link').first()).not.toHaveText(previousFirst)
  }

  // Later she withdraws it, giving the reason, from the operation's page.
  await link.click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await toolbar.getByRole('button', { name: 'Withdraw' }).click()
  const dialog = page.getByRole('dialog', { name: 'Withdraw this release' })
  const reason = dialog.getByRole('textbox', { name: /Reason for withdrawing/ })
  await expect(reason).toBeFocused()
  // The reason is required.
  await dialog.getByRole('button', { name: 'Withdraw' }).click()
  await expect(reason).toHaveAttribute('aria-invalid', 'true')
  await reason.fill('The figures in the second paragraph are being corrected.')
  await expectNoSeriousViolations(page, 'the Withdraw dialog')
  await dialog.getByRole('button', { name: 'Withdraw' }).click()
  await expect(dialog).toBeHidden()
  await expect(toolbar.getByText(/^Status:/).locator('..')).toHaveText('Status: Withdrawn')
  await expect(page.getByRole('alert').getByText('Withdrawn.')).toBeVisible()

  // The history says who withdrew it, from what, and why; it still belongs to the operation.
  const entry = history.getByRole('listitem').filter({ hasText: 'Published → Withdrawn' })
  await expect(entry).toContainText('Withdrawn')
  await expect(entry).toContainText('Elena Marković')
  await expect(entry).toContainText('“The figures in the second paragraph are being corrected.”')
  await expect(
    page
      .getByRole('complementary', { name: 'About this release' })
      .getByText('Mission to Montenegro', { exact: true })
      .first(),
  ).toBeVisible()
})
