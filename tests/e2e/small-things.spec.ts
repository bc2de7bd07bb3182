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

test('the empty body is a place to write, as tall as the stand-in that held its place', async ({ page }) => {
  await signIn(page, 'Amra Hadžić')
  await page.goto('/releases/new')
  const body = page.getByRole('textbox', { name: 'Body' })
  await expect(body).toHaveAttribute('contenteditable', 'true')

  // 16rem, the stand-in's minimum too (body-field.test.tsx): the form below does not move.
  const frame = body.locator('xpath=ancestor::div[contains(@class, "mantine-RichTextEditor-root")]')
  expect((await frame.boundingBox())!.height).toBe(256)
  // Several lines tall, and a click low in the empty area starts writing there.
  await body.evaluate((element) => element.scrollIntoView({ block: 'center' }))
  const box = (await body.boundingBox())!
  expect(box.height).toBeGreaterThanOrEqual(180)
  await page.mouse.click(box.x + box.width / 2, box.y + box.height - 10)
  await expect(body).toBeFocused()
  await page.keyboard.type('In Dushanbe')
  await expect(body).toHaveText('In Dushanbe')
})
