import type { Request } from '@playwright/test'
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

/**
 * The demo backend's code, as the page asks for it: the mock's chunk (in the demo build the tests
 * run on, a module preload beside the entry, then the entry's import; on the dev server its
 * module), and the script of the backend's worker, which the build's index.html starts before the
 * entry runs (decision 0019; on the dev server only the mock's code starts it). MSW's service
 * worker needs no holding back: only the mock's code registers it.
 */
const mockBackendFiles = {
  chunk: /\/assets\/browser-[\w-]+\.js$|\/mocks\/browser\.ts(\?|$)/,
  worker: /\/assets\/worker-[\w-]+\.js$|\/mocks\/backend\/worker\.ts(\?|$)/,
}
const anyMockBackendFile = (url: URL) =>
  Object.values(mockBackendFiles).some((pattern) => pattern.test(url.pathname + url.search))

test('a tab that goes offline while the demo backend is still loading says so, and starts once back online', async ({
  page,
  context,
  allowConsoleMessage,
}) => {
  await page.goto('/sign-in')
  await expect(page.getByRole('button', { name: 'Sign in as Amra Hadžić' })).toBeVisible({ timeout: 30_000 })

  // Every request for the demo backend's code waits until the connection has dropped, then fails
  // as a dropped connection does. Going offline only then, not when the mock's chunk is first
  // asked for: that request leaves beside the entry's own, and going offline there failed the
  // app's entry (or its runtime chunk) as well at times, so no code ran to say anything. The
  // context's route, not the page's: it also sees a request that MSW's service worker (serving
  // this tab since the first load) makes on the page's behalf.
  const heldBack: { file: string; done: 'held' | 'aborted' }[] = []
  const waiting: (() => Promise<void>)[] = []
  let connectionDropped = false
  await context.route(anyMockBackendFile, async (route) => {
    const request = { file: new URL(route.request().url()).pathname, done: 'held' as 'held' | 'aborted' }
    heldBack.push(request)
    const abort = async () => {
      await route.abort('internetdisconnected')
      request.done = 'aborted'
    }
    if (connectionDropped) await abort()
    else waiting.push(abort)
  })
  allowConsoleMessage(
    /Failed to load resource: net::ERR_INTERNET_DISCONNECTED/,
    'the requests the connection drops under (the test holds them back, then goes offline)',
  )
  // The page's other requests (the app's own code), to let those already on their way arrive.
  const appRequestsInFlight = new Set<Request>()
  context.on('request', (request) => {
    if (!anyMockBackendFile(new URL(request.url()))) appRequestsInFlight.add(request)
  })
  const settled = (request: Request) => appRequestsInFlight.delete(request)
  context.on('requestfinished', settled)
  context.on('requestfailed', settled)
  // DOMContentLoaded comes once the app's entry (a module script, with what it imports) has run:
  // the app's code is here, the demo backend's is still on its way.
  await page.reload({ waitUntil: 'domcontentloaded' })
  const startsItsWorkerEarly = await page.evaluate(() => 'newsroomMockBackend' in window)
  const expectedFiles = startsItsWorkerEarly
    ? [mockBackendFiles.chunk, mockBackendFiles.worker]
    : [mockBackendFiles.chunk]
  await expect
    .poll(() => heldBack.map(({ file }) => file), { message: "the demo backend's files, asked for and held back" })
    .toEqual(expect.arrayContaining(expectedFiles.map((pattern) => expect.stringMatching(pattern))))
  // The app may render while the demo backend loads, and ask for its pages' code as it does: once
  // it has drawn a frame, what it asked for arrives before the connection drops (the code of a
  // page cut off halfway is not what this test is about).
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))))
  await expect
    .poll(() => [...appRequestsInFlight].map((request) => request.url()), { message: "the app's own requests" })
    .toEqual([])

  await context.setOffline(true)
  connectionDropped = true
  await Promise.all(waiting.splice(0).map((abort) => abort()))
  await expect(page.getByRole('alert')).toHaveText(
    'No connection: the demo backend could not load. This page reloads when the connection is back.',
  )
  // None of the demo backend's code reached the page.
  expect(heldBack.filter(({ done }) => done !== 'aborted')).toEqual([])

  await context.unroute(anyMockBackendFile)
  await context.setOffline(false)
  await expect(page.getByRole('button', { name: 'Sign in as Amra Hadžić' })).toBeVisible({ timeout: 30_000 })
})
