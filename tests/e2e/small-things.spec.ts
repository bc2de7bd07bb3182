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

test.describe('the page’s own frame, before the app’s code runs', () => {
  for (const width of [1280, 640]) {
    test(`shows the header where the app then draws it, at ${width} px`, async ({ browser, page }) => {
      const size = { width, height: 800 }
      const bare = await browser.newContext({ javaScriptEnabled: false, viewport: size })
      const before = await bare.newPage()
      await before.goto('/')
      const frameTitle = before.getByRole('banner').getByText('Newsroom admin')
      await expect(frameTitle).toBeVisible()
      const frameBox = (await frameTitle.boundingBox())!
      const frameBanner = (await before.getByRole('banner').boundingBox())!
      await bare.close()

      await signIn(page, 'Amra Hadžić')
      await page.setViewportSize(size)
      const banner = page.getByRole('banner')
      await expect(banner).toHaveCount(1)
      const appBox = (await banner.getByRole('link', { name: 'Newsroom admin' }).boundingBox())!
      expect({ x: Math.round(appBox.x), y: Math.round(appBox.y), height: Math.round(appBox.height) }).toEqual({
        x: Math.round(frameBox.x),
        y: Math.round(frameBox.y),
        height: Math.round(frameBox.height),
      })
      expect((await banner.boundingBox())!.height).toBe(frameBanner.height)
    })
  }

  test('takes the colour scheme a person chose', async ({ browser }) => {
    const bare = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' })
    const page = await bare.newPage()
    await page.goto('/')
    const background = () => page.getByRole('banner').evaluate((header) => getComputedStyle(header).backgroundColor)
    expect(await background()).toBe('rgb(36, 36, 36)')
    await bare.close()
  })

  test('takes the scheme chosen in the app over the system’s', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' })
    await context.addInitScript(() => {
      if (location.protocol === 'http:') localStorage.setItem('mantine-color-scheme-value', 'light')
    })
    const page = await context.newPage()
    // The page's own script runs; the app's code does not come (its entry: the build's, or the dev server's).
    let entriesHeldBack = 0
    await page.route(/\/assets\/index-[\w-]+\.js$|\/src\/main\.tsx/, (route) => {
      entriesHeldBack++
      return route.fulfill({ contentType: 'text/javascript', body: '' })
    })
    await page.goto('/')
    const header = page.getByRole('banner')
    await expect(header).toContainText('Newsroom admin')
    expect(await header.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(255, 255, 255)')
    // What was judged is the page's frame: the app's entry never ran.
    expect(entriesHeldBack).toBeGreaterThan(0)
    await context.close()
  })
})
