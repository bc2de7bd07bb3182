import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { db } from '../../mocks/db'
import { renderApp } from '../render'
import { arrange } from './workflow-helpers'

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString()

/** Leaves exactly these releases in review, submitted when given. */
async function inReviewOnly(submitted: { id: string; submittedAt: string }[]) {
  for (const waiting of db.releases.all().filter((release) => release.status === 'in-review'))
    await arrange(waiting.id, { status: 'draft', submittedAt: null })
  for (const { id, submittedAt } of submitted) await arrange(id, { status: 'in-review', submittedAt })
}

describe('review queue', () => {
  it('lists the releases in review, the one waiting longest first, with how long each has waited and a mark on long waits', async () => {
    const [a, b, c] = db.releases
      .all()
      .filter((release) => release.status === 'draft')
      .slice(0, 3)
    await inReviewOnly([
      { id: a!.id, submittedAt: hoursAgo(3 * 24 + 1) },
      { id: b!.id, submittedAt: hoursAgo(5.5) },
      { id: c!.id, submittedAt: hoursAgo(10 * 24) },
    ])
    await renderApp('/review', { signedInAs: 'user-reviewer-claire' })

    expect(await screen.findByRole('heading', { level: 1, name: 'Review queue' })).toBeInTheDocument()
    const table = screen.getByRole('table', { name: 'In review (3)' })
    expect(within(table).getByRole('columnheader', { name: 'Waiting' })).toHaveAttribute('aria-sort', 'descending')
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([c!.title, a!.title, b!.title])
    expect(rows.map((row) => within(row).getByText(/^waiting/).textContent)).toEqual([
      'waiting 10 days',
      'waiting 3 days',
      'waiting 5 hours',
    ])
    // The mark is a word, not a colour: more than 2 days.
    expect(rows.map((row) => within(row).queryByText('Long wait') !== null)).toEqual([true, true, false])
    expect(within(rows[0]!).getByRole('link', { name: c!.title })).toHaveAttribute('href', `/releases/${c!.id}`)
  })

  it('shows a day of 35 waiting releases on one page, without paging', async () => {
    const day = db.releases
      .all()
      .filter((release) => release.status !== 'in-review')
      .slice(0, 35)
    await inReviewOnly(day.map((release, index) => ({ id: release.id, submittedAt: hoursAgo(100 - index) })))
    await renderApp('/review', { signedInAs: 'user-admin-elena' })

    expect(await screen.findByRole('table', { name: 'In review (35)' })).toBeInTheDocument()
    expect(screen.getAllByRole('row')).toHaveLength(36)
    // The one resubmitted last is on the page, at the end.
    expect(screen.getAllByRole('rowheader').at(-1)).toHaveTextContent(day[34]!.title)
    expect(screen.queryByRole('navigation', { name: 'Pagination' })).not.toBeInTheDocument()
  })

  it('pages only past 100 waiting releases', async () => {
    const waiting = db.releases
      .all()
      .filter((release) => release.status !== 'in-review')
      .slice(0, 101)
    await inReviewOnly(waiting.map((release, index) => ({ id: release.id, submittedAt: hoursAgo(200 - index) })))
    const { user, router } = await renderApp('/review', { signedInAs: 'user-reviewer-claire' })

    expect(await screen.findByRole('table', { name: 'In review (101)' })).toBeInTheDocument()
    expect(screen.getAllByRole('row')).toHaveLength(101)
    await user.click(screen.getByRole('button', { name: 'Page 2' }))

    await waitFor(() => expect(router.state.location.search).toEqual({ page: 2 }))
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(2))
    expect(screen.getByText(waiting[100]!.title)).toBeInTheDocument()
  })

  it('offers a reviewer the next release in the queue from a release page, and an editor nothing', async () => {
    const [a, b] = db.releases
      .all()
      .filter((release) => release.status === 'draft')
      .slice(0, 2)
    await inReviewOnly([
      { id: a!.id, submittedAt: hoursAgo(50) },
      { id: b!.id, submittedAt: hoursAgo(20) },
    ])
    const { user, router, view } = await renderApp(`/releases/${a!.id}`, { signedInAs: 'user-reviewer-claire' })
    const queue = await screen.findByRole('navigation', { name: 'Review queue' })
    await user.click(within(queue).getByRole('link', { name: `Next in queue: ${b!.title}` }))

    await waitFor(() => expect(router.state.location.pathname).toBe(`/releases/${b!.id}`))
    // On the last one waiting, the next is the one before it (still waiting), never itself.
    expect(
      await within(await screen.findByRole('navigation', { name: 'Review queue' })).findByRole('link', {
        name: `Next in queue: ${a!.title}`,
      }),
    ).toBeInTheDocument()
    view.unmount()
    sessionStorage.clear()

    await renderApp(`/releases/${a!.id}`, { signedInAs: 'user-editor-amra' })
    expect(await screen.findByRole('heading', { level: 1, name: a!.title })).toBeInTheDocument()
    expect(screen.queryByRole('navigation', { name: 'Review queue' })).not.toBeInTheDocument()
  })

  it('is where a reviewer lands after signing in; an editor lands on the dashboard', async () => {
    const { user, router, view } = await renderApp('/sign-in')
    await user.click(await screen.findByRole('button', { name: 'Sign in as Claire Dubois' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/review'))
    expect(await screen.findByRole('heading', { level: 1, name: 'Review queue' })).toBeInTheDocument()
    view.unmount()
    sessionStorage.clear()

    const editor = await renderApp('/sign-in')
    await editor.user.click(await screen.findByRole('button', { name: 'Sign in as Amra Hadžić' }))
    await waitFor(() => expect(editor.router.state.location.pathname).toBe('/'))
  })

  it('is in the navigation of reviewers and admins, not of editors', async () => {
    const { view } = await renderApp('/', { signedInAs: 'user-reviewer-tomasz' })
    expect(
      within(await screen.findByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Review queue' }),
    ).toBeInTheDocument()
    view.unmount()

    await renderApp('/', { signedInAs: 'user-editor-aigerim' })
    const nav = within(await screen.findByRole('navigation', { name: 'Main' }))
    expect(nav.getByRole('link', { name: 'Dashboard' })).toBeInTheDocument()
    expect(nav.queryByRole('link', { name: 'Review queue' })).not.toBeInTheDocument()
  })
})
