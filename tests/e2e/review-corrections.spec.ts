import { emulateColorScheme, expectNoSeriousViolations } from './accessibility'
import { expect, test } from './fixtures'
import { signIn, toolbar } from './people'

test('a reviewer fixes a typo in review; another reviewer approves it and goes on to the next', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000)
  await signIn(page, 'Claire Dubois')
  const table = page.getByRole('table', { name: /^In review/ })
  const first = table.getByRole('rowheader').first().getByRole('link')
  const title = (await first.textContent())!.trim()
  await first.click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  const address = page.url()

  // The editor opens for her; saving keeps it in review.
  await toolbar(page).getByRole('link', { name: 'Edit' }).click()
  const panel = page.getByRole('complementary', { name: 'Status' })
  await expect(panel.getByText(/Saving your corrections keeps it in review/)).toBeVisible()
  await page.getByRole('textbox', { name: /^Title/ }).fill(`${title} (corrected)`)
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(panel.getByText(/You changed its content last/)).toBeVisible()
  await expect(panel.getByText('In review', { exact: true })).toBeVisible()
  await expect(panel.getByRole('button', { name: 'Approve' })).toHaveCount(0)
  for (const scheme of ['light', 'dark'] as const) {
    await emulateColorScheme(page, scheme)
    await expectNoSeriousViolations(page, `reviewer's editor (${scheme}, 1280)`)
  }
  await page.setViewportSize({ width: 390, height: 844 })
  await expectNoSeriousViolations(page, "reviewer's editor (dark, 390)")

  // Another reviewer, in another tab: approves, and the next release waiting opens.
  const other = await context.newPage()
  await signIn(other, 'Tomasz Nowak')
  await other.goto(address)
  await expect(other.getByRole('heading', { level: 1, name: `${title} (corrected)` })).toBeVisible()
  await toolbar(other).getByRole('button', { name: 'Approve' }).click()
  const dialog = other.getByRole('dialog', { name: 'Approve for publication' })
  await expect(dialog.getByRole('button', { name: 'Approve and next' })).toBeVisible()
  // Scanned once its opening transition is over; its two buttons fit a phone.
  await expect.poll(() => dialog.evaluate((element) => getComputedStyle(element).opacity)).toBe('1')
  await expectNoSeriousViolations(other, 'approve dialog (light, 1280)')
  await other.setViewportSize({ width: 390, height: 844 })
  await expect(dialog.getByRole('button', { name: 'Approve and next' })).toBeInViewport()
  await expectNoSeriousViolations(other, 'approve dialog (light, 390)')
  await dialog.getByRole('button', { name: 'Approve and next' }).click()
  await expect(dialog).toBeHidden()
  await expect(
    other.getByText(/^Approved and published\. (Next in the queue: |The review queue is empty\.)/),
  ).toBeVisible()
  await expect(other).not.toHaveURL(address)
})
