import { expect, type Locator, type Page, test } from './fixtures'
import { expectFocusVisible } from './accessibility'
import { expectFocusTrapped, press, tabTo } from './keyboard'

/**
 * The editor's day with the keyboard alone: no click, no fill, no focus() — only keys, as a
 * person who does not use a mouse. At each step focus is where they expect it, and they can
 * see it.
 */

const title = 'Chair-in-Office opens the Border Management Staff College’s autumn course'

/** Types into a combobox, moves with ArrowDown to the option, and picks it with Enter. */
async function choose(page: Page, combobox: Locator, search: string, option: string) {
  await expect(combobox).toBeFocused()
  if (search) await page.keyboard.type(search)
  const wanted = page.getByRole('option', { name: option, exact: true })
  await expect(wanted).toBeVisible()
  const wantedId = await wanted.getAttribute('id')
  for (let step = 0; step < 30 && (await combobox.getAttribute('aria-activedescendant')) !== wantedId; step++)
    await page.keyboard.press('ArrowDown')
  await expect(combobox).toHaveAttribute('aria-activedescendant', wantedId!)
  await page.keyboard.press('Enter')
}

test('an editor writes, saves and submits a release with the keyboard alone, always seeing where focus is', async ({
  page,
}) => {
  test.setTimeout(240_000)
  const main = page.getByRole('main')

  // Sign in: the first Tab reaches the first person's button.
  await page.goto('/sign-in')
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Newsroom admin' })).toBeVisible()
  await press(page, 'Tab', page.getByRole('button', { name: 'Sign in as Amra Hadžić' }), 'sign-in')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
  // A new page puts focus on its content; the navigation is just before it.
  await expect(main).toBeFocused()

  // Releases, from the navigation, going back from the content.
  const nav = page.getByRole('navigation')
  await tabTo(page, nav.getByRole('link', { name: 'Releases' }), 'navigation: Releases', 'Shift+Tab')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Releases' })).toBeVisible()
  await expect(main).toBeFocused()
  await tabTo(page, main.getByRole('link', { name: 'New release' }), 'New release')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'New release' })).toBeVisible()
  await expect(main).toBeFocused()
  const bodyBox = page.getByRole('textbox', { name: 'Body' })
  await expect(bodyBox).toHaveAttribute('contenteditable', 'true')

  // Saving too early: the error summary is announced, takes focus, and links to each field.
  await page.keyboard.press('Control+s')
  const summary = page.getByRole('alert').filter({ hasText: /There (is a problem|are problems) with/ })
  await expect(summary).toBeVisible()
  await expect(summary).toBeFocused()
  await expectFocusVisible(page, 'the error summary')
  const firstError = summary.getByRole('link').first()
  await expect(firstError).toHaveText(/^Title: /)
  await press(page, 'Tab', firstError, 'the error summary’s first link')
  await page.keyboard.press('Enter')
  const titleBox = page.getByRole('textbox', { name: 'Title' })
  await expect(titleBox).toBeFocused()
  await expectFocusVisible(page, 'Title, from the error summary')

  // Type: back one field, a Select opened and moved through with the arrows.
  const type = page.getByRole('combobox', { name: 'Type' })
  await press(page, 'Shift+Tab', type, 'Type')
  await page.keyboard.press('ArrowDown')
  await choose(page, type, '', 'Statement')
  await expect(type).toHaveValue('Statement')

  await press(page, 'Tab', titleBox, 'Title')
  await page.keyboard.type(title)

  const place = page.getByRole('combobox', { name: 'Place' })
  await press(page, 'Tab', place, 'Place')
  await choose(page, place, 'Dush', 'Dushanbe')
  await expect(place).toHaveValue('Dushanbe')

  const date = page.getByRole('textbox', { name: 'Date' })
  await press(page, 'Tab', date, 'Date')
  await page.keyboard.press('Control+a')
  await page.keyboard.type('2026-11-20')

  const summaryBox = page.getByRole('textbox', { name: 'Summary' })
  await press(page, 'Tab', summaryBox, 'Summary')
  await expect(date).toHaveValue('20 November 2026')
  await page.keyboard.type('Minister Borg opened the course for border officers from Central Asia and Afghanistan.')

  // The body: past its toolbar (each button a stop), then headings, bold and a list by their shortcuts.
  await tabTo(page, bodyBox, 'Body')
  await page.keyboard.press('Control+Alt+2')
  await page.keyboard.type('The course')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Twenty-four officers take part. ')
  await page.keyboard.press('Control+b')
  await page.keyboard.type('It runs for four weeks.')
  await page.keyboard.press('Control+b')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Control+Shift+8')
  await page.keyboard.type('Risk analysis')
  await expect(bodyBox).toContainText('Risk analysis')

  // Sources, fields of work, States: MultiSelects, typed into and picked with the arrows.
  for (const [label, search, option] of [
    ['Sources', 'Dushanbe', 'OSCE Programme Office in Dushanbe'],
    ['Fields of work', 'Border', 'Border management'],
    ['Participating States', 'Tajik', 'Tajikistan'],
  ] as const) {
    const input = page.getByRole('combobox', { name: label })
    await press(page, 'Tab', input, label)
    await choose(page, input, search, option)
    await page.keyboard.press('Escape')
    await expect(main.getByText(option, { exact: true })).toBeVisible()
  }
  await expect(summary).toBeHidden()

  // Ctrl+S saves from wherever focus is; the new release gets its address.
  await page.keyboard.press('Control+s')
  await expect(page).toHaveURL(/\/releases\/release-[\w-]+\/edit$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Edit release' })).toBeVisible()
  await expect(bodyBox).toHaveAttribute('contenteditable', 'true')
  expect(await bodyBox.innerHTML()).toBe(
    '<h2>The course</h2><p>Twenty-four officers take part. <strong>It runs for four weeks.</strong></p><ul><li><p>Risk analysis</p></li></ul>',
  )
  const releaseUrl = page.url().replace(/\/edit$/, '')

  // To its page by the command palette: Ctrl+K, the title, the arrows, Enter.
  await page.keyboard.press('Control+k')
  const search = page.getByRole('textbox', { name: 'Search pages, releases, States and field operations' })
  await expect(search).toBeFocused()
  await expectFocusVisible(page, 'the command palette’s search')
  await page.keyboard.type('Border Management Staff College’s autumn')
  const found = page.getByRole('button', { name: new RegExp(`^${title}`) })
  await expect(found).toBeVisible()
  for (let step = 0; step < 10 && (await found.getAttribute('data-selected')) !== 'true'; step++)
    await page.keyboard.press('ArrowDown')
  await expect(found).toHaveAttribute('data-selected', 'true')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(releaseUrl)
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(main).toBeFocused()

  // Submit for review: the dialog takes focus, keeps it inside, and gives it back on Escape.
  const toolbar = page.getByRole('toolbar', { name: 'Release' })
  const submit = toolbar.getByRole('button', { name: 'Submit for review' })
  await tabTo(page, submit, 'Submit for review')
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Submit for review' })
  const note = dialog.getByRole('textbox', { name: 'Note for the reviewers (optional)' })
  await expect(note).toBeFocused()
  await expectFocusVisible(page, 'the dialog’s note')
  await expectFocusTrapped(page, dialog, 'the Submit for review dialog')
  await expect(note).toBeFocused()
  // Close, note, Cancel, Submit for review: Shift+Tab goes back to the close button, and wraps from there.
  await press(page, 'Shift+Tab', dialog.getByRole('button', { name: 'Close' }), 'the dialog, Shift+Tab from the note')
  await press(
    page,
    'Shift+Tab',
    dialog.getByRole('button', { name: 'Submit for review' }),
    'the dialog, Shift+Tab from its first stop',
  )
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(submit).toBeFocused()
  await expectFocusVisible(page, 'Submit for review, after Escape')

  await page.keyboard.press('Space')
  await expect(note).toBeFocused()
  await page.keyboard.type('Ready for the morning round.')
  await press(page, 'Tab', dialog.getByRole('button', { name: 'Cancel' }), 'the dialog’s Cancel')
  await press(page, 'Tab', dialog.getByRole('button', { name: 'Submit for review' }), 'the dialog’s Submit for review')
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  const status = toolbar.getByText(/^Status:/).locator('..')
  await expect(status).toHaveText('Status: In review')
  // Its button is gone: focus is on the new status, not lost on the page.
  await expect(status).toBeFocused()
  await expect(page.getByRole('region', { name: 'Activity' }).getByText('Draft → In review')).toBeVisible()

  // Back in the editor (by its address): recall it to change a line, then submit it from there.
  await page.goto(`${releaseUrl}/edit`)
  await expect(page.getByRole('heading', { level: 1, name: 'Edit release' })).toBeVisible()
  const panel = page.getByRole('complementary', { name: 'Status' })
  const panelStatus = panel.getByText(/^Status:/).locator('..')
  await expect(panelStatus).toHaveText('Status: In review')
  await tabTo(page, panel.getByRole('button', { name: 'Recall from review' }), 'Recall from review', 'Tab', 40)
  await page.keyboard.press('Enter')
  const recall = page.getByRole('dialog', { name: 'Recall from review' })
  await expect(recall.getByRole('textbox', { name: 'Note (optional)' })).toBeFocused()
  await page.keyboard.type('One more line for the body.')
  await press(page, 'Tab', recall.getByRole('button', { name: 'Cancel' }), 'the recall dialog’s Cancel')
  await press(page, 'Tab', recall.getByRole('button', { name: 'Recall from review' }), 'the recall dialog’s confirm')
  await page.keyboard.press('Enter')
  await expect(recall).toBeHidden()
  await expect(panelStatus).toHaveText('Status: Draft')
  await expect(panelStatus).toBeFocused()

  // A draft again: the form is back. Typed, not saved, and submitted: Submit saves it first.
  await tabTo(page, bodyBox, 'Body, after the recall', 'Tab', 40)
  await page.keyboard.press('Control+End')
  await page.keyboard.type(' Applications close in December.')
  const submitHere = panel.getByRole('button', { name: 'Submit for review' })
  // Onwards round the page (Shift+Tab in the body's list would lift the item out of it).
  await tabTo(page, submitHere, 'Submit for review, in the editor', 'Tab', 60)
  await page.keyboard.press('Enter')
  await expect(note).toBeFocused()
  await press(page, 'Tab', dialog.getByRole('button', { name: 'Cancel' }), 'the editor’s dialog, Cancel')
  await press(page, 'Tab', dialog.getByRole('button', { name: 'Submit for review' }), 'the editor’s dialog, Submit')
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(panelStatus).toHaveText('Status: In review')
  await expect(panelStatus).toBeFocused()
  await page.goto(releaseUrl)
  await expect(main).toContainText('Applications close in December.')
  await expect(page.getByRole('region', { name: 'Activity' }).getByText('Recalled from review')).toBeVisible()
})
