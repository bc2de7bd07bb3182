import { expect, test } from './fixtures'
import { expectNoSeriousViolations } from './accessibility'
import { backend } from './backend.server'
import { act, signIn, status, submitLatestDraft, toolbar } from './people'

// The reviewer works from Dushanbe: the publication time is entered in her zone, Vienna's is shown beside it.
test.use({ timezoneId: 'Asia/Dushanbe' })

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
// A release with several language versions is named with its language: “…” (English).
const inLanguage = '(?: \\([A-Z][a-z]+\\))?'

test('an editor submits, a reviewer asks for changes, the editor revises and resubmits, the reviewer schedules it, and it publishes on time', async ({
  context,
}) => {
  // The demo's backend follows the page's clock, moved below; the real server keeps real time and
  // publishes on its own, so there the test waits for the time it set (one to two minutes ahead).
  const onServer = backend() === 'server'
  test.setTimeout(onServer ? 360_000 : 180_000)
  // One context, two pages: each page has its own session (sessionStorage), both share the demo database (localStorage).
  if (!onServer) await context.clock.install()
  const editor = await context.newPage()
  const reviewer = await context.newPage()

  // Amra opens her latest draft from the dashboard and submits it.
  await signIn(editor, 'Amra Hadžić')
  const { title, releaseUrl } = await submitLatestDraft(editor)

  // Claire lands on her review queue, hears of it in her inbox, and asks for changes.
  await signIn(reviewer, 'Claire Dubois')
  await expect(reviewer).toHaveURL(/\/review$/)
  await expect(reviewer.getByRole('heading', { level: 1, name: 'Review queue' })).toBeVisible()
  await expect(
    reviewer
      .getByRole('table')
      .getByText(/^waiting/)
      .first(),
  ).toBeVisible()
  await expectNoSeriousViolations(reviewer, 'review queue')
  await reviewer.screenshot({ path: 'test-results/workflow-review-queue.png' })
  await reviewer
    .getByRole('banner')
    .getByRole('link', { name: /^Inbox, \d+ unread$/ })
    .click()
  await reviewer
    .getByRole('link', { name: new RegExp(`^“${escaped(title)}”${inLanguage} awaits review$`) })
    .first()
    .click()
  await expect(reviewer.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await toolbar(reviewer).getByRole('button', { name: 'Request changes' }).click()
  const requestDialog = reviewer.getByRole('dialog', { name: 'Request changes' })
  await requestDialog
    .getByRole('textbox', { name: /What needs to change/ })
    .fill('Name the Border Management Staff College in the title.')
  await expectNoSeriousViolations(reviewer, 'release page with the Request changes dialog open')
  await requestDialog.getByRole('button', { name: 'Request changes', exact: true }).click()
  await expect(requestDialog).toBeHidden()
  await expect(status(reviewer)).toHaveText('Status: Changes requested')

  // Amra sees it in her inbox, revises the title and submits again.
  await editor.bringToFront()
  await editor.goto('/inbox')
  const notification = editor.getByRole('link', {
    name: new RegExp(`^Changes requested on your release “${escaped(title)}”${inLanguage} by Claire Dubois$`),
  })
  await expect(notification).toBeVisible()
  await expect(editor.getByRole('banner').getByRole('link', { name: /^Inbox, \d+ unread$/ })).toBeVisible()
  await expectNoSeriousViolations(editor, 'inbox')
  await editor.screenshot({ path: 'test-results/workflow-inbox.png', fullPage: true })
  await notification.click()
  await expect(editor).toHaveURL(releaseUrl)
  await toolbar(editor).getByRole('link', { name: 'Edit' }).click()
  const revised = `${title} at the Border Management Staff College`.slice(0, 200)
  await editor.getByRole('textbox', { name: 'Title' }).fill(revised)
  await expect(editor.locator('output').getByText('Unsaved changes')).toBeVisible()
  await editor.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(editor.locator('output').getByText(/^Saved at/)).toBeVisible()
  await editor.goto(releaseUrl)
  await expect(editor.getByRole('heading', { level: 1, name: revised })).toBeVisible()
  await act(editor, 'Submit for review', 'Submit for review')
  await expect(status(editor)).toHaveText('Status: In review')

  // Claire approves it for a time a minute or two ahead, entered in her own time zone.
  await reviewer.bringToFront()
  await reviewer.goto(releaseUrl)
  await expect(reviewer.getByRole('heading', { level: 1, name: revised })).toBeVisible()
  const target = await reviewer.evaluate(() => {
    const at = new Date(Date.now() + 120_000)
    return {
      day: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(at),
      hours: String(at.getHours()).padStart(2, '0'),
      minutes: String(at.getMinutes()).padStart(2, '0'),
    }
  })
  await toolbar(reviewer).getByRole('button', { name: 'Approve' }).click()
  const approveDialog = reviewer.getByRole('dialog', { name: 'Approve for publication' })
  await approveDialog.getByRole('radio', { name: 'Schedule' }).check()
  await approveDialog.getByRole('button', { name: /^Publication time/ }).click()
  await reviewer.getByRole('button', { name: target.day, exact: true }).first().click()
  await reviewer.getByRole('spinbutton', { name: 'Hours' }).fill(target.hours)
  await reviewer.getByRole('spinbutton', { name: 'Minutes' }).fill(target.minutes)
  await reviewer.getByRole('button', { name: 'Set the publication time' }).click()
  // Scan the dialog once the picker's dropdown has closed, not during its closing transition.
  await expect(reviewer.getByRole('button', { name: 'Set the publication time' })).toBeHidden()
  await expect(approveDialog.getByText(/^= \d\d:\d\d( on \d+ \w+)? in Vienna$/)).toBeVisible()
  await expectNoSeriousViolations(reviewer, 'release page with the Approve dialog open')
  await reviewer.screenshot({ path: 'test-results/workflow-approve-dialog.png' })
  await approveDialog.getByRole('button', { name: 'Approve', exact: true }).click()
  await expect(approveDialog).toBeHidden()
  await expect(status(reviewer)).toHaveText('Status: Scheduled')

  // Amra sees it scheduled; once the time has passed, it is published.
  await editor.bringToFront()
  await editor.reload()
  await expect(status(editor)).toHaveText('Status: Scheduled')
  if (onServer) {
    await expect(async () => {
      await editor.reload()
      await expect(status(editor)).toHaveText('Status: Published', { timeout: 5_000 })
    }).toPass({ timeout: 180_000, intervals: [5_000] })
  } else {
    await context.clock.fastForward('03:00')
    await editor.reload()
  }
  await expect(status(editor)).toHaveText('Status: Published')
  await expect(editor.getByRole('region', { name: 'Activity' }).getByText('Scheduled → Published')).toBeVisible()
  await editor.screenshot({ path: 'test-results/workflow-published.png', fullPage: true })
  await editor.goto('/')
  await expect(
    editor.getByRole('region', { name: /^Recently published/ }).getByRole('link', { name: revised }),
  ).toBeVisible()
  await editor.screenshot({ path: 'test-results/workflow-dashboard.png', fullPage: true })
})
