import { chromium, type Locator, type Page } from 'playwright-core'
import { chromiumArgs } from '../tests/e2e/chromium'

export type Timings = { firstRow: number; filter: number; openEditor: number; wholeForm: number; save: number }

/**
 * How one app is driven through the timed flow: the same four steps in every app, each app
 * with its own URL, selectors and "done" checks. Checks are JavaScript expressions evaluated
 * in the page on every DOM change.
 */
export type AppAdapter = {
  /** Untimed, before the cache is cleared and the CPU throttled: whatever gets the app running once (the project signs in). */
  prepare(page: Page, baseUrl: string): Promise<void>
  /** The timed navigation's target (path, search and hash). */
  listPath: string
  /** Holds once the list shows its first release row. */
  rowsCheck: string
  /** The list's rows, every one of which must contain the filter word. */
  rowSelector: string
  /** While this matches, the list is still showing earlier rows (null: the app marks nothing). */
  busySelector: string | null
  search(page: Page): Locator
  /** Opens the first release of the list on its own page. */
  openRelease(page: Page): Promise<void>
  editButton(page: Page): Locator
  /** Holds once the editor's Title field is shown. */
  titleCheck: string
  /** Holds once every field of the editor is drawn and usable (the anchors have only Title and Summary). */
  formCheck: string
  titleField(page: Page): Locator
  saveButton(page: Page): Locator
  /** Holds once the app tells that the save is done. */
  savedCheck: string
}

const titleCheck = `[...document.querySelectorAll('main label')].some((label) => /^Title/.test(label.textContent.trim()) && label.control && label.control.offsetParent !== null)`
const searchBox = (page: Page) =>
  page.getByRole('searchbox', { name: 'Search' }).or(page.getByRole('textbox', { name: 'Search' }))

/** This project, exactly as the benchmark has always driven it, so that earlier figures stay comparable. */
export const projectAdapter: AppAdapter = {
  async prepare(page, baseUrl) {
    await page.goto(`${baseUrl}/sign-in`)
    await page.getByRole('button', { name: 'Sign in as Amra Hadžić' }).click()
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor()
  },
  listPath: '/releases?status=draft&author=user-editor-amra',
  rowsCheck: `document.querySelectorAll('main table tbody tr a').length > 0`,
  rowSelector: 'main table tbody tr',
  busySelector: 'main [aria-busy="true"]',
  search: searchBox,
  openRelease: (page) => page.locator('main table tbody tr a').first().click(),
  editButton: (page) => page.getByRole('main').getByRole('link', { name: 'Edit', exact: true }),
  titleCheck,
  // The body's rich-text editor is editable, and no stand-in holds a picker's place (they are inert).
  formCheck: `${titleCheck} && !!document.querySelector('main [contenteditable="true"]') && !document.querySelector('main [inert]')`,
  titleField: (page) => page.getByRole('textbox', { name: 'Title' }),
  saveButton: (page) => page.getByRole('button', { name: 'Save', exact: true }),
  savedCheck: `[...document.querySelectorAll('main *')].some((node) => node.childElementCount === 0 && /^Saved at /.test(node.textContent.trim()))`,
}

/** The bare-stack anchor (bench/anchors/bare): the project's own selectors fit it; no sign-in. */
export const bareAdapter: AppAdapter = {
  ...projectAdapter,
  async prepare(page, baseUrl) {
    await page.goto(`${baseUrl}/?warm-up`)
    await page.locator('main table tbody tr a').first().waitFor()
  },
  listPath: '/releases',
  formCheck: titleCheck,
}

const reactAdminRows = 'main table tbody td.column-title'

/**
 * The react-admin anchor (bench/anchors/react-admin): a hash router, rows opened by a click
 * on the row, react-admin's Edit button, and its "Element updated" notification after Save
 * (its default, undoable save: the notice shows at once and the list is drawn behind it).
 */
export const reactAdminAdapter = (debounce: 'default' | 'none'): AppAdapter => ({
  async prepare(page, baseUrl) {
    // A different search from the list's URL, so the timed goto is a full load, not a hash change.
    await page.goto(`${baseUrl}/?warm-up`)
    await page.locator(reactAdminRows).first().waitFor()
  },
  listPath: debounce === 'none' ? '/?debounce=0#/releases' : '/#/releases',
  rowsCheck: `[...document.querySelectorAll(${JSON.stringify(reactAdminRows)})].some((cell) => cell.textContent.trim() !== '')`,
  rowSelector: 'main table tbody tr',
  busySelector: null,
  search: searchBox,
  openRelease: (page) => page.locator(reactAdminRows).first().click(),
  editButton: (page) => page.getByRole('main').getByRole('link', { name: 'Edit', exact: true }),
  titleCheck,
  formCheck: titleCheck,
  titleField: (page) => page.getByRole('textbox', { name: 'Title' }),
  saveButton: (page) => page.getByRole('button', { name: 'Save', exact: true }),
  savedCheck: `[...document.querySelectorAll('.MuiSnackbarContent-message')].some((node) => /^Element updated/.test(node.textContent.trim()))`,
})

/** Resolves with performance.now() in the page once `check` holds (checked on every DOM change). */
const timeWhen = (page: Page, check: string, timeoutMs: number) =>
  page.evaluate(
    ([source, timeout]) =>
      new Promise<number>((resolve, reject) => {
        const holds = new Function(`return (${source})`) as () => boolean
        if (holds()) return resolve(performance.now())
        const observer = new MutationObserver(() => {
          if (!holds()) return
          observer.disconnect()
          resolve(performance.now())
        })
        observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true })
        setTimeout(() => reject(new Error(`Timed out waiting for: ${source}`)), timeout)
      }),
    [check, timeoutMs] as const,
  )

const now = (page: Page) => page.evaluate(() => performance.now())

/**
 * One cold run of one app: a new browser profile, the app's untimed preparation (the
 * project's sign-in), the HTTP cache cleared, then 4× CPU throttling for everything that is
 * timed. An app that cannot start (an uncaught error, no control shown) ends its run early
 * rather than at the timeout.
 */
export async function coldRun(
  baseUrl: string,
  executablePath: string,
  word: string,
  app: AppAdapter,
  timeoutMs = 60_000,
): Promise<Timings> {
  const browser = await chromium.launch({ executablePath, args: chromiumArgs })
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    context.setDefaultTimeout(timeoutMs)
    const page = await context.newPage()
    // An uncaught error alone is no failure: the run ends early only if the page still shows
    // no control a few seconds after it (an app that failed to start shows at most its frame).
    const crashed = new Promise<never>((_, reject) =>
      page.on('pageerror', (error) => {
        setTimeout(() => {
          page
            .evaluate(() => !document.querySelector('button, a[href], input, select, textarea'))
            .then((dead) => dead && reject(new Error(`Uncaught in the page, which shows no control: ${error.message}`)))
            .catch(() => {})
        }, 5_000)
      }),
    )
    crashed.catch(() => {})
    const guard = <T>(step: Promise<T>) => Promise.race([step, crashed])
    const cdp = await context.newCDPSession(page)
    await guard(app.prepare(page, baseUrl))
    await cdp.send('Network.clearBrowserCache')
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })

    // Navigation (a full load: scripts, any seeding, the query) to the first row.
    await page.goto(`${baseUrl}${app.listPath}`, { waitUntil: 'commit' })
    const firstRow = await guard(timeWhen(page, app.rowsCheck, timeoutMs))

    // Typing a filter word: from the last keystroke to the table showing only matching rows.
    await app.search(page).click()
    await page.keyboard.type(word.slice(0, -1))
    const typed = await now(page)
    await page.keyboard.type(word.slice(-1))
    const notBusy = app.busySelector ? `!document.querySelector(${JSON.stringify(app.busySelector)})` : 'true'
    const matching = `(() => { const rows = [...document.querySelectorAll(${JSON.stringify(app.rowSelector)})]; return rows.length > 0 && rows.every((row) => row.textContent.toLowerCase().includes(${JSON.stringify(word.toLowerCase())})) && ${notBusy} })()`
    const filter = (await timeWhen(page, matching, timeoutMs)) - typed

    // Opening a release in the editor: from clicking "Edit" on its page to the Title field.
    await app.openRelease(page)
    const edit = app.editButton(page)
    await edit.waitFor()
    const editClicked = await now(page)
    await edit.click()
    const openEditor = (await timeWhen(page, app.titleCheck, timeoutMs)) - editClicked
    // From the same click to the whole form (the project draws what is below the fold after the Title).
    const wholeForm = (await timeWhen(page, app.formCheck, timeoutMs)) - editClicked

    // Save to the app's "saved", once the form is whole: the save alone, not the form's last parts.
    await app.titleField(page).click()
    await page.keyboard.press('End')
    await page.keyboard.type(' (rev.)')
    const saveStart = await now(page)
    await app.saveButton(page).click()
    const save = (await timeWhen(page, app.savedCheck, timeoutMs)) - saveStart

    return { firstRow, filter, openEditor, wholeForm, save }
  } finally {
    await browser.close()
  }
}
