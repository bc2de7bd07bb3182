import { expect, test } from './fixtures'
import { signIn } from './people'

test('Ctrl+K, a release’s title and Enter open it, without ↓ first', async ({ page }) => {
  await signIn(page, 'Amra Hadžić')
  await page.keyboard.press('Control+k')
  const search = page.getByRole('textbox', { name: 'Search pages, releases, States and field operations' })
  await expect(search).toBeFocused()
  await search.pressSequentially('Borg concludes visit')
  await expect(page.getByRole('button', { name: /^OSCE Chair-in-Office Borg concludes visit/ })).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/releases\/release-borg-tajikistan$/)
})
