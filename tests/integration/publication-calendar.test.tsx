import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../render'

// The tests run on 27 November 2026 (tests/test-today.ts), in UTC. The seed's soonest scheduled
// release, "OSCE Chair-in-Office Cassis visits Tajikistan…", goes out on 2 December at 08:00 UTC.
const soonest = /^OSCE Chair-in-Office Cassis visits Tajikistan/

const day = (name: RegExp) => screen.getByRole('listitem', { name })

describe('publication calendar', () => {
  it('is in the navigation for every role', async () => {
    for (const signedInAs of ['user-editor-amra', 'user-reviewer-claire', 'user-admin-elena']) {
      const { view } = await renderApp('/', { signedInAs })
      const nav = await screen.findByRole('navigation', { name: /main|pages/i })
      expect(within(nav).getByRole('link', { name: 'Publication calendar' })).toHaveAttribute('href', '/calendar')
      view.unmount()
    }
  })

  it('shows this month by default and moves to the next one, where a scheduled release sits on its day', async () => {
    const { user, router } = await renderApp('/calendar', { signedInAs: 'user-editor-amra' })
    expect(await screen.findByRole('heading', { level: 1, name: 'Publication calendar' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: 'November 2026' })).toBeInTheDocument()
    expect(day(/^Friday 27 November, today/)).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Next month' }))
    expect(await screen.findByRole('heading', { level: 2, name: 'December 2026' })).toBeInTheDocument()
    expect(router.state.location.search).toEqual({ view: 'month', date: '2026-12-27' })

    const second = await waitFor(() => day(/^Wednesday 2 December, 1 release$/))
    const entry = within(second).getByRole('listitem')
    expect(entry).toHaveTextContent('08:00 UTC (09:00 Vienna)')
    expect(within(entry).getByText('Scheduled')).toBeInTheDocument()
    await user.click(within(entry).getByRole('link', { name: soonest }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/releases/release-00051'))
  })

  it('shows a week from the URL, and goes back a week and to today', async () => {
    const { user, router } = await renderApp('/calendar?view=week&date=2026-12-02', {
      signedInAs: 'user-reviewer-claire',
    })
    expect(await screen.findByRole('heading', { level: 2, name: '30 November – 6 December 2026' })).toBeInTheDocument()
    expect(screen.getAllByRole('listitem', { name: /^\w+day \d+ \w+, / })).toHaveLength(7)
    expect(within(day(/^Wednesday 2 December/)).getByRole('link', { name: soonest })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Previous week' }))
    expect(await screen.findByRole('heading', { level: 2, name: '23 – 29 November 2026' })).toBeInTheDocument()
    expect(router.state.location.search).toEqual({ view: 'week', date: '2026-11-25' })

    await user.click(screen.getByRole('radio', { name: 'Month' }))
    expect(await screen.findByRole('heading', { level: 2, name: 'November 2026' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Today' }))
    await waitFor(() => expect(router.state.location.search).toEqual({ view: 'month' }))
  })

  it('shows published releases on the day they went out', async () => {
    await renderApp('/calendar?date=2026-11-01', { signedInAs: 'user-admin-elena' })
    await screen.findByRole('heading', { level: 2, name: 'November 2026' })
    expect((await screen.findAllByText('Published')).length).toBeGreaterThan(0)
  })
})
