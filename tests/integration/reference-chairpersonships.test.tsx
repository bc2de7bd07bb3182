import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { commit, find } from '../../mocks/db'
import { renderApp } from '../render'
import { admin, bumpVersion, dialog, editor, reviewer, rowOf } from './reference-helpers'

const card = (name: RegExp) => screen.findByRole('article', { name })
const table = () => screen.findByRole('table', { name: /^Chairpersonships/ })

afterEach(() => vi.useRealTimers())

describe('chairpersonships', () => {
  it('shows the Troika by the year of the client clock: previous, current, incoming', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2025-05-01T10:00:00Z'))
    await renderApp('/chairpersonships', { signedInAs: editor })

    expect(await card(/^Previous Chairpersonship, 2024/)).toHaveTextContent(
      /Malta.*Ian Borg.*Minister for Foreign and European Affairs and Trade of Malta/,
    )
    expect(await card(/^Current Chairpersonship, 2025/)).toHaveTextContent('Finland')
    expect(await card(/^Incoming Chairpersonship, 2026/)).toHaveTextContent('Switzerland')
    const years = within(await table())
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent?.slice(0, 4))
    expect(years).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026'])
  })

  it('shows an incoming year not yet decided, until an admin adds it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-02-01T10:00:00Z'))
    const { user } = await renderApp('/chairpersonships', { signedInAs: admin })
    expect(await card(/^Incoming Chairpersonship, 2027/)).toHaveTextContent('Not yet decided')

    await user.click(screen.getByRole('button', { name: 'New Chairpersonship' }))
    const form = await dialog('New Chairpersonship')
    expect(within(form).getByRole('textbox', { name: /^Year/ })).toHaveValue('2027')
    await user.selectOptions(within(form).getByRole('combobox', { name: /^Chairing State/ }), 'Austria')
    await user.type(within(form).getByRole('textbox', { name: /^Chair-in-Office/ }), 'Beate Meinl-Reisinger')
    await user.type(
      within(form).getByRole('textbox', { name: /^Title/ }),
      'Federal Minister for European and International Affairs of Austria',
    )
    await user.click(within(form).getByRole('button', { name: 'Save' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(await card(/^Incoming Chairpersonship, 2027/)).toHaveTextContent('Austria')
  })

  it('puts each broken rule on its field: client messages, then the server’s (year taken)', async () => {
    const { user } = await renderApp('/chairpersonships', { signedInAs: admin })
    await user.click(await screen.findByRole('button', { name: 'New Chairpersonship' }))
    const form = await dialog('New Chairpersonship')
    const year = within(form).getByRole('textbox', { name: /^Year/ })
    const stateSelect = within(form).getByRole('combobox', { name: /^Chairing State/ })

    // Only participating States are offered: no Partner for Co-operation.
    expect(within(stateSelect).getByRole('option', { name: 'Malta' })).toBeInTheDocument()
    expect(within(stateSelect).queryByRole('option', { name: 'Japan' })).not.toBeInTheDocument()

    await user.clear(year)
    await user.tab()
    expect(await within(form).findByText('Year is required')).toBeInTheDocument()
    await user.click(within(form).getByRole('button', { name: 'Save' }))
    expect(await within(form).findByText('Choose the chairing State')).toBeInTheDocument()
    expect(within(form).getByText('Name is required')).toBeInTheDocument()
    expect(within(form).getByText('Title is required')).toBeInTheDocument()

    await user.type(year, '1960')
    await user.tab()
    expect(await within(form).findByText('Year must be 1975 or later')).toBeInTheDocument()
    await user.clear(year)
    await user.type(year, '2024')
    await user.selectOptions(stateSelect, 'Austria')
    await user.type(within(form).getByRole('textbox', { name: /^Chair-in-Office/ }), 'A. Person')
    await user.type(within(form).getByRole('textbox', { name: /^Title/ }), 'Minister')
    await user.click(within(form).getByRole('button', { name: 'Save' }))

    expect(await within(form).findByText('There is already a chairpersonship for 2024')).toBeInTheDocument()
    expect(year).toHaveAccessibleDescription(/There is already a chairpersonship for 2024/)
  })

  it('shows the server’s refusal of a Partner on the State field', async () => {
    const { user } = await renderApp('/chairpersonships', { signedInAs: admin })
    await user.click(await screen.findByRole('button', { name: 'New Chairpersonship' }))
    const form = await dialog('New Chairpersonship')
    await user.selectOptions(within(form).getByRole('combobox', { name: /^Chairing State/ }), 'Austria')
    await user.type(within(form).getByRole('textbox', { name: /^Chair-in-Office/ }), 'A. Person')
    await user.type(within(form).getByRole('textbox', { name: /^Title/ }), 'Minister')
    // Meanwhile another admin makes Austria a Partner (the list in the form is now out of date).
    await commit('states', 'state-at', (current) => ({
      ...current!,
      kind: 'mediterranean-partner',
      version: current!.version + 1,
    }))
    await user.click(within(form).getByRole('button', { name: 'Save' }))

    expect(
      await within(form).findByText('Austria is a Partner for Co-operation, not a participating State'),
    ).toBeInTheDocument()
    expect(within(form).getByRole('combobox', { name: /^Chairing State/ })).toHaveAccessibleDescription(
      /Partner for Co-operation/,
    )
  })

  it('edits a year; someone else saving first is a 409 that keeps the typing', async () => {
    const { user } = await renderApp('/chairpersonships', { signedInAs: admin })
    await user.click(
      within(rowOf(await table(), /^2024/)).getByRole('button', { name: 'Edit the 2024 Chairpersonship' }),
    )
    const form = await dialog('Edit the 2024 Chairpersonship')
    await bumpVersion('chairpersonships', 'chairpersonship-2024')
    const title = within(form).getByRole('textbox', { name: /^Title/ })
    await user.clear(title)
    await user.type(title, 'Minister for Foreign Affairs of Malta')
    await user.click(within(form).getByRole('button', { name: 'Save' }))
    expect(await within(form).findByRole('alert')).toHaveTextContent('Someone else changed this — reload')
    expect(title).toHaveValue('Minister for Foreign Affairs of Malta')
  })

  it.each([editor, reviewer])('has no edit controls for %s', async (signedInAs) => {
    await renderApp('/chairpersonships', { signedInAs })
    await table()
    expect(screen.queryByRole('button', { name: /New Chairpersonship|^Edit / })).not.toBeInTheDocument()
    expect(find('chairpersonships', 'chairpersonship-2024')).toBeDefined()
  })
})
