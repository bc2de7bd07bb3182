import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { db, resetDb } from '../../mocks/db'
import { releaseTotalCap } from '../../src/api/contract'
import { formatCount } from '../../src/lib/counted-total'
import { renderApp } from '../render'

const signedInAs = 'user-reviewer-tomasz'
const hint =
  /^Showing the first 1,000 (of [\d,]+ )?matches\. Narrow the filters or change the sort to reach the others\.$/

/** The families of language versions: what the table lists, each once. */
const families = () => new Set(db.releases.all().map((release) => release.originalId ?? release.id)).size

/** Filters by dateline as a person does, from a day before any release: every release still matches. */
async function filterFromLongAgo(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  await user.type(screen.getByRole('textbox', { name: 'From' }), '1990-01-01')
}

describe('a release list filtered past the count’s cap (decision 0023)', () => {
  it('says 1,000+ and how to reach the rest when more than 1,000 match a filter', async () => {
    await resetDb({ releases: 1100 })
    const all = families()
    expect(all).toBeGreaterThan(releaseTotalCap)
    const { user, router } = await renderApp('/releases', { signedInAs })

    // No filter: the count is exact, and grouped.
    expect(await screen.findByRole('table', { name: `Releases (${formatCount(all)})` })).toBeInTheDocument()
    expect(screen.getByText(`1–25 of ${formatCount(all)}`)).toBeInTheDocument()
    expect(screen.queryByText(hint)).not.toBeInTheDocument()

    await filterFromLongAgo(user)

    expect(await screen.findByRole('table', { name: 'Releases (1,000+)' })).toBeInTheDocument()
    expect(router.state.location.search).toEqual({ from: '1990-01-01' })
    expect(screen.getByText('1–25 of 1,000+')).toBeInTheDocument()
    // How many match in all comes from the status tabs' counts, which count every match.
    const everyMatch = `Showing the first 1,000 of ${formatCount(all)} matches. Narrow the filters or change the sort to reach the others.`
    expect(await screen.findByText(everyMatch)).toBeVisible()
    expect(screen.getByRole('radio', { name: `All ${formatCount(all)}` })).toBeChecked()
    const pagination = screen.getByRole('navigation', { name: 'Pagination' })
    expect(pagination).toHaveAccessibleDescription(everyMatch)
    // The pages up to the cap, and none past it.
    expect(within(pagination).getByRole('button', { name: 'Page 40' })).toBeInTheDocument()
    expect(within(pagination).queryByRole('button', { name: 'Page 41' })).not.toBeInTheDocument()

    await user.click(within(pagination).getByRole('button', { name: 'Last page' }))

    expect(await screen.findByText('976–1,000 of 1,000+')).toBeInTheDocument()
    expect(router.state.location.search).toEqual({ from: '1990-01-01', page: 40 })
    expect(within(pagination).getByRole('button', { name: 'Page 40' })).toHaveAttribute('aria-current', 'page')
  })

  it('says the exact figure and no hint when fewer match', async () => {
    const { user } = await renderApp('/releases', { signedInAs })
    await screen.findByRole('table', { name: /^Releases/ })
    const all = families()
    expect(all).toBeLessThan(releaseTotalCap)

    await filterFromLongAgo(user)

    expect(await screen.findByRole('table', { name: `Releases (${all})` })).toBeInTheDocument()
    expect(screen.getByText(`1–25 of ${all}`)).toBeInTheDocument()
    expect(screen.queryByText(hint)).not.toBeInTheDocument()
    expect(screen.getByRole('navigation', { name: 'Pagination' })).not.toHaveAccessibleDescription()
  })
})
