import { expect, test } from './fixtures'

/**
 * The console guard itself: each of these pages logs something, so the test must fail
 * (`test.fail()` passes only if it does). Plain pages, no app: the guard is what is tested.
 */
test.describe('the console guard fails a test', () => {
  test('on a console.error of its page', async ({ page }) => {
    test.fail()
    await page.setContent('<p>page</p>')
    await page.evaluate(() => console.error('something broke'))
    await expect(page.getByText('page')).toBeVisible()
  })

  test('on a console.warn', async ({ page }) => {
    test.fail()
    await page.setContent('<p>page</p>')
    await page.evaluate(() => console.warn('something is off'))
  })

  test('on an uncaught exception', async ({ page }) => {
    test.fail()
    await page.setContent('<button onclick="throw new Error(\'boom\')">Go</button>')
    await page.getByRole('button', { name: 'Go' }).click()
  })

  test('on a second tab of the same context', async ({ context }) => {
    test.fail()
    const second = await context.newPage()
    await second.setContent('<p>second</p>')
    await second.evaluate(() => console.error('in the second tab'))
  })

  test('on a page of another context the test opens', async ({ browser }) => {
    test.fail()
    const other = await browser.newContext()
    const page = await other.newPage()
    await page.setContent('<p>other person</p>')
    await page.evaluate(() => console.error('in another context'))
    await other.close()
  })

  test('on a message the allowance does not cover', async ({ page, allowConsoleMessage }) => {
    test.fail()
    allowConsoleMessage(/^console\.error: expected one$/, 'provoked on purpose by this test')
    await page.setContent('<p>page</p>')
    await page.evaluate(() => {
      console.error('expected one')
      console.error('an unexpected one')
    })
  })
})

test('the console guard lets a test allow a message it provokes on purpose', async ({ page, allowConsoleMessage }) => {
  allowConsoleMessage(/^console\.error: expected one$/, 'provoked on purpose by this test')
  await page.setContent('<p>page</p>')
  await page.evaluate(() => {
    console.log('a log is fine')
    console.error('expected one')
  })
  await expect(page.getByText('page')).toBeVisible()
})
