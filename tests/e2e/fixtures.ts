import { type BrowserContext, test as base, type ConsoleMessage, type WebError } from '@playwright/test'

export { expect } from '@playwright/test'
export type { Locator, Page } from '@playwright/test'

type ConsoleWatch = { allow: (pattern: RegExp, reason: string) => void }

export type ConsoleFixtures = {
  /**
   * Lets this test's pages log one kind of error or warning that the test provokes on purpose
   * (a request refused on purpose logs "Failed to load resource … 409"). Narrow patterns only,
   * with the reason: anything else logged still fails the test.
   */
  allowConsoleMessage: (pattern: RegExp, reason: string) => void
  consoleWatch: ConsoleWatch
}

/**
 * Every spec imports `test` and `expect` from here: an error or warning in the browser's
 * console, or an uncaught exception, fails the test that caused it, on every page of every
 * context the test opens (a second tab, a second person's window), not only the first page.
 */
export const test = base.extend<ConsoleFixtures>({
  consoleWatch: [
    async ({ browser, context }, provide, testInfo) => {
      const allowances: RegExp[] = []
      const logged: string[] = []
      const record = (text: string) => logged.push(text)
      const onConsole = (message: ConsoleMessage) => {
        const type = message.type()
        if (type !== 'error' && type !== 'warning') return
        const { url, lineNumber } = message.location()
        record(`console.${type}: ${message.text()}${url ? ` (at ${url}:${lineNumber})` : ''}`)
      }
      const onError = (webError: WebError) => {
        const error = webError.error()
        const { url, line } = webError.location()
        // A rejection with no reason (or a thrown string) has no stack: say what there is, and where.
        const text = error.stack || error.message || String(error) || '(an error without a message)'
        record(`uncaught: ${text}${url ? ` (at ${url}:${line + 1})` : ''}`)
      }
      // The test's own context, and every context it creates (they report their pages' messages).
      const watched: BrowserContext[] = []
      const watch = (each: BrowserContext) => {
        watched.push(each)
        each.on('console', onConsole)
        each.on('weberror', onError)
      }
      watch(context)
      browser.on('context', watch)
      await provide({
        allow: (pattern, reason) => {
          allowances.push(pattern)
          testInfo.annotations.push({ type: 'console allowance', description: `${pattern}: ${reason}` })
        },
      })
      browser.off('context', watch)
      // One round trip to every open page, so what it logged just before the end has arrived.
      const open = watched.flatMap((each) => each.pages()).filter((each) => !each.isClosed())
      await Promise.all(open.map((each) => each.evaluate(() => undefined).catch(() => undefined)))
      // Judged at the end, so an allowance counts for whatever was logged before it was given.
      const problems = logged.filter((text) => !allowances.some((pattern) => pattern.test(text)))
      if (problems.length > 0) {
        throw new Error(
          `The browser logged ${problems.length} error(s) or warning(s) during this test:\n${problems.map((each) => `- ${each}`).join('\n')}`,
        )
      }
    },
    { auto: true },
  ],
  allowConsoleMessage: async ({ consoleWatch }, provide) => {
    await provide(consoleWatch.allow)
  },
})
