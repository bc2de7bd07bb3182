import { expect, test } from './fixtures'
import { expectNoSeriousViolations } from './accessibility'

test('an editor writes a release with a rich body, saves it, and finds every field after a reload', async ({
  page,
}) => {
  await page.goto('/sign-in')
  await page.getByRole('button', { name: 'Sign in as Amra Hadžić' }).click()
  await expect(page.getByRole('banner').getByText('Amra Hadžić')).toBeVisible()
  await page.goto('/releases/new')
  await expect(page.getByRole('heading', { name: 'New release' })).toBeVisible()

  await page.getByRole('combobox', { name: 'Type' }).click()
  await page.getByRole('option', { name: 'Statement' }).click()
  await page.getByRole('textbox', { name: 'Title' }).fill('Chair-in-Office visits the Border Management Staff College')
  await page.getByRole('combobox', { name: 'Place' }).fill('Dush')
  await page.getByRole('option', { name: 'Dushanbe' }).click()
  await page.getByRole('textbox', { name: 'Date' }).fill('2026-11-20')
  await page.getByRole('textbox', { name: 'Date' }).press('Tab')
  await page.getByRole('textbox', { name: 'Summary' }).fill('A short summary of the visit.')

  // The rich-text area is named by its visible label and loads lazily.
  const body = page.locator('[contenteditable="true"][aria-labelledby]')
  await expect(page.getByRole('textbox', { name: 'Body' })).toHaveAttribute('contenteditable', 'true')
  await body.click()
  await page.keyboard.type('The visit')
  await page.getByRole('button', { name: 'Heading 2' }).click()
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Minister Borg met the staff. ')
  await page.keyboard.press('Control+b')
  await page.keyboard.type('In bold')
  await page.keyboard.press('Control+b')
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: 'Bullet list' }).click()
  await page.keyboard.type('First point')

  for (const [label, search, option] of [
    ['Sources', 'Dushanbe', 'OSCE Programme Office in Dushanbe'],
    ['Fields of work', 'Border', 'Border management'],
    ['Participating States', 'Tajik', 'Tajikistan'],
  ] as const) {
    const input = page.getByRole('combobox', { name: label })
    await input.click()
    await input.fill(search)
    await page.getByRole('option', { name: option, exact: true }).click()
    await page.keyboard.press('Escape')
  }
  await expectNoSeriousViolations(page, 'release editor')

  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page).toHaveURL(/\/releases\/release-[\w-]+\/edit$/)
  await expect(page.getByRole('heading', { name: 'Edit release' })).toBeVisible()
  await page.reload()

  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(
    'Chair-in-Office visits the Border Management Staff College',
  )
  await expect(page.getByRole('combobox', { name: 'Type' })).toHaveValue('Statement')
  await expect(page.getByRole('combobox', { name: 'Place' })).toHaveValue('Dushanbe')
  await expect(page.getByRole('textbox', { name: 'Date' })).toHaveValue('20 November 2026')
  await expect(page.getByRole('textbox', { name: 'Summary' })).toHaveValue('A short summary of the visit.')
  await expect(body).toContainText('Minister Borg met the staff.')
  expect(await body.innerHTML()).toBe(
    '<h2>The visit</h2><p>Minister Borg met the staff. <strong>In bold</strong></p><ul><li><p>First point</p></li></ul>',
  )
  for (const pill of ['OSCE Programme Office in Dushanbe', 'Border management', 'Tajikistan']) {
    await expect(page.getByText(pill, { exact: true })).toBeVisible()
  }
  await expect(page.getByText(/Restore your unsaved changes/)).toHaveCount(0)
})
