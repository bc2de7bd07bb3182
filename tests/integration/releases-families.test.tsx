import { screen, waitFor, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { db, find, signInAs } from '../../mocks/db'
import { api } from '../../mocks/test-support/api'
import { renderApp } from '../render'

// The releases list shows each family of language versions once, with its languages (decision 0020).
const signedInAs = 'user-editor-aigerim'
const english = 'release-borg-tajikistan'
const russian = 'release-borg-tajikistan-ru'

const rowHeaders = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent)
const rowOf = (table: HTMLElement, title: string) =>
  within(table)
    .getAllByRole('row')
    .find((row) => within(row).queryByRole('rowheader')?.textContent === title)

async function choose(user: UserEvent, label: string, option: string) {
  const input = screen.getByRole('combobox', { name: label })
  await user.click(input)
  await user.type(input, option.slice(0, 6))
  await user.click(await screen.findByRole('option', { name: option }))
}

/** How many families have no version in `language`: what the table should say. */
const familiesWithout = (language: string) => {
  const withIt = new Set(
    db.releases
      .all()
      .filter((release) => release.language === language)
      .map((release) => release.originalId ?? release.id),
  )
  return new Set(db.releases.all().map((release) => release.originalId ?? release.id)).size - withIt.size
}

/** An admin selects the source page's English row and opens the Assign dialog. */
async function assignEnglishRow() {
  const { user } = await renderApp('/releases?q=Borg', { signedInAs: 'user-admin-elena' })
  const table = await screen.findByRole('table', { name: /^Releases \(\d+\)$/ })
  const englishTitle = find('releases', english)!.title
  await waitFor(() => expect(rowHeaders(table)).toContain(englishTitle))
  await user.click(within(table).getByRole('checkbox', { name: `Select ${englishTitle}` }))
  await user.click(screen.getByRole('button', { name: 'Assign to field operations…' }))
  return { user, dialog: await screen.findByRole('dialog', { name: 'Assign to field operations' }) }
}

async function chooseMoldova(user: UserEvent, dialog: HTMLElement) {
  const input = within(dialog).getByRole('combobox', { name: 'Field operations' })
  await user.click(input)
  await user.type(input, 'Mission to')
  await user.click(await screen.findByRole('option', { name: 'Mission to Moldova' }))
}

describe('releases list by family', () => {
  it('shows the Dushanbe release once, by its English original, with a badge per language linking to each version', async () => {
    const { user, router } = await renderApp('/releases?q=Borg', { signedInAs })
    const table = await screen.findByRole('table', { name: /^Releases \(\d+\)$/ })
    const englishTitle = find('releases', english)!.title
    const russianTitle = find('releases', russian)!.title
    await waitFor(() => expect(rowHeaders(table)).toContain(englishTitle))
    expect(rowHeaders(table)).not.toContain(russianTitle)

    const row = rowOf(table, englishTitle)!
    const languages = within(row).getByRole('list', { name: 'Languages' })
    // Named once the languages have loaded: the language, its status, and whether it needs an update.
    const englishBadge = await within(languages).findByRole('link', { name: 'EN, English (original): published' })
    const russianBadge = within(languages).getByRole('link', { name: 'RU, Russian: published' })
    expect(englishBadge).toHaveTextContent('EN')
    expect(russianBadge).toHaveTextContent('RU')
    expect(russianBadge).toHaveAttribute('href', `/releases/${russian}`)
    expect(englishBadge).toHaveAttribute('href', `/releases/${english}`)

    // A press opens that version's page in the app.
    await user.click(russianBadge)
    await waitFor(() => expect(router.state.location.pathname).toBe(`/releases/${russian}`))
    // The release page is a heavy route: on a loaded machine it may take longer than the default wait.
    expect(
      await screen.findByRole('heading', { level: 1, name: russianTitle }, { timeout: 10_000 }),
    ).toBeInTheDocument()
  })

  it('finds the Russian version by Cyrillic text, and shows its family by it', async () => {
    await renderApp(`/releases?q=${encodeURIComponent('душанбе')}`, { signedInAs })
    const table = await screen.findByRole('table', { name: /^Releases \(\d+\)$/ })
    const russianTitle = find('releases', russian)!.title
    await waitFor(() => expect(rowHeaders(table)).toContain(russianTitle))
    const row = rowOf(table, russianTitle)!
    expect(within(row).getByRole('link', { name: russianTitle })).toHaveAttribute('href', `/releases/${russian}`)
    expect(within(row).getAllByRole('link', { name: /: published$/ })).toHaveLength(2)
  })

  it('says which translation needs an update', async () => {
    const stale = db.releases.all().find((release) => {
      const original = release.originalId ? find('releases', release.originalId) : undefined
      return original && release.basedOn && (original.contentRevision ?? 0) > release.basedOn.revision
    })!
    expect(stale).toBeDefined()
    const original = find('releases', stale.originalId!)!
    await renderApp(`/releases?q=${encodeURIComponent(original.title)}`, { signedInAs })
    const table = await screen.findByRole('table', { name: /^Releases \(\d+\)$/ })
    await waitFor(() => expect(rowHeaders(table)).toContain(original.title))
    const row = rowOf(table, original.title)!
    expect(await within(row).findByRole('link', { name: /: [a-z ]+, needs update$/ })).toHaveAttribute(
      'href',
      `/releases/${stale.id}`,
    )
  })

  it('filters by a missing translation and by language, both kept in the URL', async () => {
    const { user, router } = await renderApp('/releases', { signedInAs })
    await screen.findByRole('table', { name: /^Releases \(\d+\)$/ })

    // Both under More filters: the filter bar keeps one line at 1280 px.
    await user.click(screen.getByRole('button', { name: /^More filters/ }))
    await choose(user, 'Missing a translation into', 'Russian (Русский)')
    const table = await screen.findByRole('table', { name: `Releases (${familiesWithout('ru')})` })
    expect(router.state.location.search).toEqual({ missingLanguage: 'ru' })
    // No row has a Russian version (a family of one version shows no badges).
    await waitFor(() => expect(within(table).getAllByRole('link', { name: /^[A-Z]+, / }).length).toBeGreaterThan(0))
    expect(within(table).queryByRole('link', { name: /^RU, Russian/ })).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    await choose(user, 'Language', 'Russian (Русский)')
    const withRussian = db.releases.all().filter((release) => release.language === 'ru')
    const russianTable = await screen.findByRole('table', { name: `Releases (${withRussian.length})` })
    expect(router.state.location.search).toEqual({ language: 'ru' })
    // Each row is its family's Russian version.
    const titles = new Set(withRussian.map((release) => release.title))
    expect(rowHeaders(russianTable).every((title) => titles.has(title ?? ''))).toBe(true)
  })

  it('an admin assigning a family’s row assigns its translations with it, and is told by the row', async () => {
    const { user, dialog } = await assignEnglishRow()
    expect(within(dialog).getByText('Assign 1 release to the field operations you choose.')).toBeInTheDocument()
    expect(within(dialog).getByText('Their translations go with them.')).toBeInTheDocument()
    await chooseMoldova(user, dialog)
    await user.click(within(dialog).getByRole('button', { name: 'Assign 1 release' }))

    expect(await screen.findByText('Assigned 1 to Mission to Moldova')).toBeInTheDocument()
    const moldova = 'field-operation-mission-to-moldova'
    expect(find('releases', english)!.fieldOperationIds).toContain(moldova)
    expect(find('releases', russian)!.fieldOperationIds).toContain(moldova)
  })

  it('leaves the translations as they are when their row changed since the admin chose it', async () => {
    const { user, dialog } = await assignEnglishRow()
    await chooseMoldova(user, dialog)
    // Another admin assigns the English original meanwhile.
    const serbia = 'field-operation-mission-to-serbia'
    const daniel = await signInAs('user-admin-daniel')
    const meanwhile = await api('/releases/assignments', {
      method: 'POST',
      token: daniel,
      body: { releaseIds: [english], fieldOperationIds: [serbia], mode: 'add' },
    })
    expect(meanwhile.status).toBe(200)
    await user.click(within(dialog).getByRole('button', { name: 'Assign 1 release' }))

    expect(
      await screen.findByText('Assigned none to Mission to Moldova · 1 changed since you saw it: check and try again'),
    ).toBeInTheDocument()
    const moldova = 'field-operation-mission-to-moldova'
    expect(find('releases', english)!.fieldOperationIds).not.toContain(moldova)
    expect(find('releases', russian)!.fieldOperationIds).not.toContain(moldova)
  })

  it('counts families in the status tabs', async () => {
    await renderApp('/releases', { signedInAs })
    const families = new Set(db.releases.all().map((release) => release.originalId ?? release.id)).size
    expect(families).toBeLessThan(db.releases.all().length)
    expect(await screen.findByRole('radio', { name: `All ${families}` })).toBeChecked()
    expect(await screen.findByRole('table', { name: `Releases (${families})` })).toBeInTheDocument()
  })
})
