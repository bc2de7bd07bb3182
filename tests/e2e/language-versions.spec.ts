import { expectNoSeriousViolations } from './accessibility'
import { expect, test, type Page } from './fixtures'
import { act, signIn, status } from './people'

// A seeded English draft of Amra's with no translation yet (Bishkek: English and Russian are its operation's languages).
const english = '/releases/release-00033'
const title = 'Regional conference on countering terrorism opens in Bishkek'
const russianTitle = 'В Бишкеке открылась региональная конференция по противодействию терроризму'
const newSummary = 'Experts from twelve participating States met in Bishkek for three days.'

const languages = (page: Page) => page.getByRole('region', { name: 'Languages' })
const needsUpdate = (page: Page) => page.getByRole('alert', { name: /^Needs update: the original changed/ })

test('an editor translates into Russian beside the original; the English changes; the reviewer approves the English only; the Russian is brought up to date and approved', async ({
  context,
}) => {
  test.setTimeout(240_000)
  // One context, two pages: each has its own session, both share the demo database.
  const editor = await context.newPage()
  const reviewer = await context.newPage()

  // Amra adds a Russian version from the English page: its editor opens with the original beside it.
  await signIn(editor, 'Amra Hadžić')
  await editor.goto(english)
  await expect(editor.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await languages(editor).getByRole('combobox', { name: 'Translate into' }).selectOption('ru')
  await languages(editor).getByRole('button', { name: 'Add translation' }).click()
  await expect(editor.getByText('You are writing the Russian translation.')).toBeVisible()
  const original = editor.locator('details').filter({ hasText: 'The original, in English' })
  await expect(original.getByRole('region', { name: 'Title of the original' })).toHaveText(`Title${title}`)
  await expect(original.getByRole('region', { name: /^Body, \d+ paragraphs of the original$/ })).toBeVisible()
  // The dateline's place starts as Russian writes it.
  await expect(editor.getByLabel(/^Place/)).toHaveValue('Бишкек')
  await editor.getByRole('textbox', { name: /^Title/ }).fill(russianTitle)
  await editor.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(editor.getByText(/^Saved at/)).toBeVisible()
  await editor.screenshot({ path: 'test-results/language-versions-side-by-side-1280.png' })
  await expectNoSeriousViolations(editor, 'the translation editor with its original (1280)')
  await editor.setViewportSize({ width: 390, height: 844 })
  // A page opened on a phone has the original folded above the form, one tap away.
  await editor.reload()
  await expect(editor.getByRole('textbox', { name: /^Title/ })).toHaveValue(russianTitle)
  await expect(original).not.toHaveAttribute('open')
  await editor.screenshot({ path: 'test-results/language-versions-side-by-side-390.png' })
  await editor.setViewportSize({ width: 1280, height: 800 })
  const russian = new URL(editor.url()).pathname.replace(/\/edit$/, '')

  // She submits the Russian; then she rewrites the English summary and submits it too.
  await editor.goto(russian)
  await expect(editor.getByRole('heading', { level: 1, name: russianTitle })).toBeVisible()
  await act(editor, 'Submit for review', 'Submit for review')
  await expect(status(editor)).toHaveText('Status: In review')
  await editor.goto(`${english}/edit`)
  await editor.getByRole('textbox', { name: /^Summary/ }).fill(newSummary)
  await editor.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(editor.getByText(/^Saved at/)).toBeVisible()
  await editor.goto(english)
  await act(editor, 'Submit for review', 'Submit for review')
  await expect(status(editor)).toHaveText('Status: In review')

  // Claire: the Russian says it needs an update, with what changed, and cannot be approved; she approves the English only.
  await signIn(reviewer, 'Claire Dubois')
  await reviewer.goto(russian)
  await expect(needsUpdate(reviewer)).toBeVisible()
  await expect(needsUpdate(reviewer)).toContainText('Experts from twelve participating States met')
  await expect(reviewer.getByRole('toolbar', { name: 'Release' }).getByRole('button', { name: 'Approve' })).toHaveCount(
    0,
  )
  await reviewer.goto(english)
  await act(reviewer, 'Approve', 'Approve for publication')
  await expect(status(reviewer)).toHaveText('Status: Published')
  const versions = languages(reviewer).getByRole('listitem')
  await expect(versions.filter({ hasText: 'English' })).toContainText('Published')
  await expect(versions.filter({ hasText: 'Russian' })).toContainText('In review')
  await expect(versions.filter({ hasText: 'Russian' })).toContainText('Needs update')

  // Amra recalls the Russian, translates the new summary, and marks it up to date; it goes back to review.
  await editor.bringToFront()
  await editor.goto(russian)
  await act(editor, 'Recall from review', 'Recall from review')
  await expect(status(editor)).toHaveText('Status: Draft')
  await editor.goto(`${russian}/edit`)
  await expect(needsUpdate(editor)).toContainText('Experts from twelve participating States met')
  await editor
    .getByRole('textbox', { name: /^Summary/ })
    .fill('Эксперты из двенадцати государств-участников провели три дня в Бишкеке.')
  await editor.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(editor.getByText(/^Saved at/)).toBeVisible()
  await editor.goto(russian)
  await needsUpdate(editor).getByRole('button', { name: 'Mark as up to date' }).click()
  await expect(needsUpdate(editor)).toHaveCount(0)
  await act(editor, 'Submit for review', 'Submit for review')
  await expect(status(editor)).toHaveText('Status: In review')

  // Claire approves it: both languages are out, each approved after its own last change.
  await reviewer.bringToFront()
  await reviewer.goto(russian)
  await expect(reviewer.getByRole('article')).toHaveAttribute('lang', 'ru')
  await act(reviewer, 'Approve', 'Approve for publication')
  await expect(status(reviewer)).toHaveText('Status: Published')
  await expect(languages(reviewer).getByRole('listitem').filter({ hasText: 'English' })).toContainText('Published')
  await expect(languages(reviewer).getByText('Needs update')).toHaveCount(0)
  await expectNoSeriousViolations(reviewer, 'a published translation')
})
