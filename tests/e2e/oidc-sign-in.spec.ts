/**
 * Real sign-in (issue #17), end to end: the production build served by the real server, which
 * trusts a real OpenID Connect provider (`oidc-provider`, server/test-support/oidc-provider.ts,
 * both on 127.0.0.1). Each role signs in through the provider's own login page, does one write,
 * and signs out, at the provider too; a person with none of the roles sees "No access".
 * `npx playwright test -c tests/e2e/playwright.oidc.config.ts`
 */
import { expect, test, type Page } from './fixtures'
import { expectNoSeriousViolations } from './accessibility'
import { act, status, toolbar } from './people'
import { startOidcProvider, testPeople, type TestProvider } from '../../server/test-support/oidc-provider'
import { freePort, startServer, type RunningServer } from '../../server/test-support/start-server'

type Allow = (pattern: RegExp, reason: string) => void

const accessTokenTtl = 75
/** The API token this tab keeps (the provider's access token). */
const tabToken = (page: Page) =>
  page.evaluate(() => JSON.parse(sessionStorage.getItem('newsroom-admin.session') ?? '{}').token as string | undefined)
/** A JWT's expiry, in seconds since the epoch. */
const expiryOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()).exp as number

let provider: TestProvider
let server: RunningServer

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  const staticDir = process.env.E2E_OIDC_STATIC_DIR
  if (!staticDir) throw new Error('Run this spec with its own configuration: -c tests/e2e/playwright.oidc.config.ts')
  // The provider must know the app's address (its redirect URIs) before the server knows the provider.
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  provider = await startOidcProvider({
    redirectUris: [`${origin}/auth/callback`],
    postLogoutRedirectUris: [`${origin}/sign-in`],
    // The app renews a token a minute before it expires: at 75 s, 15 s after it was issued.
    accessTokenTtlSeconds: accessTokenTtl,
  })
  server = await startServer({
    port,
    staticDir,
    seedReleases: 30,
    env: { ...provider.serverEnv, LOG_LEVEL: 'warn' },
    readyTimeoutMs: 120_000,
  })
})

test.afterAll(async () => {
  await server?.stop()
  server?.cleanUp()
  await provider?.stop()
})

/** From the app's sign-in page through the provider's login and consent, back into the app. */
async function signIn(page: Page, allow: Allow, login: string, path = '/sign-in') {
  // The test provider's own pages ask for a web font (no network here) and a favicon it does not have.
  allow(/fonts\.googleapis\.com/, 'the test provider’s login page asks for a web font')
  allow(new RegExp(`${provider.issuer}/favicon\\.ico`), 'the test provider has no favicon')
  await page.goto(`${server.origin}${path}`)
  const start = page.getByRole('button', { name: 'Sign in with your organisation account' })
  await expect(start).toBeVisible()
  await expectNoSeriousViolations(page, 'sign-in through the identity provider')
  await start.click()
  // The provider's pages (its development login: any password).
  await page.getByPlaceholder('Enter any login').fill(login)
  await page.getByPlaceholder('and password').fill('any password')
  await page.getByRole('button', { name: 'Sign-in' }).click()
  await page.getByRole('button', { name: 'Continue' }).click()
}

async function signOut(page: Page) {
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click()
  // The provider asks before it ends its own session, then sends the page back to sign-in.
  await page.getByRole('button', { name: 'Yes, sign me out' }).click()
  await expect(page.getByRole('button', { name: 'Sign in with your organisation account' })).toBeVisible()
  await expect(page).toHaveURL(`${server.origin}/sign-in`)
}

const title = 'Signed in through the identity provider'

test('an editor signs in at the provider, writes a release under their real name, and signs out', async ({
  page,
  allowConsoleMessage,
}) => {
  const erin = testPeople.editor
  await signIn(page, allowConsoleMessage, erin.login, '/releases/new')

  // Back on the page asked for, as the person the provider vouched for; no demo sign.
  await expect(page.getByRole('heading', { level: 1, name: 'New release' })).toBeVisible()
  const header = page.getByRole('banner')
  await expect(header.getByText(erin.name)).toBeVisible()
  await expect(header.getByText('Demo', { exact: true })).toHaveCount(0)

  await page.getByRole('textbox', { name: 'Title' }).fill(title)
  await page.getByRole('combobox', { name: 'Place' }).fill('Vien')
  await page.getByRole('option', { name: 'Vienna', exact: true }).click()
  await expect(page.getByRole('textbox', { name: 'Body' })).toHaveAttribute('contenteditable', 'true')
  await page.getByRole('textbox', { name: 'Body' }).click()
  await page.keyboard.type('Written by a person the identity provider vouched for.')
  const sources = page.getByRole('combobox', { name: 'Sources' })
  await sources.click()
  await sources.fill('Dushanbe')
  await page.getByRole('option', { name: 'OSCE Programme Office in Dushanbe', exact: true }).click()
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page).toHaveURL(/\/releases\/release-[\w-]+\/edit$/)

  // Its page names the author as the provider's claims do.
  await page.goto(page.url().replace(/\/edit$/, ''))
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Activity' }).getByText(erin.name).first()).toBeVisible()
  await act(page, 'Submit for review', 'Submit for review')
  await expect(status(page)).toHaveText('Status: In review')

  await signOut(page)
  // Signed out at the provider too: signing in again asks for the login once more.
  await page.getByRole('button', { name: 'Sign in with your organisation account' }).click()
  await expect(page.getByPlaceholder('Enter any login')).toBeVisible()
})

test('a reviewer signs in, lands on the review queue, approves the release, and signs out', async ({
  page,
  allowConsoleMessage,
}) => {
  await signIn(page, allowConsoleMessage, testPeople.reviewer.login)
  await expect(page.getByRole('heading', { level: 1, name: 'Review queue' })).toBeVisible()
  await expect(page.getByRole('banner').getByText(testPeople.reviewer.name)).toBeVisible()
  await page.getByRole('link', { name: title }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await act(page, 'Approve', 'Approve for publication')
  await expect(status(page)).toHaveText('Status: Published')

  await signOut(page)
})

test('an admin signs in, assigns the release to a field operation, and signs out', async ({
  page,
  allowConsoleMessage,
}) => {
  await signIn(page, allowConsoleMessage, testPeople.admin.login, '/releases?status=published')
  await expect(page.getByRole('banner').getByText(testPeople.admin.name)).toBeVisible()
  await page
    .getByRole('table', { name: /^Releases/ })
    .getByRole('link', { name: title })
    .click()
  await expect(toolbar(page)).toBeVisible()
  const operations = page.getByRole('combobox', { name: 'Field operations' })
  await operations.click()
  await operations.fill('Montenegro')
  await page.getByRole('option', { name: 'Mission to Montenegro', exact: true }).click()
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Save field operations' }).click()
  const activity = page.getByRole('region', { name: 'Activity' })
  await expect(activity.getByText('Field operations changed')).toBeVisible()
  await expect(activity.getByText(testPeople.admin.name).first()).toBeVisible()

  await signOut(page)
})

test('the app renews the token before it expires, without a sign-in', async ({ page, allowConsoleMessage }) => {
  await signIn(page, allowConsoleMessage, testPeople.editor.login)
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
  const first = (await tabToken(page))!
  // A minute before it expires, the refresh token buys a new one, which becomes the tab's.
  await expect
    .poll(() => tabToken(page), { timeout: (accessTokenTtl - 60 + 20) * 1000, intervals: [1000] })
    .not.toBe(first)
  const renewed = (await tabToken(page))!
  expect(expiryOf(renewed)).toBeGreaterThan(expiryOf(first))
  // The page goes on with it: a reload, and every request of the releases page, answered.
  await page.goto(`${server.origin}/releases`)
  await expect(page.getByRole('table', { name: /^Releases/ })).toBeVisible()
  await expect(page.getByRole('banner').getByText(testPeople.editor.name)).toBeVisible()
})

test('a person with none of the roles sees "No access", and can sign out', async ({ page, allowConsoleMessage }) => {
  allowConsoleMessage(/status of 403 \(Forbidden\) \(at [^)]*\/api\/session:/, 'the API answers 403: no role here')
  await signIn(page, allowConsoleMessage, testPeople.nobody.login)
  await expect(page.getByRole('heading', { level: 1, name: 'No access to Newsroom admin' })).toBeVisible()
  await expectNoSeriousViolations(page, 'no access')
  await page.getByRole('button', { name: 'Sign out' }).click()
  await page.getByRole('button', { name: 'Yes, sign me out' }).click()
  await expect(page).toHaveURL(`${server.origin}/sign-in`)
})
