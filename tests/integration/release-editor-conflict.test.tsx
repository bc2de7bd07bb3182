import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { commit, find } from '../../mocks/db'
import { renderApp } from '../render'
import { amrasDraft, saveButton } from './release-editor-helpers'

const signedInAs = 'user-editor-amra'

/** Someone else (the admin Elena) saves first: the stored release moves on a version behind the form's back. */
const someoneElseSaves = (id: string, changes: { title?: string; summary?: string; place?: string }) =>
  commit('releases', id, (current) => ({
    ...current!,
    title: changes.title ?? current!.title,
    summary: changes.summary ?? current!.summary,
    dateline: { ...current!.dateline, place: changes.place ?? current!.dateline.place },
    updatedById: 'user-admin-elena',
    updatedAt: new Date().toISOString(),
    version: current!.version + 1,
  }))

async function editAndCollide() {
  const draft = amrasDraft()
  const app = await renderApp(`/releases/${draft.id}/edit`, { signedInAs })
  const title = await screen.findByRole('textbox', { name: /^Title/ })
  const summary = screen.getByRole('textbox', { name: /^Summary/ })
  await app.user.clear(title)
  await app.user.type(title, 'My title')
  await app.user.clear(summary)
  await app.user.type(summary, 'My summary')
  await someoneElseSaves(draft.id, { title: 'Their title', summary: 'Their summary', place: 'Their city' })
  await app.user.click(saveButton())
  const panel = await screen.findByRole('region', { name: 'Conflicting changes' })
  return { ...app, draft, panel, title, summary }
}

/** The one save: below the form, named for what it saves while a conflict is settled. */
const saveMerged = () => screen.getByRole('button', { name: 'Save merged' })

const choice = (panel: HTMLElement, field: string, option: 'Keep mine' | 'Take theirs') =>
  within(within(panel).getByRole('radiogroup', { name: `${field}: which version` })).getByRole('radio', {
    name: option,
  })

describe('release editor: someone else saved first (409)', () => {
  it('shows both versions of the fields that differ, word by word, mine chosen where I changed them', async () => {
    const { panel } = await editAndCollide()

    expect(within(panel).getByRole('heading', { name: /^Saved first by Elena Marković at / })).toHaveFocus()
    const groups = within(panel)
      .getAllByRole('group')
      .map((group) => group.querySelector('legend')?.textContent)
    expect(groups).toEqual(['Title', 'Place', 'Summary'])
    const title = within(panel).getByRole('figure', { name: 'Title: theirs and mine' })
    expect(within(title).getByText('Theirs: Elena Marković')).toBeInTheDocument()
    expect(within(title).getByText('Mine: this tab')).toBeInTheDocument()
    // Only the words that differ are marked, each side its own; a screen reader hears whose they are.
    expect([...title.querySelectorAll('del')].map((mark) => mark.textContent)).toEqual(['[only in theirs: Their]'])
    expect([...title.querySelectorAll('ins')].map((mark) => mark.textContent)).toEqual(['[only in mine: My]'])
    expect(within(panel).getByText('Their city')).toBeInTheDocument()
    expect(choice(panel, 'Title', 'Keep mine')).toBeChecked()
    expect(choice(panel, 'Summary', 'Keep mine')).toBeChecked()
    expect(choice(panel, 'Place', 'Take theirs')).toBeChecked()
  })

  it('keeps mine: saves my text against their version', async () => {
    const { user, panel, draft } = await editAndCollide()

    await user.click(within(panel).getByRole('button', { name: 'Keep all mine' }))
    await user.click(saveMerged())

    await waitFor(() =>
      expect(find('releases', draft.id)).toMatchObject({
        title: 'My title',
        summary: 'My summary',
        version: draft.version + 2,
      }),
    )
    expect(find('releases', draft.id)?.dateline.place).toBe(draft.dateline.place)
    expect(await screen.findByText(/^Saved at/)).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Conflicting changes' })).not.toBeInTheDocument()
  })

  it('takes theirs: the form shows their version at once, and saving it writes nothing', async () => {
    const { user, panel, draft, title, summary } = await editAndCollide()

    await user.click(within(panel).getByRole('button', { name: 'Take all theirs' }))
    expect(title).toHaveValue('Their title')
    expect(summary).toHaveValue('Their summary')
    expect(screen.getByRole('combobox', { name: /^Place/ })).toHaveValue('Their city')
    await user.click(saveMerged())

    expect(await screen.findByText(/^Saved at/)).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Conflicting changes' })).not.toBeInTheDocument()
    expect(saveButton()).toBeInTheDocument()
    expect(find('releases', draft.id)).toMatchObject({ title: 'Their title', version: draft.version + 1 })
  })

  it('combines: my title, their summary and their place', async () => {
    const { user, panel, draft, title, summary } = await editAndCollide()

    await user.click(choice(panel, 'Summary', 'Take theirs'))
    await user.click(saveMerged())

    await waitFor(() =>
      expect(find('releases', draft.id)).toMatchObject({
        title: 'My title',
        summary: 'Their summary',
        dateline: { place: 'Their city' },
        version: draft.version + 2,
      }),
    )
    expect(title).toHaveValue('My title')
    expect(summary).toHaveValue('Their summary')
  })
  it('has one save: a choice goes into the form at once, choosing back gives back what was typed, Save merged saves', async () => {
    const { user, panel, draft, title, summary } = await editAndCollide()

    expect(within(panel).queryByRole('button', { name: /save/i })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument()
    expect(screen.getAllByRole('button', { name: /save/i }).map((button) => button.textContent)).toEqual([
      'Save merged',
    ])

    await user.click(choice(panel, 'Summary', 'Take theirs'))
    expect(summary).toHaveValue('Their summary')
    await user.type(title, ', revised')
    await user.click(choice(panel, 'Title', 'Take theirs'))
    expect(title).toHaveValue('Their title')
    await user.click(choice(panel, 'Title', 'Keep mine'))
    expect(title).toHaveValue('My title, revised')

    // The keyboard's save is the same one save.
    await user.keyboard('{Control>}s{/Control}')
    await waitFor(() =>
      expect(find('releases', draft.id)).toMatchObject({
        title: 'My title, revised',
        summary: 'Their summary',
        version: draft.version + 2,
      }),
    )
    expect(await screen.findByRole('button', { name: 'Save' })).toBeInTheDocument()
  })

  it('shows the body word by word within its paragraphs, every paragraph in full', async () => {
    const draft = amrasDraft()
    const first = 'The OSCE Chair-in-Office concluded a visit to the country.'
    const long = Array.from({ length: 24 }, (_, i) => `Sentence ${i + 1} of a long paragraph.`).join(' ')
    await commit('releases', draft.id, (current) => ({
      ...current!,
      body: `<p>${first}</p><p>In Dushanbe, the Chair met the Minister of Foreign Affairs.</p><p>${long}</p>`,
    }))
    const { user } = await renderApp(`/releases/${draft.id}/edit`, { signedInAs })
    const title = await screen.findByRole('textbox', { name: /^Title/ })
    await user.type(title, ' (mine)')
    await commit('releases', draft.id, (current) => ({
      ...current!,
      body: current!.body.replace('the Minister of Foreign Affairs', 'the President'),
      updatedById: 'user-admin-elena',
      version: current!.version + 1,
    }))
    await user.click(saveButton())
    const panel = await screen.findByRole('region', { name: 'Conflicting changes' })

    const body = within(panel).getByRole('figure', { name: 'Body: theirs and mine' })
    // Paragraphs stay paragraphs ("country." and "In Dushanbe" apart), the long one whole, nothing cut with "…".
    expect(within(body).getByText(first)).toBeInTheDocument()
    expect(within(body).getByText(long)).toBeInTheDocument()
    expect(body.textContent).not.toContain('country.In')
    expect(body.textContent).not.toContain('…')
    expect([...body.querySelectorAll('del')].map((mark) => mark.textContent)).toEqual(['[only in theirs: President]'])
    expect([...body.querySelectorAll('ins')].map((mark) => mark.textContent)).toEqual([
      '[only in mine: Minister of Foreign Affairs]',
    ])
    expect(choice(panel, 'Body', 'Take theirs')).toBeChecked()
  })
})
