import { chromium, type Page } from 'playwright-core'
import { chromiumArgs } from '../tests/e2e/chromium'

export type Timings = { firstRow: number; filter: number; openEditor: number; save: number }

/** Resolves with performance.now() in the page once `check` holds (checked on every DOM change). */
const timeWhen = (page: Page, check: string) =>
  page.evaluate(
    (source) =>
      new Promise<number>((resolve, reject) => {
        const holds = new Function(`return (${source})`) as () => boolean
        if (holds()) return resolve(performance.now())
        const observer = new MutationObserver(() => {
          if (!holds()) return
          observer.disconnect()
          resolve(performance.now())
        })
        observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true })
        setTimeout(() => reject(new Error(`Timed out waiting for: ${source}`)), 60_000)
      }),
    check,
  )

const now = (page: Page) => page.evaluate(() => performance.now())

const rowsCheck = `document.querySelectorAll('main table tbody tr a').length > 0`
const titleCheck = `[...document.querySelectorAll('main label')].some((label) => /^Title/.test(label.textContent.trim()) && label.control && label.control.offsetParent !== null)`

/**
 * One cold run: a new browser profile, sign-in (not timed), the HTTP cache cleared, then
 * 4× CPU throttling for everything that is timed.
 */
export async function coldRun(baseUrl: string, executablePath: string, word: string): Promise<Timings> {
  const browser = await chromium.launch({ executablePath, args: chromiumArgs })
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await page.goto(`${baseUrl}/sign-in`)
    await page.getByRole('button', { name: 'Sign in as Amra Hadžić' }).click()
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor()
    await cdp.send('Network.clearBrowserCache')
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })

    // Navigation (a full load: scripts, the mock's seeding, the query) to the first row.
    await page.goto(`${baseUrl}/releases?status=draft&author=user-editor-amra`, { waitUntil: 'commit' })
    const firstRow = await timeWhen(page, rowsCheck)

    // Typing a filter word: from the last keystroke to the table showing only matching rows.
    const search = page.getByRole('searchbox', { name: 'Search' }).or(page.getByRole('textbox', { name: 'Search' }))
    await search.click()
    await page.keyboard.type(word.slice(0, -1))
    const typed = await now(page)
    await page.keyboard.type(word.slice(-1))
    const matching = `(() => { const rows = [...document.querySelectorAll('main table tbody tr')]; return rows.length > 0 && rows.every((row) => row.textContent.toLowerCase().includes(${JSON.stringify(word.toLowerCase())})) && !document.querySelector('main [aria-busy="true"]') })()`
    const filter = (await timeWhen(page, matching)) - typed

    // Opening a release in the editor: from clicking "Edit" on its page to the Title field.
    await page.locator('main table tbody tr a').first().click()
    const edit = page.getByRole('main').getByRole('link', { name: 'Edit', exact: true })
    await edit.waitFor()
    const editClicked = await now(page)
    await edit.click()
    const openEditor = (await timeWhen(page, titleCheck)) - editClicked

    // Save to "Saved".
    const title = page.getByRole('textbox', { name: 'Title' })
    await title.click()
    await page.keyboard.press('End')
    await page.keyboard.type(' (rev.)')
    const saveStart = await now(page)
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    const save =
      (await timeWhen(
        page,
        `[...document.querySelectorAll('main *')].some((node) => node.childElementCount === 0 && /^Saved at /.test(node.textContent.trim()))`,
      )) - saveStart

    return { firstRow, filter, openEditor, save }
  } finally {
    await browser.close()
  }
}
