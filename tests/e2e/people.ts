import { expect, type Page } from './fixtures'

/** Signs a page in as one of the seeded people, from the sign-in page's list. */
export async function signIn(page: Page, name: string) {
  await page.goto('/sign-in')
  await page.getByRole('button', { name: `Sign in as ${name}` }).click()
  await expect(page.getByRole('banner').getByText(name)).toBeVisible()
}

/** The release page's toolbar, and the status it shows. */
export const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Release' })
export const status = (page: Page) =>
  toolbar(page)
    .getByText(/^Status:/)
    .locator('..')

/** Opens a workflow dialog from the release's toolbar and confirms it, filling it first when asked. */
export async function act(
  page: Page,
  button: string,
  dialogName: string,
  fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await toolbar(page).getByRole('button', { name: button }).click()
  const dialog = page.getByRole('dialog', { name: dialogName })
  await expect(dialog).toBeVisible()
  if (fill) await fill(dialog)
  // Exact: the decision's dialog also offers "Approve and next" / "Request changes and next".
  await dialog.getByRole('button', { name: button, exact: true }).click()
  await expect(dialog).toBeHidden()
}

/** The signed-in editor opens their latest draft from the dashboard and submits it: its title and address. */
export async function submitLatestDraft(editor: Page) {
  const draft = editor
    .getByRole('region', { name: /^My drafts/ })
    .getByRole('list', { name: 'My drafts' })
    .getByRole('link')
    .first()
  const title = (await draft.textContent())!.trim()
  await draft.click()
  await expect(editor.getByRole('heading', { level: 1, name: title })).toBeVisible()
  const releaseUrl = editor.url()
  await act(editor, 'Submit for review', 'Submit for review')
  await expect(status(editor)).toHaveText('Status: In review')
  return { title, releaseUrl }
}
