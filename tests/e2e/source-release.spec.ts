import { expect, test } from './fixtures'
import { seedPressRelease, seedPressReleaseParagraphs } from '../../mocks/seed/press-release'

const sources = ['OSCE Chairpersonship', 'OSCE Programme Office in Dushanbe']
const fieldsOfWork = [
  'Border management',
  'Countering terrorism',
  'Combating trafficking in human beings',
  'Human rights',
  'Gender equality',
]

test('an editor writes the source page’s release from scratch, reopens it, and the preview reads like the public page', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await page.goto('/sign-in')
  await page.getByRole('button', { name: 'Sign in as Amra Hadžić' }).click()
  await page.getByRole('navigation').getByRole('link', { name: 'Releases' }).click()
  await page.getByRole('link', { name: 'New release' }).click()
  await expect(page.getByRole('heading', { name: 'New release' })).toBeVisible()

  await page.getByRole('combobox', { name: 'Type' }).click()
  await page.getByRole('option', { name: 'Press release' }).click()
  await page.getByRole('textbox', { name: 'Title' }).fill(seedPressRelease.title)
  await page.getByRole('combobox', { name: 'Place' }).fill('Dushanbe')
  await page.getByRole('textbox', { name: 'Date' }).fill('2024-06-26')
  await page.getByRole('textbox', { name: 'Date' }).press('Tab')
  await page.getByRole('textbox', { name: 'Summary' }).fill(seedPressRelease.summary)

  const body = page.getByRole('textbox', { name: 'Body' })
  await body.click()
  for (const [index, paragraph] of seedPressReleaseParagraphs.entries()) {
    if (index > 0) await page.keyboard.press('Enter')
    await page.keyboard.insertText(paragraph)
  }

  const choose = async (label: string, options: string[]) => {
    const input = page.getByRole('combobox', { name: label })
    for (const option of options) {
      await input.click()
      const typed = option.slice(0, 12)
      await input.fill(typed)
      // The list has caught up with the typing (every option left matches it) before a pick: a
      // click on a list still redrawing can land beside the option, and the pick is lost.
      const typedText = new RegExp(typed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i')
      await expect(page.getByRole('option').filter({ hasNotText: typedText })).toHaveCount(0)
      await page.getByRole('option', { name: option, exact: true }).click()
      // Picked: its pill is in the field, as a person sees it.
      await expect(page.getByRole('main').getByText(option, { exact: true })).toBeVisible()
    }
    await page.keyboard.press('Escape')
  }
  await choose('Sources', sources)
  await choose('Fields of work', fieldsOfWork)
  await choose('Participating States', ['Tajikistan'])

  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page).toHaveURL(/\/releases\/release-[\w-]+\/edit$/)
  const id = /\/releases\/(release-[\w-]+)\/edit$/.exec(page.url())![1]!

  // Reopen it as a person would, after a reload: every field as entered.
  await page.reload()
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(seedPressRelease.title)
  await expect(page.getByRole('combobox', { name: 'Type' })).toHaveValue('Press release')
  await expect(page.getByRole('combobox', { name: 'Place' })).toHaveValue('Dushanbe')
  await expect(page.getByRole('textbox', { name: 'Date' })).toHaveValue('26 June 2024')
  await expect(page.getByRole('textbox', { name: 'Summary' })).toHaveValue(seedPressRelease.summary)
  await expect(body.locator('p')).toHaveText(seedPressReleaseParagraphs)
  for (const pill of [...sources, ...fieldsOfWork, 'Tajikistan']) {
    await expect(page.getByRole('main').getByText(pill, { exact: true })).toBeVisible()
  }

  // The preview follows the public page: type, title, Date, Place, Source, then the body with its dateline.
  await page.goto(`/releases/${id}`)
  const article = page.getByRole('article')
  await expect(article.getByText('Press release', { exact: true })).toBeVisible()
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(seedPressRelease.title)
  await expect(article.getByRole('definition').nth(0)).toHaveText('26 June 2024')
  await expect(article.getByRole('definition').nth(1)).toHaveText('DUSHANBE')
  await expect(article.getByRole('definition').nth(2)).toHaveText(sources.join(', '))
  await expect(article.locator('p').filter({ hasText: /^DUSHANBE, 26 June 2024 — / })).toHaveText(
    `DUSHANBE, 26 June 2024 — ${seedPressReleaseParagraphs[0]}`,
  )
  for (const paragraph of seedPressReleaseParagraphs.slice(1))
    await expect(article.getByText(paragraph, { exact: true })).toBeVisible()
  await page.screenshot({ path: 'test-results/source-release-preview.png', fullPage: true })
})
