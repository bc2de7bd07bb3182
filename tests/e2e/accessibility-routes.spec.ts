import { expect, type Page, test } from './fixtures'
import { dialogByKeyboard, h1, here, scan, signIn } from './route-scan'

/**
 * axe on every route, in light and in dark, signed in as the role that uses it (an admin sees
 * the most controls on the shared pages), with every Tab stop visibly focused, and each dialog
 * opened by keyboard (an admin's own pages: accessibility-admin-routes.spec.ts). One page or
 * one dialog per test: a scan with its Tab walk takes a good part of a minute on a loaded
 * machine, so tests that held several timed out there.
 */

const releases = (page: Page) => page.getByRole('table', { name: /^Releases/ })
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Release' })

test('signed out: sign-in', async ({ page }) => {
  await scan(page, '/sign-in', 'sign-in', (p) => [
    h1(p, 'Sign in to Newsroom admin'),
    p.getByRole('button', { name: 'Sign in as Amra Hadžić' }),
  ])
})

test.describe('an editor’s routes', () => {
  test.beforeEach(async ({ page }) => signIn(page, 'Amra Hadžić'))
  /** The preview of the editor's first draft on the dashboard. */
  const firstDraft = async (page: Page) =>
    (await page.getByRole('list', { name: 'My drafts' }).getByRole('link').first().getAttribute('href'))!

  test('dashboard', async ({ page }) => {
    await scan(page, '/', 'dashboard (editor)', (p) => [
      h1(p, 'Dashboard'),
      p.getByRole('list', { name: 'My drafts' }).getByRole('link').first(),
    ])
  })

  test('releases list', async ({ page }) => {
    await scan(page, '/releases', 'releases list', (p) => [h1(p, 'Releases'), releases(p).getByRole('row').nth(1)])
  })

  test('the editor of a new release', async ({ page }) => {
    await scan(page, '/releases/new', 'editor, new release', (p) => [
      h1(p, 'New release'),
      p.getByRole('button', { name: 'Bold' }),
    ])
  })

  test('the editor of a new release with its errors', async ({ page }) => {
    await page.goto('/releases/new')
    await expect(page.getByRole('button', { name: 'Bold' })).toBeVisible()
    // Saved empty: the error summary and every field's error in red, in both schemes.
    await page.keyboard.press('Control+s')
    await expect(page.getByRole('alert').filter({ hasText: /There are problems with/ })).toBeFocused()
    await scan(page, '/releases/new', 'editor, new release with its errors', (p) => [
      p.getByRole('textbox', { name: 'Title' }),
    ])
  })

  test('the editor of an existing draft', async ({ page }) => {
    await scan(page, `${await firstDraft(page)}/edit`, 'editor, existing draft', (p) => [
      h1(p, 'Edit release'),
      p.getByRole('button', { name: 'Bold' }),
      p.getByRole('list', { name: 'Activity' }),
    ])
  })

  test('the Delete draft dialog', async ({ page }) => {
    await page.goto(`${await firstDraft(page)}/edit`)
    await expect(page.getByRole('button', { name: 'Bold' })).toBeVisible()
    await dialogByKeyboard(
      page,
      page.getByRole('button', { name: 'Delete draft' }),
      'Delete this draft?',
      'editor, existing draft',
    )
  })

  test('the preview of a draft, for its author', async ({ page }) => {
    await scan(page, await firstDraft(page), 'preview of a draft (its author)', (p) => [
      p.getByRole('article').getByRole('heading', { level: 1 }),
      toolbar(p).getByRole('button', { name: 'Submit for review' }),
      p.getByRole('region', { name: 'Activity' }),
    ])
  })

  test('inbox', async ({ page }) => {
    await scan(page, '/inbox', 'inbox', (p) => [h1(p, 'Inbox')])
  })

  test('not found', async ({ page }) => {
    await scan(page, '/no-such-page', 'not found', (p) => [h1(p, 'Page not found')])
  })
})

test.describe('a reviewer’s routes', () => {
  test.beforeEach(async ({ page }) => signIn(page, 'Claire Dubois'))
  /** The first release waiting in the review queue. */
  const openFirstInReview = async (page: Page) => {
    await page.goto('/review')
    await page.getByRole('table').getByRole('link').first().click()
    await expect(toolbar(page).getByRole('button', { name: 'Approve' })).toBeVisible()
  }

  test('review queue', async ({ page }) => {
    await scan(page, '/review', 'review queue', (p) => [
      h1(p, 'Review queue'),
      p
        .getByRole('table')
        .getByText(/^waiting/)
        .first(),
    ])
  })

  test('a release in review', async ({ page }) => {
    await openFirstInReview(page)
    await scan(page, here(page), 'preview of a release in review (reviewer)', (p) => [
      toolbar(p).getByRole('button', { name: 'Approve' }),
      p.getByRole('region', { name: 'Activity' }),
    ])
  })

  test('the Request changes dialog', async ({ page }) => {
    await openFirstInReview(page)
    await dialogByKeyboard(
      page,
      toolbar(page).getByRole('button', { name: 'Request changes' }),
      'Request changes',
      'a release in review',
    )
  })

  test('the Approve dialog', async ({ page }) => {
    await openFirstInReview(page)
    await dialogByKeyboard(
      page,
      toolbar(page).getByRole('button', { name: 'Approve' }),
      'Approve for publication',
      'a release in review',
    )
  })
})
