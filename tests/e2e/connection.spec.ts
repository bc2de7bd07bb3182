import { expect, test } from './fixtures'
import { emulateColorScheme, expectNoSeriousViolations } from './accessibility'

// The MSW service worker answers even while the browser is offline, so what is checked here is
// the browser's own online state: the banner follows it, and the typed draft outlives it.
test('losing the connection shows a banner that leaves the typed draft alone, and it goes when the connection returns', async ({
  page,
  context,
}) => {
  await page.goto('/sign-in')
  await page.getByRole('button', { name: 'Sign in as Amra Hadžić' }).click()
  await expect(page.getByRole('banner').getByText('Amra Hadžić')).toBeVisible()
  await page.goto('/releases/new')
  await expect(page.getByRole('heading', { name: 'New release' })).toBeVisible()

  const title = page.getByRole('textbox', { name: 'Title' })
  const summary = page.getByRole('textbox', { name: 'Summary' })
  await title.fill('Chair-in-Office meets the Head of the Programme Office')
  await summary.click()
  await summary.pressSequentially('Typed before the connection went away.')

  const status = page.getByRole('status').filter({ hasText: 'No connection' })
  await expect(status).toHaveCount(0)
  await context.setOffline(true)
  await expect(status).toBeVisible()
  await expect(status).toContainText('What you have typed stays here; save or retry once the connection is back.')
  // A polite notice: typing goes on where it was.
  await expect(summary).toBeFocused()
  await summary.pressSequentially(' And after.')
  await expectNoSeriousViolations(page, 'editor with the connection banner')
  await emulateColorScheme(page, 'dark')
  await expectNoSeriousViolations(page, 'editor with the connection banner, dark')

  await context.setOffline(false)
  await expect(status).toHaveCount(0)
  await expect(title).toHaveValue('Chair-in-Office meets the Head of the Programme Office')
  await expect(summary).toHaveValue('Typed before the connection went away. And after.')
})

/** The mock backend's code: its chunk in the demo build the tests run on (its module on the dev server). */
const mockBackendCode = /\/assets\/browser-[\w-]+\.js$|\/mocks\/browser\.ts/

test('a tab that goes offline while the demo backend is still loading says so, and starts once back online', async ({
  page,
  context,
  allowConsoleMessage,
}) => {
  await page.goto('/sign-in')
  await expect(page.getByRole('button', { name: 'Sign in as Amra Hadžić' })).toBeVisible({ timeout: 30_000 })
  // The connection drops just as the page asks for the mock backend's code.
  await page.route(mockBackendCode, async (route) => {
    await context.setOffline(true)
    await route.abort('internetdisconnected')
  })
  allowConsoleMessage(
    /Failed to load resource: net::ERR_INTERNET_DISCONNECTED/,
    'the request the test drops on purpose',
  )
  await page.reload()
  await expect(page.getByRole('alert')).toHaveText(
    'No connection: the demo backend could not load. This page reloads when the connection is back.',
    { timeout: 30_000 },
  )

  await page.unroute(mockBackendCode)
  await context.setOffline(false)
  await expect(page.getByRole('button', { name: 'Sign in as Amra Hadžić' })).toBeVisible({ timeout: 30_000 })
})
