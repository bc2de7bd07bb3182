import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { commit, find } from '../../mocks/db'
import { renderApp } from '../render'
import { amrasDraft, saveButton } from './release-editor-helpers'

const signedInAs = 'user-editor-amra'

/** Someone else saves first: the stored release moves on a version behind the form's back. */
const someoneElseSaves = (id: string, changes: { title?: string; summary?: string; place?: string }) =>
  commit('releases', id, (current) => ({
    ...current!,
    title: changes.title ?? current!.title,
    summary: changes.summary ?? current!.summary,
    dateline: { ...current!.dateline, place: changes.place ?? current!.dateline.place },
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

const choice = (panel: HTMLElement, field: string, option: 'Keep mine' | 'Take theirs') =>
  within(within(panel).getByRole('radiogroup', { name: `${field}: which version` })).getByRole('radio', {
    name: option,
  })

describe('release editor: someone else saved first (409)', () => {
  it('shows both versions of the fields that differ, mine chosen where I changed them', async () => {
    const { panel } = await editAndCollide()

    const groups = within(panel)
      .getAllByRole('group')
      .map((group) => group.querySelector('legend')?.textContent)
    expect(groups).toEqual(['Title', 'Place', 'Summary'])
    expect(within(panel).getByText('Their title')).toBeInTheDocument()
    expect(within(panel).getByText('My title')).toBeInTheDocument()
    expect(choice(panel, 'Title', 'Keep mine')).toBeChecked()
    expect(choice(panel, 'Summary', 'Keep mine')).toBeChecked()
    expect(choice(panel, 'Place', 'Take theirs')).toBeChecked()
  })

  it('keeps mine: saves my text against their version', async () => {
    const { user, panel, draft } = await editAndCollide()

    await user.click(within(panel).getByRole('button', { name: 'Keep all mine' }))
    await user.click(within(panel).getByRole('button', { name: 'Save merged' }))

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

  it('takes theirs: the form shows their version and nothing is written', async () => {
    const { user, panel, draft, title, summary } = await editAndCollide()

    await user.click(within(panel).getByRole('button', { name: 'Take all theirs' }))
    await user.click(within(panel).getByRole('button', { name: 'Save merged' }))

    expect(title).toHaveValue('Their title')
    expect(summary).toHaveValue('Their summary')
    expect(screen.getByRole('combobox', { name: /^Place/ })).toHaveValue('Their city')
    expect(find('releases', draft.id)).toMatchObject({ title: 'Their title', version: draft.version + 1 })
  })

  it('combines: my title, their summary and their place', async () => {
    const { user, panel, draft, title, summary } = await editAndCollide()

    await user.click(choice(panel, 'Summary', 'Take theirs'))
    await user.click(within(panel).getByRole('button', { name: 'Save merged' }))

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
})
