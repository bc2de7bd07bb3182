import type { BrowserContext } from '@playwright/test'
import { expect, type Page, test } from './fixtures'

// The mock backend lives in a service worker shared by the tabs of one browser: every tab must be
// served by it from its first request, however the others were opened, reloaded or closed
// (decision 0015). One context is one browser window with its tabs.

// Each landing page, and something on it that only the API's data shows.
const dashboard = (page: Page) => page.getByRole('region', { name: 'Releases by status' })
const reviewQueue = (page: Page) => page.getByRole('table', { name: /^In review \(\d+\)$/ })
const people = {
  editor: { name: 'Amra Hadžić', landing: /\/$/, heading: 'Dashboard', data: dashboard },
  reviewer: { name: 'Claire Dubois', landing: /\/review$/, heading: 'Review queue', data: reviewQueue },
  admin: { name: 'Elena Marković', landing: /\/$/, heading: 'Dashboard', data: dashboard },
} as const

/** Opens a tab on the sign-in page, which lists the people the API knows. */
async function open(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  await page.goto('/sign-in')
  // Generous: the mock seeds its database first, and a tab may reload once to be served.
  await expect(page.getByRole('button', { name: `Sign in as ${people.editor.name}` })).toBeVisible({ timeout: 30_000 })
  return page
}

/** Signs in from the sign-in page and lands where the role lands. */
async function signInAs(page: Page, role: keyof typeof people) {
  const { name, landing, heading, data } = people[role]
  await page.bringToFront()
  await page.getByRole('button', { name: `Sign in as ${name}` }).click()
  await expect(page).toHaveURL(landing)
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
  await expect(page.getByRole('banner').getByText(name)).toBeVisible()
  // The landing page's data came from the mock too, not only the list of people.
  await expect(data(page)).toBeVisible()
}

test.describe.configure({ timeout: 120_000 })

test('A open, A reloaded, B opened: both tabs sign in', async ({ context }) => {
  const a = await open(context)
  await a.reload()
  const b = await open(context)
  await signInAs(b, 'reviewer')
  await signInAs(a, 'editor')
})

test('A and B open, A closed, C opened: B and C sign in', async ({ context }) => {
  const a = await open(context)
  const b = await open(context)
  await a.close()
  const c = await open(context)
  await signInAs(c, 'admin')
  await signInAs(b, 'reviewer')
})

test('A and B open, A reloaded, then B reloaded: both tabs sign in', async ({ context }) => {
  const a = await open(context)
  const b = await open(context)
  await a.reload()
  await expect(a.getByRole('button', { name: `Sign in as ${people.editor.name}` })).toBeVisible({ timeout: 30_000 })
  await b.reload()
  await signInAs(b, 'editor')
  await signInAs(a, 'reviewer')
})

test('a tab opened while the worker is removing itself is served all the same', async ({ context }) => {
  const a = await open(context)
  await signInAs(a, 'editor')
  // What a reload can leave behind when the worker hears the old page's goodbye late: it
  // unregisters itself (as it does when it sees no other tab) while tab A goes on using it.
  await a.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration()
    await registration?.unregister()
  })
  const b = await open(context)
  await signInAs(b, 'reviewer')
  const c = await open(context)
  await signInAs(c, 'admin')
  await a.reload()
  await expect(a.getByRole('heading', { level: 1, name: people.editor.heading })).toBeVisible({ timeout: 30_000 })
})

test('a tab whose worker is removed just as it starts again logs nothing, and the next tab is served', async ({
  context,
}) => {
  const a = await open(context)
  // Another tab keeps the worker from unregistering itself at A's goodbye: the test does it below.
  const other = await open(context)
  // The race of a reload, made certain: the old page's goodbye lands just after the new page
  // found the registration, so the worker unregisters itself under it (MSW then updates it).
  await a.addInitScript(() => {
    if (sessionStorage.getItem('test:raced')) return
    sessionStorage.setItem('test:raced', 'yes')
    const getRegistrations = ServiceWorkerContainer.prototype.getRegistrations
    ServiceWorkerContainer.prototype.getRegistrations = async function () {
      const found = await getRegistrations.call(this)
      await Promise.all(found.map((registration) => registration.unregister()))
      return found
    }
  })
  await a.reload()
  await signInAs(a, 'admin')
  await other.close()
  const b = await open(context)
  await signInAs(b, 'reviewer')
})
