import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { db } from '../../mocks/db'
import type { StoredRelease } from '../../server/core/records'
import { renderApp } from '../render'

const reviewer = 'user-reviewer-tomasz'

/** The scheduled releases soonest first: what goes out next. */
const scheduledSoonestFirst = () =>
  db.releases
    .all()
    .filter((release) => release.status === 'scheduled')
    .toSorted((a, b) => (a.scheduledAt! < b.scheduledAt! ? -1 : 1))

/**
 * The same, each family once as the releases list groups them (decision 0020): its original when
 * scheduled, else its first scheduled translation by language code.
 */
const scheduledFamiliesSoonestFirst = () => {
  const families = new Map<string, StoredRelease>()
  for (const release of scheduledSoonestFirst()) {
    const key = release.originalId ?? release.id
    const current = families.get(key)
    const before = !release.originalId || (current?.originalId && release.language < current.language)
    if (!current || before) families.set(key, release)
  }
  return [...families.values()].toSorted((a, b) => (a.scheduledAt! < b.scheduledAt! ? -1 : 1))
}

const columnIndex = (table: HTMLElement, name: RegExp | string) =>
  within(table)
    .getAllByRole('columnheader')
    .findIndex((header) => within(header).queryByRole('button', { name }) !== null || header.textContent === name)

/** The text of one column, row by row (the header row left out). */
const columnText = (table: HTMLElement, name: RegExp | string) => {
  const index = columnIndex(table, name)
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.children[index]?.textContent ?? '')
}
const titles = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getByRole('rowheader').textContent)

describe('the Publishes column', () => {
  it('shows when a scheduled release goes out, in the person’s zone (UTC in the tests) and Vienna’s', async () => {
    const [first] = scheduledSoonestFirst()
    // release-00051 goes out on 2 December 2026 at 08:00 UTC: 09:00 in Vienna.
    expect(first!.scheduledAt).toBe('2026-12-02T08:00:00.000Z')
    await renderApp('/releases?status=scheduled&sort=publication', { signedInAs: reviewer })
    const table = await screen.findByRole('table', { name: /^Releases \(\d+\)$/ })
    expect(titles(table)[0]).toBe(first!.title)
    // A table leaves out this year (the tests' clock is in 2026), so the time keeps to one line.
    expect(columnText(table, /^Publishes/)[0]).toBe('2 Dec, 08:00 UTC (09:00 Vienna)')
    // "Last updated" names its zone too.
    expect(columnText(table, /^Last updated/)[0]).toMatch(/^\d{1,2} \w{3}, \d\d:\d\d UTC \(.*Vienna\)$/)
  })

  it('is empty for a release that neither is scheduled nor was published', async () => {
    await renderApp('/releases?status=draft', { signedInAs: reviewer })
    const table = await screen.findByRole('table', { name: /^Releases \(\d+\)$/ })
    expect(columnText(table, /^Publishes/).every((text) => text === '')).toBe(true)
  })

  it('sorts on the server, soonest first then latest first, by its header', async () => {
    const { user, router } = await renderApp('/releases?status=scheduled', { signedInAs: reviewer })
    const table = await screen.findByRole('table', { name: /^Releases \(\d+\)$/ })
    const sort = within(table).getByRole('button', { name: /^Publishes/ })
    expect(sort.closest('th')).toHaveAttribute('aria-sort', 'none')

    await user.click(sort)
    await waitFor(() => expect(router.state.location.search).toMatchObject({ sort: 'publication' }))
    const soonest = scheduledFamiliesSoonestFirst().map((release) => release.title)
    await waitFor(() => expect(titles(screen.getByRole('table', { name: /^Releases/ }))).toEqual(soonest))
    expect(
      within(screen.getByRole('table'))
        .getByRole('button', { name: /^Publishes/ })
        .closest('th'),
    ).toHaveAttribute('aria-sort', 'ascending')

    await user.click(within(screen.getByRole('table')).getByRole('button', { name: /^Publishes/ }))
    await waitFor(() => expect(router.state.location.search).toMatchObject({ sort: '-publication' }))
    await waitFor(() => expect(titles(screen.getByRole('table', { name: /^Releases/ }))).toEqual(soonest.toReversed()))
  })

  it('orders the Scheduled tab soonest first when the list had its default order', async () => {
    const { user, router } = await renderApp('/releases', { signedInAs: reviewer })
    await screen.findByRole('table', { name: /^Releases \(\d+\)$/ })
    await user.click(screen.getByRole('radio', { name: /^Scheduled/ }))
    await waitFor(() =>
      expect(router.state.location.search).toMatchObject({ status: 'scheduled', sort: 'publication' }),
    )
    const soonest = scheduledFamiliesSoonestFirst().map((release) => release.title)
    await waitFor(() => expect(titles(screen.getByRole('table', { name: /^Releases/ }))).toEqual(soonest))

    // Drafts have no publication time: the default order comes back.
    await user.click(screen.getByRole('radio', { name: /^Draft/ }))
    await waitFor(() => expect(router.state.location.search).toMatchObject({ status: 'draft' }))
    expect(router.state.location.search).not.toHaveProperty('sort')
  })

  it('keeps an order the person chose when they open the Scheduled tab', async () => {
    const { user, router } = await renderApp('/releases?sort=title', { signedInAs: reviewer })
    await screen.findByRole('table', { name: /^Releases \(\d+\)$/ })
    await user.click(screen.getByRole('radio', { name: /^Scheduled/ }))
    await waitFor(() => expect(router.state.location.search).toMatchObject({ status: 'scheduled', sort: 'title' }))
  })
})

describe('the dashboard’s Scheduled section', () => {
  it('lists what goes out next first, each with its time and zone, and links to the same order', async () => {
    await renderApp('/', { signedInAs: reviewer })
    const section = within(await screen.findByRole('region', { name: /^Scheduled/ }))
    const list = within(await section.findByRole('list', { name: 'Scheduled' }))
    const soonest = scheduledSoonestFirst().slice(0, 5)
    expect(list.getAllByRole('link').map((link) => link.textContent)).toEqual(soonest.map((release) => release.title))
    expect(list.getAllByRole('listitem')[0]).toHaveTextContent('publishes 2 Dec 2026, 08:00 UTC (09:00 Vienna)')
    expect(section.getByRole('link', { name: 'See all: Scheduled' })).toHaveAttribute(
      'href',
      '/releases?status=scheduled&sort=publication',
    )
  })
})

describe('a field operation’s releases', () => {
  it('shows the Publishes column and sorts by it, soonest first', async () => {
    const montenegro = 'field-operation-mission-to-montenegro'
    const { user } = await renderApp(`/field-operations/${montenegro}`, { signedInAs: reviewer })
    const table = await screen.findByRole('table', { name: /^Releases assigned \(\d+\)$/ })
    await user.click(within(table).getByRole('button', { name: /^Publishes/ }))
    await screen.findByText('Soonest first, by publication time; releases not scheduled or published last.')
    // Published ones went out before any scheduled one goes: the earliest publication first.
    const timeOf = (release: StoredRelease) =>
      release.status === 'scheduled' ? release.scheduledAt : release.status === 'published' ? release.publishedAt : null
    const expected = db.releases
      .all()
      .filter((release) => release.fieldOperationIds.includes(montenegro) && timeOf(release) !== null)
      .toSorted((a, b) => (timeOf(a)! < timeOf(b)! ? -1 : 1))
      .slice(0, 10)
    expect(expected.length).toBeGreaterThan(1)
    await waitFor(() =>
      expect(titles(screen.getByRole('table', { name: /^Releases assigned/ }))).toEqual(
        expected.map((release) => release.title),
      ),
    )
    expect(columnText(screen.getByRole('table', { name: /^Releases assigned/ }), /^Publishes/)[0]).toMatch(
      / UTC \(.*Vienna\)$/,
    )
  })
})
