import { screen, waitFor, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { focusManager } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { db, find, signInAs } from '../../mocks/db'
import { api } from '../../mocks/test-support/api'
import { failWithNetworkError, holdResponses } from './faults'
import { renderApp } from '../render'

const admin = 'user-admin-elena'
const moldova = 'field-operation-mission-to-moldova'
const serbia = 'field-operation-mission-to-serbia'

/** Another admin (Daniel) assigns a release meanwhile, through the API. */
async function assignedMeanwhile(id: string, fieldOperationId: string) {
  const token = await signInAs('user-admin-daniel')
  const response = await api('/releases/assignments', {
    method: 'POST',
    token,
    body: { releaseIds: [id], fieldOperationIds: [fieldOperationId], mode: 'add' },
  })
  if (response.status !== 200 || response.json.changed.length !== 1)
    throw new Error(`assignment answered ${response.status}: ${JSON.stringify(response.json)}`)
}

const rowCheckboxes = () => screen.getAllByRole('checkbox', { name: /^Select (?!all on this page)/ })
const titleOf = (checkbox: HTMLElement) => checkbox.getAttribute('aria-label')!.replace(/^Select /, '')
const idByTitle = (title: string) => db.releases.findMany((q) => q.where({ title }))[0]!.id

async function chooseOperation(user: UserEvent, name: string) {
  const dialog = await screen.findByRole('dialog')
  const input = within(dialog).getByRole('combobox', { name: 'Field operations' })
  await user.click(input)
  await user.type(input, name.slice(0, 10))
  await user.click(await screen.findByRole('option', { name }))
  return dialog
}

afterEach(() => {
  vi.useRealTimers()
  focusManager.setFocused(undefined)
})

// The list renders a page of rows with a checkbox each: slow on a loaded machine, so these wait longer.
describe('assigning releases to field operations from the list', { timeout: 60_000 }, () => {
  it('selects rows (one, a shift-click range, all on the page), assigns them, and shows what changed', async () => {
    const { user } = await renderApp('/releases?sort=title', { signedInAs: admin })
    await screen.findByRole('table', { name: /^Releases/ })
    let boxes = rowCheckboxes()
    await user.click(boxes[1]!)
    await user.keyboard('{Shift>}')
    await user.click(boxes[3]!)
    await user.keyboard('{/Shift}')
    expect(screen.getByText('3 selected')).toBeInTheDocument()
    expect(boxes.map((box) => (box as HTMLInputElement).checked).slice(0, 5)).toEqual([false, true, true, true, false])

    const titles = boxes.slice(1, 4).map(titleOf)
    const ids = titles.map(idByTitle)
    await user.click(screen.getByRole('button', { name: 'Assign to field operations…' }))
    const dialog = await chooseOperation(user, 'Mission to Moldova')
    await user.click(within(dialog).getByRole('button', { name: 'Assign 3 releases' }))

    expect(await screen.findByText('Assigned 3 to Mission to Moldova')).toBeInTheDocument()
    // Which ones, on request.
    const show = screen.getByRole('button', { name: 'Show releases' })
    expect(show).toHaveAttribute('aria-expanded', 'false')
    await user.click(show)
    expect(screen.getByRole('button', { name: 'Hide releases' })).toHaveAttribute('aria-expanded', 'true')
    const assigned = screen.getByRole('list', { name: 'Assigned' })
    expect(
      within(assigned)
        .getAllByRole('listitem')
        .map((item) => item.textContent)
        .toSorted(),
    ).toEqual(titles.toSorted())
    for (const id of ids) expect(find('releases', id)!.fieldOperationIds).toContain(moldova)
    await waitFor(() => expect(screen.queryByText('3 selected')).not.toBeInTheDocument())
    const row = (await screen.findByRole('rowheader', { name: titles[0] })).closest('tr')!
    await waitFor(() => expect(within(row).getByText(/Mission to Moldova/)).toBeInTheDocument())

    // The header checkbox selects every row of the page, and clears them again.
    boxes = rowCheckboxes()
    await user.click(screen.getByRole('checkbox', { name: 'Select all on this page' }))
    expect(screen.getByText(`${boxes.length} selected`)).toBeInTheDocument()
    await user.click(screen.getByRole('checkbox', { name: 'Select all on this page' }))
    expect(screen.queryByText(/selected$/)).not.toBeInTheDocument()
  })

  it('removes releases, naming those skipped and why; the selection clears on another page', async () => {
    const { user } = await renderApp('/releases?sort=title', { signedInAs: admin })
    await screen.findByRole('table', { name: /^Releases/ })
    const boxes = rowCheckboxes()
    const [first, second] = [titleOf(boxes[0]!), titleOf(boxes[1]!)]
    await user.click(boxes[0]!)
    await user.click(screen.getByRole('button', { name: 'Assign to field operations…' }))
    await user.click(
      within(await chooseOperation(user, 'Mission to Moldova')).getByRole('button', { name: 'Assign 1 release' }),
    )
    await screen.findByText('Assigned 1 to Mission to Moldova')

    await user.click(rowCheckboxes().find((box) => titleOf(box) === first)!)
    await user.click(rowCheckboxes().find((box) => titleOf(box) === second)!)
    await user.click(screen.getByRole('button', { name: 'Remove from field operations…' }))
    await user.click(
      within(await chooseOperation(user, 'Mission to Moldova')).getByRole('button', { name: 'Remove 2 releases' }),
    )
    expect(await screen.findByText('Removed 1 from Mission to Moldova · 1 not there')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Show releases' }))
    expect(within(screen.getByRole('list', { name: 'Removed' })).getByRole('listitem')).toHaveTextContent(first)
    expect(within(screen.getByRole('list', { name: 'Not there' })).getByRole('listitem')).toHaveTextContent(second)
    expect(find('releases', idByTitle(first))!.fieldOperationIds).not.toContain(moldova)

    await user.click(rowCheckboxes()[0]!)
    expect(screen.getByText('1 selected')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: /page 2/i }))
    await waitFor(() => expect(screen.queryByText('1 selected')).not.toBeInTheDocument())
  })

  it('leaves a release that changed since the admin chose it as it is, and says so (issue #10)', async () => {
    const { user } = await renderApp('/releases?sort=title', { signedInAs: admin })
    await screen.findByRole('table', { name: /^Releases/ })
    const boxes = rowCheckboxes()
    const [first, second] = [titleOf(boxes[0]!), titleOf(boxes[1]!)]
    await user.click(boxes[0]!)
    await user.click(rowCheckboxes().find((box) => titleOf(box) === second)!)
    expect(screen.getByText('2 selected')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Assign to field operations…' }))
    const dialog = await chooseOperation(user, 'Mission to Moldova')

    await assignedMeanwhile(idByTitle(second), serbia)
    await user.click(within(dialog).getByRole('button', { name: 'Assign 2 releases' }))

    expect(
      await screen.findByText('Assigned 1 to Mission to Moldova · 1 changed since you saw it: check and try again'),
    ).toBeInTheDocument()
    // Named at once, without asking: it needs another look.
    const changed = screen.getByRole('list', { name: 'Changed since you saw them' })
    expect(within(changed).getByRole('listitem')).toHaveTextContent(second)
    expect(find('releases', idByTitle(first))!.fieldOperationIds).toContain(moldova)
    expect(find('releases', idByTitle(second))!.fieldOperationIds).not.toContain(moldova)
  })

  it('says in the open dialog when a selected release changes on the list, and takes its new version on request', async () => {
    const { user } = await renderApp('/releases?sort=title', { signedInAs: admin })
    await screen.findByRole('table', { name: /^Releases/ })
    const second = titleOf(rowCheckboxes()[1]!)
    await user.click(rowCheckboxes()[0]!)
    await user.click(rowCheckboxes()[1]!)
    await user.click(screen.getByRole('button', { name: 'Assign to field operations…' }))
    const dialog = await chooseOperation(user, 'Mission to Moldova')

    await assignedMeanwhile(idByTitle(second), serbia)
    // The admin comes back to the window a while later: the list behind the dialog is refetched.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + 10_000)
    focusManager.setFocused(false)
    focusManager.setFocused(true)
    const notice = await within(dialog).findByRole('status')
    expect(notice).toHaveTextContent('1 of these releases has changed since you chose them')
    expect(within(dialog).getByRole('listitem')).toHaveTextContent(`${second}: version`)

    await user.click(within(dialog).getByRole('button', { name: 'Take the new versions' }))
    expect(within(dialog).queryByRole('status')).not.toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Assign 2 releases' }))
    expect(await screen.findByText('Assigned 2 to Mission to Moldova')).toBeInTheDocument()
    expect(find('releases', idByTitle(second))!.fieldOperationIds).toEqual(expect.arrayContaining([moldova, serbia]))
  })

  it('finds the releases assigned to no field operation, and they leave that view once assigned (issue #12)', async () => {
    const unassigned = () => db.releases.findMany((q) => q.where((release) => release.fieldOperationIds.length === 0))
    // The list shows each family of language versions once: those with a version assigned to none.
    const families = () => new Set(unassigned().map((release) => release.originalId ?? release.id)).size
    const before = unassigned().length
    const familiesBefore = families()
    const { user, router } = await renderApp('/releases?sort=title', { signedInAs: admin })
    await screen.findByRole('table', { name: /^Releases/ })
    await user.click(screen.getByRole('button', { name: /^More filters/ }))
    const filter = screen.getByRole('combobox', { name: 'Field operation' })
    await user.click(filter)
    await user.type(filter, 'No field')
    await user.click(await screen.findByRole('option', { name: 'No field operation' }))

    expect(await screen.findByRole('table', { name: `Releases (${familiesBefore})` })).toBeInTheDocument()
    expect(router.state.location.search).toMatchObject({ fieldOperation: 'none' })
    const boxes = rowCheckboxes()
    const titles = boxes.slice(0, 2).map(titleOf)
    await user.click(boxes[0]!)
    await user.click(boxes[1]!)
    await user.click(screen.getByRole('button', { name: 'Assign to field operations…' }))
    await user.click(
      within(await chooseOperation(user, 'Mission to Moldova')).getByRole('button', { name: 'Assign 2 releases' }),
    )
    expect(await screen.findByText('Assigned 2 to Mission to Moldova')).toBeInTheDocument()
    // Each row's family goes, its translations with it.
    expect(await screen.findByRole('table', { name: `Releases (${familiesBefore - 2})` })).toBeInTheDocument()
    for (const title of titles) expect(screen.queryByRole('rowheader', { name: title })).not.toBeInTheDocument()
    expect(families()).toBe(familiesBefore - 2)
    expect(unassigned().length).toBeLessThanOrEqual(before - 2)
  })

  it('shows no checkboxes to editors and reviewers', async () => {
    await renderApp('/releases', { signedInAs: 'user-editor-amra' })
    await screen.findByRole('table', { name: /^Releases/ })
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0)
    expect(screen.queryByRole('button', { name: 'Assign to field operations…' })).not.toBeInTheDocument()
  })
})

describe('a release’s field operations on its page', () => {
  it('admins edit them; the change is saved and written to the history', async () => {
    const id = 'release-borg-tajikistan'
    const { user } = await renderApp(`/releases/${id}`, { signedInAs: admin })
    const select = await screen.findByRole('combobox', { name: 'Field operations' })
    const { version, updatedAt } = find('releases', id)!
    await user.click(select)
    await user.type(select, 'Mission to M')
    await user.click(await screen.findByRole('option', { name: 'Mission to Moldova' }))
    await user.click(screen.getByRole('button', { name: 'Save field operations' }))
    await waitFor(() => expect(find('releases', id)!.fieldOperationIds).toContain(moldova))
    expect(find('releases', id)!.version).toBe(version + 1)
    expect(await screen.findByText('Assigned to Mission to Moldova')).toBeInTheDocument()
    expect(screen.getByText('Field operations changed')).toBeInTheDocument()
    // A new version, but the editorial "last updated" stays; the assignment has its own time.
    expect(find('releases', id)!.updatedAt).toBe(updatedAt)
    const facts = screen.getByRole('complementary', { name: 'About this release' })
    expect(await within(facts).findByText('Field operations last changed')).toBeInTheDocument()
  })

  it('names the release’s operations while the list of all operations is still loading', async () => {
    const held = holdResponses('get', '/field-operations')
    await renderApp('/releases/release-borg-tajikistan', { signedInAs: admin })
    await screen.findByRole('combobox', { name: 'Field operations' })
    await held.arrived()
    const facts = screen.getByRole('complementary', { name: 'About this release' })
    expect(within(facts).getAllByText('Programme Office in Dushanbe').length).toBeGreaterThan(0)
    expect(within(facts).queryByText(/^field-operation-/)).toBeNull()
    held.release()
  })

  it('refuses a save built on a version the admin did not see, shows what changed, keeps the choice, and saves it on the new version (issue #10)', async () => {
    const id = 'release-borg-tajikistan'
    const { user } = await renderApp(`/releases/${id}`, { signedInAs: admin })
    const select = await screen.findByRole('combobox', { name: 'Field operations' })
    await user.click(select)
    await user.type(select, 'Mission to M')
    await user.click(await screen.findByRole('option', { name: 'Mission to Moldova' }))

    await assignedMeanwhile(id, serbia)
    const theirs = find('releases', id)!.version
    await user.click(screen.getByRole('button', { name: 'Save field operations' }))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('This release changed since you opened it')
    expect(alert).toHaveTextContent('Your choice is still here.')
    expect(
      await screen.findByText(
        /^Field operations: Programme Office in Dushanbe → Programme Office in Dushanbe, Mission to Serbia$/,
      ),
    ).toBeInTheDocument()
    await waitFor(() =>
      expect(alert.parentElement).toHaveTextContent(/Since then: Field operations changed by Daniel Okafor/),
    )
    expect(find('releases', id)).toMatchObject({ version: theirs })
    expect(find('releases', id)!.fieldOperationIds).not.toContain(moldova)

    await user.click(screen.getByRole('button', { name: 'Review the new version' }))
    await waitFor(() => expect(screen.queryByText('This release changed since you opened it')).not.toBeInTheDocument())
    // The admin's change (Moldova added) now applies to the new version, which kept Serbia.
    expect(screen.getByRole('button', { name: 'Save field operations' })).toBeEnabled()
    // Focus waits on Save, the next step (in the select, its list would open over the button).
    expect(screen.getByRole('button', { name: 'Save field operations' })).toHaveFocus()
    await user.click(screen.getByRole('button', { name: 'Save field operations' }))
    await waitFor(() =>
      expect(find('releases', id)!.fieldOperationIds).toEqual(expect.arrayContaining([moldova, serbia])),
    )
    expect(find('releases', id)!.version).toBe(theirs + 1)
  })

  it('editors and reviewers read them', async () => {
    await renderApp('/releases/release-borg-tajikistan', { signedInAs: 'user-reviewer-claire' })
    const facts = await screen.findByRole('complementary', { name: 'About this release' })
    expect(within(facts).getByText('Field operations')).toBeInTheDocument()
    expect(within(facts).getAllByText('Programme Office in Dushanbe').length).toBeGreaterThan(0)
    expect(screen.queryByRole('combobox', { name: 'Field operations' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Save field operations' })).not.toBeInTheDocument()
  })
})

describe('export', () => {
  // jsdom has no object URLs: the test provides them, and takes them away again.
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL }
  afterEach(() => {
    vi.restoreAllMocks()
    URL.createObjectURL = original.create
    URL.revokeObjectURL = original.revoke
  })

  it('downloads the filtered view as CSV', async () => {
    let blob: Blob | undefined
    URL.createObjectURL = vi.fn<(value: Blob | MediaSource) => string>((value) => {
      blob = value as Blob
      return 'blob:releases'
    })
    URL.revokeObjectURL = vi.fn<(url: string) => void>()
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const { user } = await renderApp('/releases?status=published&sort=title', { signedInAs: 'user-reviewer-claire' })
    await screen.findByRole('table', { name: /^Releases/ })
    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    await waitFor(() => expect(clicked).toHaveBeenCalled())
    const link = clicked.mock.contexts[0] as HTMLAnchorElement
    expect(link.download).toMatch(/^releases-\d{4}-\d{2}-\d{2}\.csv$/)
    // The server's bytes, byte-order mark included (decoding the answer as text would drop it).
    expect(new Uint8Array(await blob!.arrayBuffer()).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]))
    const lines = (await blob!.text()).trimEnd().split('\r\n')
    expect(lines[0]!.startsWith('id,type,title,status,')).toBe(true)
    const published = db.releases.findMany((q) => q.where({ status: 'published' })).length
    expect(lines).toHaveLength(published + 1)
  })

  it('says a lost connection as every request does, and Retry downloads it', async () => {
    URL.createObjectURL = vi.fn<(value: Blob | MediaSource) => string>(() => 'blob:releases')
    URL.revokeObjectURL = vi.fn<(url: string) => void>()
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const fault = failWithNetworkError('get', '/releases/export')
    const { user } = await renderApp('/releases?status=published', { signedInAs: 'user-reviewer-claire' })
    await screen.findByRole('table', { name: /^Releases/ })
    await user.click(screen.getByRole('button', { name: 'Export CSV' }))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The CSV was not exported: No connection')
    expect(alert).toHaveTextContent('The server could not be reached. Check your connection, then try again.')
    expect(fault.calls).toBe(1)
    expect(clicked).not.toHaveBeenCalled()

    fault.heal()
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(clicked).toHaveBeenCalled())
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument())
  })
})
