import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { db } from '../../mocks/db'
import { renderApp } from '../render'

const sectionTitles = async () => {
  await screen.findByRole('heading', { level: 1, name: 'Dashboard' })
  // The reports arrive last, below the counts.
  await screen.findByRole('heading', { level: 2, name: 'Median review turnaround' })
  return screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent?.replace(/\s*\(\d+\)$/, ''))
}

describe('dashboard', () => {
  it.each([
    {
      who: 'an editor',
      user: 'user-editor-amra',
      sections: ['My drafts', 'Changes requested of me', 'Scheduled', 'Recently published'],
    },
    {
      who: 'a reviewer',
      user: 'user-reviewer-claire',
      sections: ['Awaiting my review', 'Scheduled', 'Recently published'],
    },
    {
      who: 'an admin',
      user: 'user-admin-elena',
      sections: ['My drafts', 'Changes requested of me', 'Awaiting my review', 'Scheduled', 'Recently published'],
    },
  ])('shows $who the sections of their role, then the counts', async ({ user, sections }) => {
    await renderApp('/', { signedInAs: user })

    expect(await sectionTitles()).toEqual([
      ...sections,
      'Releases by status',
      'Releases published per month',
      'Median review turnaround',
    ])
  })

  it('lists my five latest drafts, with a link to all of them in the filtered list', async () => {
    const mine = db.releases
      .all()
      .filter((release) => release.authorId === 'user-editor-amra' && release.status === 'draft')
      .toSorted((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))
    expect(mine.length).toBeGreaterThan(5)
    const { user, router } = await renderApp('/', { signedInAs: 'user-editor-amra' })

    const section = within(await screen.findByRole('region', { name: /^My drafts/ }))
    const list = within(await section.findByRole('list', { name: 'My drafts' }))
    expect(list.getAllByRole('link').map((link) => link.textContent)).toEqual(
      mine.slice(0, 5).map((release) => release.title),
    )
    expect(section.getByRole('heading')).toHaveTextContent(`My drafts (${mine.length})`)

    await user.click(section.getByRole('link', { name: 'See all: My drafts' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/releases'))
    expect(router.state.location.search).toMatchObject({ author: 'user-editor-amra', status: 'draft' })
    // The list shows each family of language versions once (a draft and its translation, both Amra's, are one row).
    const families = new Set(mine.map((release) => release.originalId ?? release.id)).size
    expect(await screen.findByRole('table', { name: `Releases (${families})` })).toBeInTheDocument()
  })

  it('shows what awaits review, oldest first, and what was published last', async () => {
    await renderApp('/', { signedInAs: 'user-reviewer-tomasz' })

    const awaiting = within(await screen.findByRole('region', { name: /^Awaiting my review/ }))
    expect(awaiting.getByRole('link', { name: 'See all: Awaiting my review' })).toHaveAttribute(
      'href',
      '/releases?status=in-review&sort=submittedAt',
    )
    const published = within(await screen.findByRole('region', { name: /^Recently published/ }))
    expect(published.getByRole('link', { name: 'See all: Recently published' })).toHaveAttribute(
      'href',
      '/releases?status=published&sort=-publishedAt',
    )
    await waitFor(() => expect(within(published.getByRole('list')).getAllByRole('listitem')).toHaveLength(5))
    const counts = within(screen.getByRole('region', { name: 'Releases by status' }))
    expect(counts.getByRole('link', { name: /Published/ })).toHaveAttribute('href', '/releases?status=published')
  })
})
