import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { db, setNow, signInAs, storage } from '../../mocks/db'
import { server } from '../../mocks/node'
import { api } from '../../mocks/test-support/api'
import { editorTiming } from '../../src/features/release-editor/timing'
import { renderApp } from '../render'
import { failWith500 } from './faults'
import { arrange, seeded, transition } from './workflow-helpers'

const defaults = { ...editorTiming }
// Autosave waits longer than any test: nothing saves behind the comment being typed.
beforeEach(() => Object.assign(editorTiming, { autosaveMs: 600_000 }))
afterEach(() => Object.assign(editorTiming, defaults))

const activity = () => screen.findByRole('region', { name: 'Activity' })

async function comment(userId: string, body: string) {
  const token = await signInAs(userId)
  const response = await api(`/releases/${seeded}/comments`, { method: 'POST', token, body: { body } })
  expect(response.status).toBe(201)
}

/** Jonas submits; Claire asks a question, then requests changes; Jonas answers. */
async function arrangeConversation() {
  await arrange(seeded, { status: 'draft', authorId: 'user-editor-jonas' })
  setNow('2026-11-27T09:00:00Z')
  await transition('user-editor-jonas', seeded, { action: 'submit' })
  setNow('2026-11-27T09:30:00Z')
  await comment('user-reviewer-claire', 'Who is quoted in the second paragraph?')
  setNow('2026-11-27T10:00:00Z')
  await transition('user-reviewer-claire', seeded, { action: 'request-changes', comment: 'Quote the Minister.' })
  setNow('2026-11-27T10:15:00Z')
  await comment('user-editor-jonas', 'Quoted him in the third paragraph.')
}

/** The stream's last entries, as a person reads them: each one's text. */
async function lastEntries(count: number) {
  const list = within(await activity()).getByRole('list', { name: 'Activity' })
  return waitFor(() => {
    const items = within(list).getAllByRole('listitem')
    expect(items.length).toBeGreaterThanOrEqual(count)
    return items.slice(-count)
  })
}

function expectTheConversation(entries: HTMLElement[]) {
  expect(entries[0]).toHaveTextContent('Submitted for review')
  expect(entries[0]).toHaveTextContent('Jonas Lindqvist')
  expect(entries[1]).toHaveTextContent('Comment')
  expect(entries[1]).toHaveTextContent('Claire Dubois')
  expect(entries[1]).toHaveTextContent('Who is quoted in the second paragraph?')
  expect(entries[2]).toHaveTextContent('Changes requested')
  expect(entries[2]).toHaveTextContent('In review → Changes requested')
  expect(entries[2]).toHaveTextContent('Claire Dubois')
  expect(entries[2]).toHaveTextContent('“Quote the Minister.”')
  expect(entries[3]).toHaveTextContent('Comment')
  expect(entries[3]).toHaveTextContent('Jonas Lindqvist')
  expect(entries[3]).toHaveTextContent('Quoted him in the third paragraph.')
  // Who and when on one line: the typed name in its own <bdi>, the time beside it.
  const who = within(entries[3]!).getByText('Jonas Lindqvist', { selector: 'bdi' })
  expect(who.parentElement?.querySelector('time')).toHaveAttribute('dateTime', '2026-11-27T10:15:00.000Z')
}

describe('the activity stream: steps and comments in one', () => {
  it('on the release page: the review request and the comments in time order, newest last', async () => {
    await arrangeConversation()
    await renderApp(`/releases/${seeded}`, { signedInAs: 'user-editor-jonas' })
    expectTheConversation(await lastEntries(4))
    // One stream: no separate history or comments box.
    expect(screen.queryByRole('region', { name: 'History' })).not.toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Comments' })).not.toBeInTheDocument()
  })

  it('in the editor: the same stream under the status panel, the request still pinned at its top', async () => {
    await arrangeConversation()
    await renderApp(`/releases/${seeded}/edit`, { signedInAs: 'user-editor-jonas' })
    const panel = await screen.findByRole('complementary', { name: 'Status' })
    expect(await within(panel).findByRole('region', { name: 'Latest review request' })).toHaveTextContent(
      'Quote the Minister.',
    )
    expectTheConversation(await lastEntries(4))
  })

  it(
    'posts a comment from the editor: it appears at the end of the stream and the field empties',
    { timeout: 30_000 },
    async () => {
      await arrangeConversation()
      const { user } = await renderApp(`/releases/${seeded}/edit`, { signedInAs: 'user-editor-jonas' })
      const stream = within(await activity())
      await lastEntries(4)
      const field = stream.getByRole('textbox', { name: 'Add a comment' })
      await user.type(field, 'Also shortened the title.')
      await user.click(stream.getByRole('button', { name: 'Post' }))

      await waitFor(async () => expect((await lastEntries(1))[0]).toHaveTextContent('Also shortened the title.'))
      expect((await lastEntries(1))[0]).toHaveTextContent('Jonas Lindqvist')
      expect(field).toHaveValue('')
      // Said to a screen reader too, until the next comment is begun.
      expect(stream.getByRole('status')).toHaveTextContent('Your comment was posted.')
      await user.type(field, 'A')
      expect(stream.getByRole('status')).toHaveTextContent('')
      expect(db.comments.all().map((stored) => stored.body)).toContain('Also shortened the title.')
      // The form being edited is untouched.
      expect(screen.getByRole('textbox', { name: /^Title/ })).toBeInTheDocument()
    },
  )

  it('a failed post from the editor keeps the text, says so, and Retry posts it once', async () => {
    await arrange(seeded, { status: 'changes-requested', authorId: 'user-editor-jonas' })
    const { user } = await renderApp(`/releases/${seeded}/edit`, { signedInAs: 'user-editor-jonas' })
    const stream = within(await activity())
    await lastEntries(1)
    const field = stream.getByRole('textbox', { name: 'Add a comment' })
    const body = 'Quoted him.\nAnd fixed the dateline.'
    await user.type(field, 'Quoted him.{Enter}And fixed the dateline.')
    const fault = failWith500('post', '/releases/:id/comments')
    await user.click(stream.getByRole('button', { name: 'Post' }))

    const alert = await stream.findByRole('alert')
    expect(alert).toHaveTextContent('Your comment was not posted')
    expect(alert).toHaveTextContent('Your comment is still here.')
    expect(field).toHaveValue(body)
    expect(db.comments.all()).toHaveLength(0)

    fault.heal()
    await user.click(within(alert).getByRole('button', { name: /retry|try again/i }))
    await waitFor(async () =>
      expect((await lastEntries(1))[0]).toHaveTextContent('Quoted him. And fixed the dateline.'),
    )
    expect(field).toHaveValue('')
    expect(db.comments.all()).toHaveLength(1)
  })

  it(
    'shows the latest entries of a long stream, and the earlier ones on asking, focus on the first revealed',
    { timeout: 30_000 },
    async () => {
      await arrange(seeded, { status: 'in-review', authorId: 'user-editor-jonas' })
      for (let minute = 10; minute < 35; minute++) {
        setNow(`2026-11-27T09:${minute}:00Z`)
        await comment('user-reviewer-claire', `Note ${minute}`)
      }
      const { user } = await renderApp(`/releases/${seeded}`, { signedInAs: 'user-reviewer-claire' })
      const stream = within(await activity())
      const list = await stream.findByRole('list', { name: 'Activity' })
      await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(10))
      expect(within(list).getAllByRole('listitem').at(-1)).toHaveTextContent('Note 34')
      expect(within(list).queryByText('Note 24')).not.toBeInTheDocument()
      const total = await waitFor(() => {
        const line = stream.getByText(/^Showing the latest 10 of \d+$/)
        return Number(/of (\d+)/.exec(line.textContent ?? '')![1])
      })

      await user.click(stream.getByRole('button', { name: /^Show \d+ earlier$/ }))
      const items = within(list).getAllByRole('listitem')
      expect(items).toHaveLength(Math.min(total, 30))
      expect(items[0]).toHaveFocus()
      expect(within(list).getByText('Note 24')).toBeInTheDocument()
    },
  )

  it('reads the history again when it is older than the release it is shown with', async () => {
    // A release went out between the page's two requests: its status is new, its history a moment older.
    await arrange(seeded, { status: 'draft', authorId: 'user-editor-jonas' })
    await transition('user-editor-jonas', seeded, { action: 'submit' })
    const entries = await storage.historyOf(seeded)
    const older = entries.slice(0, -1).map(({ releaseId: _releaseId, actorId, ...entry }) => ({
      ...entry,
      actor: actorId === null ? null : { id: actorId, name: actorId },
    }))
    server.use(http.get(`/api/releases/${seeded}/history`, () => HttpResponse.json({ items: older }), { once: true }))
    await renderApp(`/releases/${seeded}`, { signedInAs: 'user-reviewer-claire' })
    const list = within(await activity()).getByRole('list', { name: 'Activity' })
    await waitFor(() => expect(within(list).getAllByRole('listitem').at(-1)).toHaveTextContent('Submitted for review'))
  })
})
