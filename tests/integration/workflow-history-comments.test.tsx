import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { db, setNow } from '../../mocks/db'
import { renderApp } from '../render'
import { arrange, seeded, toolbar, transition } from './workflow-helpers'

// One stream holds the history and the comments (issue 12): both are read from it.
const history = () => screen.findByRole('region', { name: 'Activity' })
const comments = history

describe('release page: the history and the comments in the activity stream', () => {
  it('shows each step: who, when, from → to, the comment and the publication time', async () => {
    await arrange(seeded, { status: 'draft', authorId: 'user-editor-jonas' })
    setNow('2026-11-27T09:00:00Z')
    await transition('user-editor-jonas', seeded, { action: 'submit' })
    await transition('user-reviewer-claire', seeded, { action: 'request-changes', comment: 'Quote the Minister.' })
    await transition('user-editor-jonas', seeded, { action: 'submit' })
    await transition('user-reviewer-tomasz', seeded, { action: 'approve', publishAt: '2026-11-28T13:00:00Z' })
    await renderApp(`/releases/${seeded}`, { signedInAs: 'user-editor-jonas' })

    const timeline = within(await history())
    const items = await waitFor(() => {
      const found = timeline.getAllByRole('listitem')
      expect(found.length).toBeGreaterThanOrEqual(4)
      return found
    })
    const last = items.slice(-4)
    expect(last[0]).toHaveTextContent('Submitted for review')
    expect(last[0]).toHaveTextContent('Draft → In review')
    expect(last[0]).toHaveTextContent('Jonas Lindqvist')
    expect(last[1]).toHaveTextContent('Changes requested')
    expect(last[1]).toHaveTextContent('In review → Changes requested')
    expect(last[1]).toHaveTextContent('Claire Dubois')
    expect(last[1]).toHaveTextContent('“Quote the Minister.”')
    expect(last[3]).toHaveTextContent('Approved')
    expect(last[3]).toHaveTextContent('In review → Scheduled')
    expect(last[3]).toHaveTextContent('Tomasz Nowak')
    expect(
      within(last[3]!)
        .getByText(/^Publication time:/)
        .querySelector('time'),
    ).toHaveAttribute('dateTime', '2026-11-28T13:00:00.000Z')
    // The name sits in its own <bdi> (typed text); the time is beside it in the same line.
    expect(within(last[0]!).getByText('Jonas Lindqvist').parentElement?.querySelector('time')).toHaveAttribute(
      'dateTime',
      '2026-11-27T09:00:00.000Z',
    )
  })

  it('adds the new entry to the stream after a transition on the page', async () => {
    await arrange(seeded, { status: 'draft', authorId: 'user-editor-jonas' })
    const { user } = await renderApp(`/releases/${seeded}`, { signedInAs: 'user-editor-jonas' })
    const timeline = within(await history())
    const before = await waitFor(() => {
      const count = timeline.getAllByRole('listitem').length
      expect(count).toBeGreaterThan(0)
      return count
    })

    await user.click(within(await toolbar()).getByRole('button', { name: 'Submit for review' }))
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Submit for review' }))

    await waitFor(() => expect(timeline.getAllByRole('listitem')).toHaveLength(before + 1))
    const last = timeline.getAllByRole('listitem').at(-1)!
    expect(last).toHaveTextContent('Submitted for review')
    expect(last).toHaveTextContent('Draft → In review')
  })

  it('posts a comment, shown as text even when it looks like HTML', async () => {
    const { user } = await renderApp(`/releases/${seeded}`, { signedInAs: 'user-reviewer-claire' })
    const thread = within(await comments())
    await thread.findByRole('list', { name: 'Activity' })
    // The stream holds the release's steps, and no comment yet.
    expect(thread.queryByText('Comment', { exact: true })).not.toBeInTheDocument()

    await user.click(thread.getByRole('button', { name: 'Post' }))
    expect(await thread.findByText('Write a comment first')).toBeInTheDocument()

    const body = 'Check the <b>title</b> <img src=x onerror=alert(1)>, please.'
    await user.type(thread.getByRole('textbox', { name: 'Add a comment' }), body)
    await user.click(thread.getByRole('button', { name: 'Post' }))

    const list = within(await thread.findByRole('list', { name: 'Activity' }))
    // At the end of the stream, with who wrote it.
    const posted = (await list.findByText(body)).closest('li')!
    expect(list.getAllByRole('listitem').at(-1)).toBe(posted)
    expect(within(posted).getByText('Claire Dubois')).toBeInTheDocument()
    expect(document.querySelector('img, b')).toBeNull()
    expect(thread.getByRole('textbox', { name: 'Add a comment' })).toHaveValue('')
    expect(db.comments.all()).toHaveLength(1)
  })
})
