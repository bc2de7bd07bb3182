import { act, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { db, find } from '../../mocks/db'
import { renderApp } from '../render'
import { admin, bumpVersion, dialog, editor, reviewer, rowOf } from './reference-helpers'

const dushanbe = 'field-operation-programme-office-in-dushanbe'
const table = () => screen.findByRole('table', { name: /^Field operations/ })

describe('field operations', () => {
  it.each([editor, reviewer])('link each name to its page and show no edit controls to %s', async (signedInAs) => {
    const { user, router } = await renderApp('/field-operations?status=active', { signedInAs })
    expect(await screen.findByRole('table', { name: 'Field operations (12)' })).toBeInTheDocument()
    expect(
      screen.queryByRole('button', { name: /New field operation|^Edit |^Close operation|^Delete / }),
    ).not.toBeInTheDocument()

    await user.click(within(await table()).getByRole('link', { name: 'Programme Office in Dushanbe' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Programme Office in Dushanbe' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe(`/field-operations/${dushanbe}`)
    expect(screen.queryByRole('button', { name: /^(Edit|Close operation)$/ })).not.toBeInTheDocument()
  })

  it('creates one: client messages, then the server’s (name taken) on its field', async () => {
    const { user } = await renderApp('/field-operations', { signedInAs: admin })
    await user.click(await screen.findByRole('button', { name: 'New field operation' }))
    const form = await dialog('New field operation')

    await user.click(within(form).getByRole('button', { name: 'Save' }))
    expect(await within(form).findByText('Name is required')).toBeInTheDocument()
    expect(within(form).getByText('Choose a type')).toBeInTheDocument()
    expect(within(form).getByText('Location is required')).toBeInTheDocument()
    expect(within(form).getByText('Enter a year')).toBeInTheDocument()

    await user.type(within(form).getByRole('textbox', { name: /^Name/ }), 'Mission to Serbia')
    await user.selectOptions(within(form).getByRole('combobox', { name: /^Type/ }), 'Mission')
    await user.type(within(form).getByRole('textbox', { name: /^Location/ }), 'Belgrade')
    await user.selectOptions(within(form).getByRole('combobox', { name: /^Host State/ }), 'Serbia')
    await user.type(within(form).getByRole('textbox', { name: /^Year opened/ }), '2001')
    await user.click(within(form).getByRole('button', { name: 'Save' }))
    expect(
      await within(form).findByText('Another field operation is already called Mission to Serbia'),
    ).toBeInTheDocument()

    await user.clear(within(form).getByRole('textbox', { name: /^Name/ }))
    await user.type(within(form).getByRole('textbox', { name: /^Name/ }), 'Mission to Atlantis')
    await user.type(within(form).getByRole('textbox', { name: /^Head of operation/ }), 'Ambassador A. Test')
    await user.click(within(form).getByRole('button', { name: 'Save' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    const row = rowOf(await table(), 'Mission to Atlantis')
    expect(within(row).getByText('Ambassador A. Test')).toBeInTheDocument()
    expect(within(row).getByText('Active')).toBeInTheDocument()
  })

  it('closes one: a year before it opened is refused on the field, then it shows as closed', async () => {
    const { user } = await renderApp('/field-operations', { signedInAs: admin })
    const closeButton = within(rowOf(await table(), 'Programme Office in Dushanbe')).getByRole('button', {
      name: 'Close operation Programme Office in Dushanbe',
    })
    await user.click(closeButton)
    const form = await dialog('Close Programme Office in Dushanbe')
    const year = within(form).getByRole('textbox', { name: /^Year closed/ })

    await user.clear(year)
    await user.type(year, '1990')
    await user.click(within(form).getByRole('button', { name: 'Close operation' }))
    expect(await within(form).findByText('The year closed cannot be before the year opened')).toBeInTheDocument()
    expect(year).toHaveAccessibleDescription(/cannot be before the year opened/)
    expect(find('fieldOperations', dushanbe)?.closed).toBeNull()

    await user.clear(year)
    await user.type(year, '2025')
    await user.click(within(form).getByRole('button', { name: 'Close operation' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(
      await within(rowOf(await table(), 'Programme Office in Dushanbe')).findByText('Closed 2025'),
    ).toBeInTheDocument()
    expect(find('fieldOperations', dushanbe)).toMatchObject({ closed: 2025, head: 'Ambassador Willy Kempel' })
  })

  it('says when someone else changed it first and keeps the typing', async () => {
    const { user } = await renderApp(`/field-operations/${dushanbe}`, { signedInAs: admin })
    await user.click(await screen.findByRole('button', { name: 'Edit' }))
    const form = await dialog('Edit Programme Office in Dushanbe')
    await bumpVersion('fieldOperations', dushanbe)
    const head = within(form).getByRole('textbox', { name: /^Head of operation/ })
    await user.clear(head)
    await user.type(head, 'Ambassador New Head')
    await user.click(within(form).getByRole('button', { name: 'Save' }))
    expect(await within(form).findByRole('alert')).toHaveTextContent('Someone else changed this — reload')
    expect(head).toHaveValue('Ambassador New Head')
  })

  it('refuses to delete one that releases use, saying how', async () => {
    const { user } = await renderApp('/field-operations', { signedInAs: admin })
    await user.click(
      within(rowOf(await table(), 'Programme Office in Dushanbe')).getByRole('button', {
        name: 'Delete Programme Office in Dushanbe',
      }),
    )
    const confirm = await dialog('Delete Programme Office in Dushanbe?')
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }))
    expect(await within(confirm).findByRole('alert')).toHaveTextContent(
      /Programme Office in Dushanbe cannot be deleted: it is used by \d+ releases? assigned to it/,
    )
  })

  it('lists the releases assigned to it, newest first, page by page', async () => {
    const assigned = db.releases
      .findMany((q) => q.where((release) => release.fieldOperationIds.includes(dushanbe)))
      .toSorted((a, b) => b.dateline.date.localeCompare(a.dateline.date))
    expect(assigned.length).toBeGreaterThan(10)
    const { user, router } = await renderApp(`/field-operations/${dushanbe}`, { signedInAs: editor })

    expect(await screen.findByText('Ambassador Willy Kempel')).toBeInTheDocument()
    const releases = await screen.findByRole('table', { name: `Releases assigned (${assigned.length})` })
    const titles = within(releases)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent)
    expect(titles).toHaveLength(10)
    const datelines = assigned.slice(0, 10).map((release) => release.dateline.date)
    expect(datelines).toEqual(datelines.toSorted().toReversed())
    expect(titles[0]).toBe(assigned[0]!.title)
    expect(
      within(releases).getAllByText(/^(Draft|In review|Changes requested|Scheduled|Published|Withdrawn)$/),
    ).toHaveLength(10)

    await user.click(screen.getByRole('button', { name: 'Page 2' }))
    await waitFor(() =>
      expect(
        within(screen.getByRole('table', { name: /^Releases assigned/ })).getAllByRole('rowheader')[0],
      ).toHaveTextContent(assigned[10]!.title),
    )
    expect(router.state.location.search).toEqual({ page: 2 })
  })

  it('shows a renamed operation’s new name as the source of its releases', async () => {
    const { user, router } = await renderApp('/releases/release-borg-tajikistan', { signedInAs: admin })
    expect(await screen.findByText('OSCE Chairpersonship, OSCE Programme Office in Dushanbe')).toBeInTheDocument()

    await act(() => router.navigate({ to: '/field-operations/$id', params: { id: dushanbe } }))
    await user.click(await screen.findByRole('button', { name: 'Edit' }))
    const form = await dialog('Edit Programme Office in Dushanbe')
    const name = within(form).getByRole('textbox', { name: /^Name/ })
    await user.clear(name)
    await user.type(name, 'Programme Office in Dushanbe and Khujand')
    await user.click(within(form).getByRole('button', { name: 'Save' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Programme Office in Dushanbe and Khujand' }),
    ).toBeInTheDocument()

    await act(() => router.navigate({ to: '/releases/$id', params: { id: 'release-borg-tajikistan' } }))
    expect(
      await screen.findByText('OSCE Chairpersonship, OSCE Programme Office in Dushanbe and Khujand'),
    ).toBeInTheDocument()
  })
})
