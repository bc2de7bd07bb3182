import { act, screen, waitFor, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import type { ReleaseType } from '../../src/api/contract'
import { commit, db, find } from '../../mocks/db'
import { renderApp } from '../render'

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString()
const signedInAs = 'user-reviewer-claire'
const dushanbe = 'field-operation-programme-office-in-dushanbe'
const chairpersonship = 'structure-chairpersonship'

type Waiting = {
  title: string
  type: ReleaseType
  date: string
  hours: number
  operations: string[]
  sources: string[]
  /** Each version is reviewed in its own language. */
  language?: string
}
// Four releases in review, and nothing else: each differs in what one control looks at.
const queue: Waiting[] = [
  {
    title: 'Zebra workshop in Bishkek',
    type: 'news-item',
    date: '2026-11-20',
    hours: 80,
    operations: [],
    sources: [chairpersonship],
  },
  {
    title: 'Alpine statement on elections',
    type: 'statement',
    date: '2026-11-27',
    hours: 30,
    operations: [dushanbe],
    sources: [chairpersonship],
  },
  {
    title: 'Media freedom training in Dushanbe',
    type: 'press-release',
    date: '2026-11-10',
    hours: 5,
    operations: [dushanbe],
    sources: [],
    language: 'ru',
  },
  {
    title: 'Water diplomacy conference',
    type: 'press-release',
    date: '2026-11-24',
    hours: 50,
    operations: [],
    sources: [],
    language: 'fr',
  },
]

beforeEach(async () => {
  for (const release of db.releases.all().filter((r) => r.status === 'in-review'))
    await commit('releases', release.id, (current) => ({ ...current!, status: 'draft', submittedAt: null }))
  const drafts = db.releases.all().filter((release) => release.status === 'draft')
  const otherSource = db.structures.all().find((structure) => structure.id !== chairpersonship)!.id
  for (const [index, waiting] of queue.entries()) {
    await commit('releases', drafts[index]!.id, (current) => ({
      ...current!,
      status: 'in-review',
      title: waiting.title,
      type: waiting.type,
      dateline: { place: 'Vienna', date: waiting.date },
      submittedAt: hoursAgo(waiting.hours),
      fieldOperationIds: waiting.operations,
      sourceIds: waiting.sources.length > 0 ? waiting.sources : [otherSource],
      language: waiting.language ?? 'en',
    }))
  }
})

const titles = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent)
const byWait = [
  'Zebra workshop in Bishkek',
  'Water diplomacy conference',
  'Alpine statement on elections',
  'Media freedom training in Dushanbe',
]

async function choose(user: UserEvent, label: string, option: string, typed = option.slice(0, 12)) {
  const input = screen.getByRole('combobox', { name: label })
  await user.click(input)
  if (typed) await user.type(input, typed)
  await user.click(await screen.findByRole('option', { name: option }))
}

describe('review queue: sorting, search, filters and urgency', () => {
  it('sorts by waiting time and dateline from the column headers, and keeps the order in the URL', async () => {
    const { user, router } = await renderApp('/review', { signedInAs })
    await screen.findByRole('table', { name: 'In review (4)' })
    expect(titles()).toEqual(byWait)

    await user.click(screen.getByRole('button', { name: 'Waiting' }))
    await waitFor(() => expect(titles()).toEqual(byWait.toReversed()))
    expect(router.state.location.search).toEqual({ sort: '-submittedAt' })
    expect(screen.getByRole('columnheader', { name: 'Waiting' })).toHaveAttribute('aria-sort', 'ascending')

    await user.click(screen.getByRole('button', { name: 'Dateline' }))
    await waitFor(() =>
      expect(titles()).toEqual([
        'Alpine statement on elections',
        'Water diplomacy conference',
        'Zebra workshop in Bishkek',
        'Media freedom training in Dushanbe',
      ]),
    )
    expect(router.state.location.search).toEqual({ sort: '-dateline' })
    expect(screen.getByRole('columnheader', { name: 'Dateline' })).toHaveAttribute('aria-sort', 'descending')
    expect(screen.getByRole('columnheader', { name: 'Waiting' })).toHaveAttribute('aria-sort', 'none')

    await user.click(screen.getByRole('button', { name: 'Dateline' }))
    await waitFor(() => expect(titles()[0]).toBe('Media freedom training in Dushanbe'))
    expect(router.state.location.search).toEqual({ sort: 'dateline' })

    act(() => router.history.back())
    await waitFor(() => expect(titles()[0]).toBe('Alpine statement on elections'))
  })

  it('searches the queue by title, summary or text', async () => {
    const { user, router } = await renderApp('/review', { signedInAs })
    await screen.findByRole('table', { name: 'In review (4)' })
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'zebra')

    expect(await screen.findByRole('table', { name: 'In review (1)' })).toBeInTheDocument()
    expect(titles()).toEqual(['Zebra workshop in Bishkek'])
    // "zeb" already finds it: on a slow machine the last letters' search may still be on its way.
    await waitFor(() => expect(router.state.location.search).toEqual({ q: 'zebra' }))
  })

  it('filters by type and field operation, and clears them', async () => {
    const { user, router } = await renderApp('/review', { signedInAs })
    await screen.findByRole('table', { name: 'In review (4)' })

    await choose(user, 'Type', 'Press release', '')
    await screen.findByRole('table', { name: 'In review (2)' })
    expect(titles()).toEqual(['Water diplomacy conference', 'Media freedom training in Dushanbe'])

    await choose(user, 'Field operation', find('fieldOperations', dushanbe)!.name)
    await screen.findByRole('table', { name: 'In review (1)' })
    expect(titles()).toEqual(['Media freedom training in Dushanbe'])
    expect(router.state.location.search).toEqual({ type: 'press-release', fieldOperation: dushanbe })

    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    await screen.findByRole('table', { name: 'In review (4)' })
    expect(router.state.location.search).toEqual({})
  })

  it('filters by source', async () => {
    const { user } = await renderApp('/review', { signedInAs })
    await screen.findByRole('table', { name: 'In review (4)' })
    await choose(user, 'Source', find('structures', chairpersonship)!.sourceName)
    await screen.findByRole('table', { name: 'In review (2)' })
    expect(titles()).toEqual(['Zebra workshop in Bishkek', 'Alpine statement on elections'])
  })

  it('names each version’s language, and filters by the languages a reviewer reviews, kept in the URL', async () => {
    const { user, router } = await renderApp('/review', { signedInAs })
    const table = await screen.findByRole('table', { name: 'In review (4)' })
    expect(within(table).getByRole('columnheader', { name: 'Type, language' })).toBeInTheDocument()
    const russianRow = within(table).getByRole('row', { name: /Media freedom training in Dushanbe/ })
    await waitFor(() => expect(within(russianRow).getByText('Russian')).toBeInTheDocument())

    await choose(user, 'Languages', 'Russian (Русский)', 'Rus')
    await screen.findByRole('table', { name: 'In review (1)' })
    expect(titles()).toEqual(['Media freedom training in Dushanbe'])
    expect(router.state.location.search).toEqual({ language: 'ru' })

    // A second language: the versions in either, the first one picked still chosen.
    await choose(user, 'Languages', 'French (Français)', 'Fren')
    await screen.findByRole('table', { name: 'In review (2)' })
    expect(titles()).toEqual(['Water diplomacy conference', 'Media freedom training in Dushanbe'])
    expect(router.state.location.search).toEqual({ language: 'ru,fr' })

    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    await screen.findByRole('table', { name: 'In review (4)' })
    expect(router.state.location.search).toEqual({})
    await choose(user, 'Languages', 'English', 'Engl')
    await screen.findByRole('table', { name: 'In review (2)' })
    expect(titles()).toEqual(['Zebra workshop in Bishkek', 'Alpine statement on elections'])
    expect(router.state.location.search).toEqual({ language: 'en' })
  })

  it('opens a link with its languages set, and takes one off', async () => {
    const { user, router } = await renderApp('/review?language=ru,fr', { signedInAs })
    expect(await screen.findByRole('table', { name: 'In review (2)' })).toBeInTheDocument()
    const filter = screen.getByRole('region', { name: 'Filter the queue' })
    // Each chosen language a pill, named in English.
    await waitFor(() => expect(within(filter).getByText('French')).toBeInTheDocument())
    expect(within(filter).getByText('Russian')).toBeInTheDocument()

    // Backspace in the empty search takes the last one picked off.
    await user.click(screen.getByRole('combobox', { name: 'Languages' }))
    await user.keyboard('{Backspace}')
    await screen.findByRole('table', { name: 'In review (1)' })
    expect(titles()).toEqual(['Media freedom training in Dushanbe'])
    expect(router.state.location.search).toEqual({ language: 'ru' })
  })

  it('opens a link with its filters set, and says when nothing matches', async () => {
    const { user } = await renderApp('/review?type=statement&q=water', { signedInAs })
    expect(await screen.findByRole('table', { name: 'In review (0)' })).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Type' })).toHaveValue('Statement')
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('water')
    expect(screen.getByText('No release in review matches')).toBeInTheDocument()

    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!)
    expect(await screen.findByRole('table', { name: 'In review (4)' })).toBeInTheDocument()
  })

  it('marks in words the releases waiting more than 2 days', async () => {
    await renderApp('/review', { signedInAs })
    await screen.findByRole('table', { name: 'In review (4)' })
    const marked = screen
      .getAllByRole('row')
      .slice(1)
      .filter((row) => within(row).queryByText('Long wait'))
      .map((row) => within(row).getByRole('rowheader').textContent)
    expect(marked).toEqual(['Zebra workshop in Bishkek', 'Water diplomacy conference'])
    expect(screen.getByText('waiting 3 days')).toBeInTheDocument()
    expect(screen.getByText('waiting 5 hours')).toBeInTheDocument()
  })
})
