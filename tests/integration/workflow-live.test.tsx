import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { renderApp } from '../render'
import {
  arrange,
  forgetWindowFocus,
  returnToWindowLater,
  seeded,
  statusInToolbar,
  toolbar,
  transition,
} from './workflow-helpers'

afterEach(forgetWindowFocus)

describe('what someone else changes shows up when the window regains focus', () => {
  it('updates the release page: its status, its actions and its history', async () => {
    await arrange(seeded, { status: 'in-review', authorId: 'user-editor-jonas' })
    await renderApp(`/releases/${seeded}`, { signedInAs: 'user-reviewer-claire' })
    expect(within(await toolbar()).getByRole('button', { name: 'Approve' })).toBeInTheDocument()
    const history = within(await screen.findByRole('region', { name: 'Activity' }))
    await waitFor(() => expect(history.getAllByRole('listitem').length).toBeGreaterThan(0))
    const entries = history.getAllByRole('listitem').length

    await transition('user-reviewer-tomasz', seeded, {
      action: 'request-changes',
      comment: 'Add the date of the visit.',
    })
    returnToWindowLater()

    await waitFor(async () => expect(await statusInToolbar()).toHaveTextContent('Changes requested'))
    expect(within(await toolbar()).queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument()
    await waitFor(() => expect(history.getAllByRole('listitem')).toHaveLength(entries + 1))
  })

  it('updates the review queue', async () => {
    await arrange(seeded, { status: 'draft', authorId: 'user-editor-jonas' })
    await renderApp('/review', { signedInAs: 'user-reviewer-claire' })
    const table = await screen.findByRole('table', { name: /^In review \(\d+\)$/ })
    const before = Number(/\((\d+)\)/.exec(table.querySelector('caption')?.textContent ?? '')?.[1])

    await transition('user-editor-jonas', seeded, { action: 'submit' })
    returnToWindowLater()

    expect(await screen.findByRole('table', { name: `In review (${before + 1})` })).toBeInTheDocument()
  })
})
