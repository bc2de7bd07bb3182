import { act, screen, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import { db, find } from '../../mocks/db'
import { server } from '../../mocks/node'
import type { StoredRelease } from '../../server/core/records'
import { releaseStatuses } from '../../src/api/contract'
import { renderApp } from '../render'
import { problem } from './problem'

const signedInAs = 'user-reviewer-tomasz'

/**
 * How many families of language versions have a version that passes `keep`: what the table
 * should say, since it shows each family once (group=family).
 */
const countWhere = (keep: (release: StoredRelease) => boolean) =>
  new Set(db.releases.findMany((q) => q.where(keep)).map((release) => release.originalId ?? release.id)).size

const caption = (total: number) => ({ name: `Releases (${total})` })

/** Opens a searchable select, narrows it by typing, and picks the option. */
async function choose(user: UserEvent, label: string, option: string) {
  const input = screen.getByRole('combobox', { name: label })
  await user.click(input)
  await user.type(input, option.slice(0, 12))
  await user.click(await screen.findByRole('option', { name: option }))
}

const openMoreFilters = (user: UserEvent) => user.click(screen.getByRole('button', { name: /^More filters/ }))

// The source page's release names one of each, so every filter below finds at least it.
const sourceId = 'structure-field-operation-programme-office-in-dushanbe'
const stateId = 'state-tj'
const fieldOperationId = 'field-operation-programme-office-in-dushanbe'
const authorId = 'user-editor-jonas'

describe('releases list filters', () => {
  it('narrows the table by source, and the first page follows', async () => {
    const { user, router } = await renderApp('/releases?page=3', { signedInAs })
    await screen.findByText(/^51–75 of \d+$/)
    await choose(user, 'Source', 'OSCE Programme Office in Dushanbe')

    expect(
      await screen.findByRole('table', caption(countWhere((r) => r.sourceIds.includes(sourceId)))),
    ).toBeInTheDocument()
    // A new filter starts again at page 1.
    expect(router.state.location.search).toEqual({ source: sourceId })
  })

  type ReferenceFilter = {
    label: string
    param: string
    id: () => string
    name: (id: string) => string
    matches: (id: string) => (release: StoredRelease) => boolean
  }
  const referenceFilters: ReferenceFilter[] = [
    {
      label: 'Field of work',
      param: 'fieldOfWork',
      id: () => find('releases', 'release-borg-tajikistan')!.fieldOfWorkIds[0]!,
      name: (id) => find('fieldsOfWork', id)!.name,
      matches: (id) => (release) => release.fieldOfWorkIds.includes(id),
    },
    {
      label: 'State',
      param: 'state',
      id: () => stateId,
      name: (id) => find('states', id)!.name,
      matches: (id) => (release) => release.stateIds.includes(id),
    },
    {
      label: 'Field operation',
      param: 'fieldOperation',
      id: () => fieldOperationId,
      name: (id) => find('fieldOperations', id)!.name,
      matches: (id) => (release) => release.fieldOperationIds.includes(id),
    },
    {
      label: 'Author',
      param: 'author',
      id: () => authorId,
      name: (id) => find('users', id)!.name,
      matches: (id) => (release) => release.authorId === id,
    },
  ]

  it.each(referenceFilters)(
    'narrows the table by $label, under More filters',
    async ({ label, param, id: pickId, name: nameOf, matches }) => {
      const { user, router } = await renderApp('/releases', { signedInAs })
      await screen.findByRole('table', { name: /^Releases/ })
      const id = pickId()

      await openMoreFilters(user)
      expect(screen.getByRole('button', { name: /^More filters/ })).toHaveAttribute('aria-expanded', 'true')
      await choose(user, label, nameOf(id))

      expect(await screen.findByRole('table', caption(countWhere(matches(id))))).toBeInTheDocument()
      expect(router.state.location.search).toEqual({ [param]: id })
      expect(screen.getByRole('button', { name: /^More filters, 1 set$/ })).toBeInTheDocument()
    },
  )

  it('narrows the table to a dateline range typed as dates', async () => {
    const { user, router } = await renderApp('/releases', { signedInAs })
    await screen.findByRole('table', { name: /^Releases/ })

    await user.type(screen.getByRole('textbox', { name: 'From' }), '2024-01-01')
    await user.type(screen.getByRole('textbox', { name: 'To' }), '2024-06-30')

    const inRange = (r: StoredRelease) => r.dateline.date >= '2024-01-01' && r.dateline.date <= '2024-06-30'
    expect(await screen.findByRole('table', caption(countWhere(inRange)))).toBeInTheDocument()
    expect(router.state.location.search).toEqual({ from: '2024-01-01', to: '2024-06-30' })
  })

  it('keeps the filters across a reload and through back and forward', async () => {
    const { user, router, view } = await renderApp('/releases?pageSize=50', { signedInAs })
    await screen.findByRole('table', { name: /^Releases/ })
    await user.click(screen.getByRole('radio', { name: /^Published/ }))
    await screen.findByRole('table', caption(countWhere((r) => r.status === 'published')))
    await openMoreFilters(user)
    await choose(user, 'Author', find('users', authorId)!.name)
    const both = countWhere((r) => r.status === 'published' && r.authorId === authorId)
    await screen.findByRole('table', caption(both))
    const href = router.state.location.href

    act(() => router.history.back())
    expect(await screen.findByRole('table', caption(countWhere((r) => r.status === 'published')))).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Author' })).toHaveValue('')
    act(() => router.history.forward())
    expect(await screen.findByRole('table', caption(both))).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Author' })).toHaveValue(find('users', authorId)!.name)

    // A reload is a new app at the same address.
    view.unmount()
    await renderApp(href, { signedInAs })
    expect(await screen.findByRole('table', caption(both))).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: /^Published/ })).toBeChecked()
    expect(screen.getByRole('combobox', { name: 'Author' })).toHaveValue(find('users', authorId)!.name)
    // A link that sets a folded-away filter opens the panel, so the person sees why the list is short.
    expect(screen.getByRole('combobox', { name: 'Author' })).toBeVisible()
    expect(screen.getByLabelText('Rows per page')).toHaveValue('50')
  })

  it('clears every filter but keeps page size and sort', async () => {
    const { user, router } = await renderApp(
      `/releases?pageSize=50&sort=title&status=published&q=OSCE&source=${sourceId}&from=2023-01-01`,
      { signedInAs },
    )
    await screen.findByRole('table', { name: /^Releases/ })
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('OSCE')

    await user.click(screen.getByRole('button', { name: 'Clear filters' }))

    expect(await screen.findByRole('table', caption(countWhere(() => true)))).toBeInTheDocument()
    expect(router.state.location.href).toBe('/releases?pageSize=50&sort=title')
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('')
    expect(screen.getByRole('textbox', { name: 'From' })).toHaveValue('')
    expect(screen.getByRole('radio', { name: /^All/ })).toBeChecked()
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument()
  })

  it('counts each status under the other filters, and a status tab starts at page 1', async () => {
    const { user, router } = await renderApp(`/releases?author=${authorId}&page=2&pageSize=25`, { signedInAs })
    await screen.findByRole('table', { name: /^Releases/ })

    for (const status of releaseStatuses) {
      const count = countWhere((r) => r.authorId === authorId && r.status === status)
      const label =
        status === 'in-review'
          ? 'In review'
          : status === 'changes-requested'
            ? 'Changes requested'
            : status[0]!.toUpperCase() + status.slice(1)
      expect(await screen.findByRole('radio', { name: `${label} ${count}` })).toBeInTheDocument()
    }
    const all = countWhere((r) => r.authorId === authorId)
    expect(screen.getByRole('radio', { name: `All ${all}` })).toBeChecked()

    await user.click(screen.getByRole('radio', { name: /^Draft/ }))

    expect(
      await screen.findByRole('table', caption(countWhere((r) => r.authorId === authorId && r.status === 'draft'))),
    ).toBeInTheDocument()
    expect(router.state.location.search).toEqual({ author: authorId, status: 'draft' })
    expect(screen.getByRole('radio', { name: /^Draft/ })).toBeChecked()
  })

  it('says why the table is empty and clears the filters from there', async () => {
    const { user, router } = await renderApp('/releases?q=zzzz-nothing&status=draft', { signedInAs })

    expect(await screen.findByText('No releases match these filters')).toBeInTheDocument()
    const table = screen.getByRole('table', caption(0))
    await user.click(within(table).getByRole('button', { name: 'Clear filters' }))

    expect(await screen.findByRole('table', caption(countWhere(() => true)))).toBeInTheDocument()
    expect(router.state.location.href).toBe('/releases')
  })
})

describe('releases list actions and failures', () => {
  it.each(['user-editor-amra', 'user-admin-elena'])('offers New release to %s', async (userId) => {
    await renderApp('/releases', { signedInAs: userId })

    expect(await screen.findByRole('link', { name: 'New release' })).toHaveAttribute('href', '/releases/new')
  })

  it('does not offer New release to a reviewer', async () => {
    await renderApp('/releases', { signedInAs })
    await screen.findByRole('table', { name: /^Releases/ })

    expect(screen.queryByRole('link', { name: 'New release' })).not.toBeInTheDocument()
  })

  it('links each title to the release', async () => {
    await renderApp('/releases?q=Borg%20concludes', { signedInAs })

    const link = await screen.findByRole('link', { name: /^OSCE Chair-in-Office Borg concludes visit to Tajikistan/ })
    expect(link).toHaveAttribute('href', '/releases/release-borg-tajikistan')
  })

  it('shows a failed load with Try again, which loads it', async () => {
    server.use(http.get('/api/releases', () => problem(503, 'Service unavailable', 'The newsroom API is down.')))
    const { user } = await renderApp('/releases', { signedInAs })

    expect(await screen.findByRole('alert')).toHaveTextContent('The newsroom API is down.')
    server.resetHandlers()
    await user.click(screen.getByRole('button', { name: 'Try again' }))

    expect(await screen.findByRole('table', caption(countWhere(() => true)))).toBeInTheDocument()
  })

  it('shows a failed filter change in place, with Try again', async () => {
    const { user } = await renderApp('/releases', { signedInAs })
    await screen.findByRole('table', { name: /^Releases/ })
    server.use(http.get('/api/releases', () => problem(500, 'Server error')))

    await user.click(screen.getByRole('radio', { name: /^Withdrawn/ }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Server error')
    expect(screen.getByRole('heading', { level: 1, name: 'Releases' })).toBeInTheDocument()
    server.resetHandlers()
    await user.click(screen.getByRole('button', { name: 'Try again' }))

    expect(await screen.findByRole('table', caption(countWhere((r) => r.status === 'withdrawn')))).toBeInTheDocument()
  })
})
