import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../render'

const signedInAs = 'user-editor-amra'

describe('reference data', () => {
  it('lists the 57 participating States and the Partners, with kind and ISO code', async () => {
    await renderApp('/states', { signedInAs })

    const table = await screen.findByRole('table', { name: /Participating States and Partners/ })
    const rowOf = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement
    expect(within(rowOf('Holy See')).getByText('VA')).toBeInTheDocument()
    expect(within(rowOf('Türkiye')).getByText('TR')).toBeInTheDocument()
    expect(within(rowOf('Türkiye')).getByText('Participating State')).toBeInTheDocument()
    expect(within(rowOf('Japan')).getByText('Asian Partner for Co-operation')).toBeInTheDocument()
    expect(within(rowOf('Morocco')).getByText('Mediterranean Partner for Co-operation')).toBeInTheDocument()
    expect(within(table).getAllByText('Participating State')).toHaveLength(57)
  })

  it('filters States by kind through the URL', async () => {
    const { user, router } = await renderApp('/states', { signedInAs })

    await user.selectOptions(await screen.findByLabelText('Kind'), 'Participating States')

    expect(await screen.findByRole('table', { name: 'Participating States (57)' })).toBeInTheDocument()
    expect(router.state.location.search).toEqual({ kind: 'participating-state' })
    expect(screen.queryByRole('rowheader', { name: 'Japan' })).not.toBeInTheDocument()
  })

  it('shows the chairpersonships and marks the current year', async () => {
    await renderApp('/chairpersonships', { signedInAs })

    const table = await screen.findByRole('table', { name: 'Chairpersonships (8)' })
    const row2024 = within(table).getByRole('rowheader', { name: '2024' }).closest('tr') as HTMLElement
    expect(within(row2024).getByText('Malta')).toBeInTheDocument()
    expect(within(row2024).getByText('Ian Borg')).toBeInTheDocument()
    expect(
      within(row2024).getByText('Minister for Foreign and European Affairs and Trade of Malta'),
    ).toBeInTheDocument()

    const current = within(table).getByText('Current')
    const currentYear = String(new Date().getFullYear())
    expect(within(current.closest('tr') as HTMLElement).getByRole('rowheader')).toHaveTextContent(currentYear)
    expect(within(table).getAllByText('Current')).toHaveLength(1)
  })

  it('shows field operations with their head, and the closed ones', async () => {
    await renderApp('/field-operations', { signedInAs })

    const table = await screen.findByRole('table', { name: /Field operations/ })
    const dushanbe = within(table)
      .getByRole('rowheader', { name: 'Programme Office in Dushanbe' })
      .closest('tr') as HTMLElement
    expect(within(dushanbe).getByText('Ambassador Willy Kempel')).toBeInTheDocument()
    expect(within(dushanbe).getByText('Tajikistan')).toBeInTheDocument()
    expect(within(dushanbe).getByText('1994')).toBeInTheDocument()
    expect(within(dushanbe).getByText('Active')).toBeInTheDocument()

    const croatia = within(table).getByRole('rowheader', { name: 'Mission to Croatia' }).closest('tr') as HTMLElement
    expect(within(croatia).getByText('Closed 2007')).toBeInTheDocument()
  })

  it('shows the 23 fields of work on one page', async () => {
    await renderApp('/fields-of-work', { signedInAs })

    const table = await screen.findByRole('table', { name: 'Fields of work (23)' })
    expect(within(table).getAllByRole('rowheader')).toHaveLength(23)
    expect(within(table).getByRole('rowheader', { name: 'Arms control' })).toBeInTheDocument()
    expect(within(table).getByRole('rowheader', { name: 'Youth' })).toBeInTheDocument()
  })
})
