import { act, screen, waitFor, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { commit, db, find } from '../../mocks/db'
import { renderApp } from '../render'
import {
  commitThenDropConnection,
  type Fault,
  failWith409,
  failWith500,
  failWith503,
  failWithNetworkError,
  holdResponses,
  type Method,
} from './faults'
import { admin, bumpVersion, dialog, rowOf } from './reference-helpers'

/**
 * Every reference-data write (create, edit, delete of States, chairpersonships, field
 * operations and fields of work, and closing an operation) under each fault, as the admin
 * sees it: what they typed is still in the fields, an alert says what happened and what to
 * do, Retry works once the fault is gone, a slow answer shows a pending Save that cannot be
 * sent twice, a 409 on an edit leads to the stale/reload flow, and a create whose answer was
 * lost is made exactly once (the Idempotency-Key). The dialogs share their code
 * (src/components/form), so the full set of faults runs on States and at least one real
 * case on every other resource and mutation.
 */

type FormCase = {
  name: string
  url: string
  method: Method
  path: string
  /** Opens the dialog; answers it. */
  open: (user: UserEvent) => Promise<HTMLElement>
  fill: (user: UserEvent, form: HTMLElement) => Promise<void>
  /** What was typed, still in the fields. */
  expectTyped: (form: HTMLElement) => void
  submit: string
  /** Whether the database holds what was typed (for a create: how many records do). */
  stored: () => number
  /** A create: each success adds exactly one record. */
  creates: boolean
}

const field = (form: HTMLElement, name: RegExp) => within(form).getByRole('textbox', { name })
const select = (form: HTMLElement, name: RegExp) => within(form).getByRole('combobox', { name })
const replace = async (user: UserEvent, input: HTMLElement, text: string) => {
  await user.clear(input)
  await user.type(input, text)
}
const count = <T,>(items: T[], match: (item: T) => boolean) => items.filter(match).length

const dushanbe = 'field-operation-programme-office-in-dushanbe'
const rowButton = async (table: RegExp, row: string | RegExp, button: string) =>
  within(rowOf(await screen.findByRole('table', { name: table }), row)).getByRole('button', { name: button })

const stateCreate: FormCase = {
  name: 'create a State',
  url: '/states',
  method: 'post',
  path: '/states',
  open: async (user) => {
    await user.click(await screen.findByRole('button', { name: 'New State or Partner' }))
    return dialog('New State or Partner')
  },
  fill: async (user, form) => {
    await user.type(field(form, /^Name/), 'Atlantis')
    await user.type(field(form, /^ISO/), 'aq')
    await user.selectOptions(select(form, /^Kind/), 'Participating State')
    await user.type(field(form, /^Capital/), 'Poseidonia')
  },
  expectTyped: (form) => {
    expect(field(form, /^Name/)).toHaveValue('Atlantis')
    expect(field(form, /^ISO/)).toHaveValue('aq')
    expect(select(form, /^Kind/)).toHaveValue('participating-state')
    expect(field(form, /^Capital/)).toHaveValue('Poseidonia')
  },
  submit: 'Save',
  stored: () => count(db.states.all(), (state) => state.name === 'Atlantis' && state.capital === 'Poseidonia'),
  creates: true,
}

const stateEdit: FormCase = {
  name: 'edit a State',
  url: '/states',
  method: 'patch',
  path: '/states/:id',
  open: async (user) => {
    await user.click(await rowButton(/Participating States|Partners/, 'Albania', 'Edit Albania'))
    return dialog('Edit Albania')
  },
  fill: (user, form) => replace(user, field(form, /^Capital/), 'Durrës'),
  expectTyped: (form) => expect(field(form, /^Capital/)).toHaveValue('Durrës'),
  submit: 'Save',
  stored: () => (find('states', 'state-al')?.capital === 'Durrës' ? 1 : 0),
  creates: false,
}

const chairCreate: FormCase = {
  name: 'create a Chairpersonship',
  url: '/chairpersonships',
  method: 'post',
  path: '/chairpersonships',
  open: async (user) => {
    await user.click(await screen.findByRole('button', { name: 'New Chairpersonship' }))
    return dialog('New Chairpersonship')
  },
  fill: async (user, form) => {
    await replace(user, field(form, /^Year/), '2031')
    await user.selectOptions(select(form, /^Chairing State/), 'Austria')
    await user.type(field(form, /^Chair-in-Office/), 'A. Person')
    await user.type(field(form, /^Title/), 'Federal Minister')
  },
  expectTyped: (form) => {
    expect(field(form, /^Year/)).toHaveValue('2031')
    expect(select(form, /^Chairing State/)).toHaveValue('state-at')
    expect(field(form, /^Chair-in-Office/)).toHaveValue('A. Person')
    expect(field(form, /^Title/)).toHaveValue('Federal Minister')
  },
  submit: 'Save',
  stored: () => count(db.chairpersonships.all(), (chair) => chair.year === 2031),
  creates: true,
}

const chairEdit: FormCase = {
  name: 'edit a Chairpersonship',
  url: '/chairpersonships',
  method: 'patch',
  path: '/chairpersonships/:id',
  open: async (user) => {
    await user.click(await rowButton(/^Chairpersonships/, /^2024/, 'Edit the 2024 Chairpersonship'))
    return dialog('Edit the 2024 Chairpersonship')
  },
  fill: (user, form) => replace(user, field(form, /^Title/), 'Minister for Foreign Affairs of Malta'),
  expectTyped: (form) => expect(field(form, /^Title/)).toHaveValue('Minister for Foreign Affairs of Malta'),
  submit: 'Save',
  stored: () =>
    find('chairpersonships', 'chairpersonship-2024')?.chairInOffice.title === 'Minister for Foreign Affairs of Malta'
      ? 1
      : 0,
  creates: false,
}

const operationCreate: FormCase = {
  name: 'create a field operation',
  url: '/field-operations',
  method: 'post',
  path: '/field-operations',
  open: async (user) => {
    await user.click(await screen.findByRole('button', { name: 'New field operation' }))
    return dialog('New field operation')
  },
  fill: async (user, form) => {
    await user.type(field(form, /^Name/), 'Mission to Atlantis')
    await user.selectOptions(select(form, /^Type/), 'Mission')
    await user.type(field(form, /^Location/), 'Poseidonia')
    await user.type(field(form, /^Year opened/), '2024')
  },
  expectTyped: (form) => {
    expect(field(form, /^Name/)).toHaveValue('Mission to Atlantis')
    expect(select(form, /^Type/)).toHaveValue('mission')
    expect(field(form, /^Location/)).toHaveValue('Poseidonia')
    expect(field(form, /^Year opened/)).toHaveValue('2024')
  },
  submit: 'Save',
  stored: () => count(db.fieldOperations.all(), (operation) => operation.name === 'Mission to Atlantis'),
  creates: true,
}

const operationEdit: FormCase = {
  name: 'edit a field operation',
  url: `/field-operations/${dushanbe}`,
  method: 'patch',
  path: '/field-operations/:id',
  open: async (user) => {
    await user.click(await screen.findByRole('button', { name: 'Edit' }))
    return dialog('Edit Programme Office in Dushanbe')
  },
  fill: (user, form) => replace(user, field(form, /^Head of operation/), 'Ambassador New Head'),
  expectTyped: (form) => expect(field(form, /^Head of operation/)).toHaveValue('Ambassador New Head'),
  submit: 'Save',
  stored: () => (find('fieldOperations', dushanbe)?.head === 'Ambassador New Head' ? 1 : 0),
  creates: false,
}

const operationClose: FormCase = {
  name: 'close a field operation',
  url: '/field-operations',
  method: 'patch',
  path: '/field-operations/:id',
  open: async (user) => {
    await user.click(
      await rowButton(
        /^Field operations/,
        'Programme Office in Dushanbe',
        'Close operation Programme Office in Dushanbe',
      ),
    )
    return dialog('Close Programme Office in Dushanbe')
  },
  fill: (user, form) => replace(user, field(form, /^Year closed/), '2025'),
  expectTyped: (form) => expect(field(form, /^Year closed/)).toHaveValue('2025'),
  submit: 'Close operation',
  stored: () => (find('fieldOperations', dushanbe)?.closed === 2025 ? 1 : 0),
  creates: false,
}

const fieldCreate: FormCase = {
  name: 'add a field of work',
  url: '/fields-of-work',
  method: 'post',
  path: '/fields-of-work',
  open: async (user) => {
    await user.click(await screen.findByRole('button', { name: 'New field of work' }))
    return dialog('New field of work')
  },
  fill: (user, form) => user.type(field(form, /^Name/), 'Cyber security'),
  expectTyped: (form) => expect(field(form, /^Name/)).toHaveValue('Cyber security'),
  submit: 'Add',
  stored: () => count(db.fieldsOfWork.all(), (item) => item.name === 'Cyber security'),
  creates: true,
}

const fieldRename: FormCase = {
  name: 'rename a field of work',
  url: '/fields-of-work',
  method: 'patch',
  path: '/fields-of-work/:id',
  open: async (user) => {
    await user.click(await rowButton(/^Fields of work/, 'Border management', 'Rename Border management'))
    return dialog('Rename Border management')
  },
  fill: (user, form) => replace(user, field(form, /^Name/), 'Border security and management'),
  expectTyped: (form) => expect(field(form, /^Name/)).toHaveValue('Border security and management'),
  submit: 'Rename',
  stored: () =>
    find('fieldsOfWork', 'field-of-work-border-management')?.name === 'Border security and management' ? 1 : 0,
  creates: false,
}

type Failure = '500' | '503' | 'network error'
type FormFault = Failure | '409' | 'latency' | 'answer lost'

/** What the alert says for each failure: what happened, and what to do. */
const says: Record<Failure, RegExp[]> = {
  '500': [/Not saved: Server error/, /The server failed to do this\. Try again; if it keeps failing, tell an admin\./],
  '503': [/Not saved: Server unavailable/, /The server is busy or down for maintenance\. Try again in 30 seconds\./],
  'network error': [
    /No connection: it may not have been saved/,
    /The server could not be reached\. Check your connection, then try again\. If it was saved before the connection dropped, Retry will not save it twice\./,
  ],
}

const inject = (failure: Failure, method: Method, path: string): Fault =>
  failure === '500'
    ? failWith500(method, path)
    : failure === '503'
      ? failWith503(method, path, { retryAfter: 30 })
      : failWithNetworkError(method, path)

const closed = () => waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())

async function start(c: FormCase) {
  const { user } = await renderApp(c.url, { signedInAs: admin })
  const form = await c.open(user)
  await c.fill(user, form)
  const before = c.creates ? c.stored() : 0
  return { user, form, before }
}

async function failThenRetry(c: FormCase, failure: Failure) {
  const { user, form, before } = await start(c)
  const fault = inject(failure, c.method, c.path)
  await user.click(within(form).getByRole('button', { name: c.submit }))

  const alert = await within(form).findByRole('alert')
  for (const words of says[failure]) expect(alert).toHaveTextContent(words)
  expect(alert).toHaveTextContent('What you typed is still here.')
  c.expectTyped(form)
  expect(c.stored()).toBe(before)
  expect(fault.calls).toBe(1)

  fault.heal()
  await user.click(within(alert).getByRole('button', { name: 'Retry' }))
  await closed()
  expect(c.stored()).toBe(before + 1)
}

async function conflictThenReload(c: FormCase) {
  const { user, form, before } = await start(c)
  const fault = failWith409(c.method, c.path)
  await user.click(within(form).getByRole('button', { name: c.submit }))

  const alert = await within(form).findByRole('alert')
  if (c.creates) {
    // A create has no version: a 409 is a refusal to read, and Retry is the way on.
    expect(alert).toHaveTextContent('Not saved: Changed by someone else')
    expect(alert).toHaveTextContent('Someone else changed this in the meantime.')
    c.expectTyped(form)
    fault.heal()
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
  } else {
    expect(alert).toHaveTextContent('Someone else changed this — reload')
    c.expectTyped(form)
    fault.heal()
    await user.click(within(alert).getByRole('button', { name: 'Reload' }))
    expect(await within(form).findByText(/Version \d+ loaded/)).toBeInTheDocument()
    c.expectTyped(form)
    await user.click(within(form).getByRole('button', { name: c.submit }))
  }
  await closed()
  expect(c.stored()).toBe(before + 1)
}

async function slowAnswer(c: FormCase) {
  const { user, form, before } = await start(c)
  const held = holdResponses(c.method, c.path)
  await user.click(within(form).getByRole('button', { name: c.submit }))
  await held.arrived(1)

  const pending = within(form).getByRole('button', { name: 'Saving…' })
  expect(pending).toBeDisabled()
  c.expectTyped(form)
  // A second click and Enter in a field: still one request on its way.
  await user.click(pending)
  await user.type(within(form).getAllByRole('textbox')[0]!, '{Enter}', { skipClick: true })
  await act(() => new Promise((resolve) => setTimeout(resolve, 100)))
  expect(held.calls).toBe(1)
  expect(c.stored()).toBe(before)

  held.heal()
  await closed()
  expect(c.stored()).toBe(before + 1)
  expect(held.calls).toBe(1)
}

async function answerLost(c: FormCase) {
  const { user, form, before } = await start(c)
  const fault = commitThenDropConnection(c.method, c.path, { times: 1 })
  await user.click(within(form).getByRole('button', { name: c.submit }))

  const alert = await within(form).findByRole('alert')
  for (const words of says['network error']) expect(alert).toHaveTextContent(words)
  c.expectTyped(form)
  expect(c.stored()).toBe(before + 1) // it did reach the server

  await user.click(within(alert).getByRole('button', { name: 'Retry' }))
  await closed()
  // Retry did not write it a second time: for a create, the Idempotency-Key; for an edit, the
  // retried PATCH (old version) is a 409 whose one newer version is exactly what was typed,
  // which is taken as saved rather than as someone else's change.
  expect(c.stored()).toBe(before + 1)
  if (c.creates) expect(fault.requests[0]!.headers.get('Idempotency-Key')).toMatch(/\S{16,}/)
}

const run: Record<FormFault, (c: FormCase) => Promise<void>> = {
  '500': (c) => failThenRetry(c, '500'),
  '503': (c) => failThenRetry(c, '503'),
  'network error': (c) => failThenRetry(c, 'network error'),
  '409': conflictThenReload,
  latency: slowAnswer,
  'answer lost': answerLost,
}

const allFaults: FormFault[] = ['500', '503', 'network error', '409', 'latency', 'answer lost']
const formMatrix: [FormCase, FormFault[]][] = [
  [stateCreate, allFaults],
  [stateEdit, allFaults],
  [chairCreate, ['503', 'answer lost']],
  [chairEdit, ['network error', '409', 'answer lost']],
  [operationCreate, ['network error', 'latency', 'answer lost']],
  [operationEdit, ['500', '409', 'answer lost']],
  [operationClose, ['503', 'network error', '409', 'latency', 'answer lost']],
  [fieldCreate, ['500', 'answer lost']],
  [fieldRename, ['503', '409', 'latency', 'answer lost']],
]
const formRows = formMatrix.flatMap(([c, faults]) =>
  faults.map((fault) => ({ c, fault, title: `${c.name} × ${fault}` })),
)

describe('reference dialogs under faults', () => {
  it.each(formRows)('$title', async ({ c, fault }) => {
    expect.hasAssertions()
    await run[fault](c)
  })

  it('a create whose answer was lost, then changed before saving again: one record, with the new values', async () => {
    const { user, form, before } = await start(stateCreate)
    commitThenDropConnection('post', '/states', { times: 1 })
    await user.click(within(form).getByRole('button', { name: 'Save' }))
    expect(await within(form).findByRole('alert')).toHaveTextContent('No connection: it may not have been saved')

    await replace(user, field(form, /^Capital/), 'Atlantis City')
    await user.click(within(form).getByRole('button', { name: 'Save' }))
    await closed()
    const atlantis = db.states.all().filter((state) => state.name === 'Atlantis')
    expect(atlantis).toHaveLength(before + 1)
    expect(atlantis[0]).toMatchObject({ capital: 'Atlantis City', iso2: 'AQ' })
    expect(
      within(rowOf(await screen.findByRole('table', { name: /Participating States|Partners/ }), 'Atlantis')).getByText(
        'Atlantis City',
      ),
    ).toBeInTheDocument()
  })

  it('an edit whose answer was lost, when someone else saved too: the retry says so and keeps the typing', async () => {
    const { user, form } = await start(stateEdit)
    commitThenDropConnection('patch', '/states/:id', { times: 1 })
    await user.click(within(form).getByRole('button', { name: 'Save' }))
    expect(await within(form).findByRole('alert')).toHaveTextContent('No connection: it may not have been saved')
    await bumpVersion('states', 'state-al')

    await user.click(within(form).getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(within(form).getByRole('alert')).toHaveTextContent('Someone else changed this — reload'))
    stateEdit.expectTyped(form)
  })

  it('a create refused on a field (422) and then fixed is saved once', async () => {
    const { user, form } = await start(fieldCreate)
    await replace(user, field(form, /^Name/), 'YOUTH')
    await user.click(within(form).getByRole('button', { name: 'Add' }))
    expect(await within(form).findByText('Another field of work is already called YOUTH')).toBeInTheDocument()
    await replace(user, field(form, /^Name/), 'Cyber security')
    await user.click(within(form).getByRole('button', { name: 'Add' }))
    await closed()
    expect(fieldCreate.stored()).toBe(1)
  })
})

type DeleteCase = {
  name: string
  url: string
  path: string
  record: string
  setup?: () => Promise<unknown>
  exists: () => boolean
}

const stateDelete: DeleteCase = {
  name: 'delete a State',
  url: '/states?q=thailand',
  path: '/states/:id',
  record: 'Thailand',
  exists: () => find('states', 'state-th') !== undefined,
}
const operationDelete: DeleteCase = {
  name: 'delete a field operation',
  url: '/field-operations?q=croatia',
  path: '/field-operations/:id',
  record: 'Mission to Croatia',
  exists: () => find('fieldOperations', 'field-operation-mission-to-croatia') !== undefined,
}
const fieldDelete: DeleteCase = {
  name: 'delete a field of work',
  url: '/fields-of-work',
  path: '/fields-of-work/:id',
  record: 'Cyber diplomacy',
  // Every seeded field of work is in use: one nothing uses.
  setup: () =>
    commit('fieldsOfWork', 'field-of-work-cyber-diplomacy', () => ({
      id: 'field-of-work-cyber-diplomacy',
      name: 'Cyber diplomacy',
      version: 1,
    })),
  exists: () => find('fieldsOfWork', 'field-of-work-cyber-diplomacy') !== undefined,
}

type DeleteFault = Failure | '409' | 'latency' | 'answer lost'
const deleteSays: Record<Failure, RegExp[]> = {
  '500': [/was not deleted: Server error/, /Try again; if it keeps failing, tell an admin\./],
  '503': [/was not deleted: Server unavailable/, /Try again in 30 seconds\./],
  'network error': [
    /No connection: .+ may not have been deleted/,
    /Check your connection, then try again\. If it was deleted before the connection dropped, Retry finishes it\./,
  ],
}

async function startDelete(c: DeleteCase) {
  await c.setup?.()
  const { user } = await renderApp(c.url, { signedInAs: admin })
  const table = await screen.findByRole('table', {
    name: /Participating States|Partners|Field operations|Fields of work/,
  })
  await user.click(within(rowOf(table, c.record)).getByRole('button', { name: `Delete ${c.record}` }))
  const confirm = await dialog(`Delete ${c.record}?`)
  return { user, confirm }
}

const gone = (c: DeleteCase) =>
  waitFor(() => {
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.queryByRole('rowheader', { name: c.record })).not.toBeInTheDocument()
  })

const deleteFaults: Record<DeleteFault, (c: DeleteCase) => Promise<void>> = {
  '500': (c) => deleteFailsThenRetries(c, '500'),
  '503': (c) => deleteFailsThenRetries(c, '503'),
  'network error': (c) => deleteFailsThenRetries(c, 'network error'),
  latency: async (c) => {
    const { user, confirm } = await startDelete(c)
    const held = holdResponses('delete', c.path)
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }))
    await held.arrived(1)
    const pending = within(confirm).getByRole('button', { name: 'Deleting…' })
    expect(pending).toBeDisabled()
    await user.click(pending)
    expect(held.calls).toBe(1)
    held.heal()
    await gone(c)
    expect(c.exists()).toBe(false)
  },
  '409': async (c) => {
    const { user, confirm } = await startDelete(c)
    const detail = `${c.record} cannot be deleted: it is used by 1 release.`
    failWith409('delete', c.path, { detail })
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }))
    const alert = await within(confirm).findByRole('alert')
    expect(alert).toHaveTextContent(`${c.record} was not deleted`)
    expect(alert).toHaveTextContent(detail)
    // A refusal is not retried: the way out is Cancel.
    expect(within(confirm).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument()
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toBeInTheDocument()
    expect(c.exists()).toBe(true)
  },
  'answer lost': async (c) => {
    const { user, confirm } = await startDelete(c)
    commitThenDropConnection('delete', c.path, { times: 1 })
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }))
    expect(await within(confirm).findByRole('alert')).toHaveTextContent(/No connection: .+ may not have been deleted/)
    expect(c.exists()).toBe(false) // it did reach the server
    // Retry is answered 404 (gone already): that is what was wanted.
    await user.click(within(confirm).getByRole('button', { name: 'Retry' }))
    await gone(c)
  },
}

async function deleteFailsThenRetries(c: DeleteCase, fault: Failure) {
  const { user, confirm } = await startDelete(c)
  const injected = inject(fault, 'delete', c.path)
  await user.click(within(confirm).getByRole('button', { name: 'Delete' }))
  const alert = await within(confirm).findByRole('alert')
  for (const words of deleteSays[fault]) expect(alert).toHaveTextContent(words)
  expect(c.exists()).toBe(true)
  injected.heal()
  await user.click(within(confirm).getByRole('button', { name: 'Retry' }))
  await gone(c)
  expect(c.exists()).toBe(false)
}

const deleteMatrix: [DeleteCase, DeleteFault[]][] = [
  [stateDelete, ['500', '503', 'network error', '409', 'latency', 'answer lost']],
  [operationDelete, ['network error', 'answer lost']],
  [fieldDelete, ['503', 'latency']],
]
const deleteRows = deleteMatrix.flatMap(([c, faults]) =>
  faults.map((fault) => ({ c, fault, title: `${c.name} × ${fault}` })),
)

describe('reference deletes under faults', () => {
  it.each(deleteRows)('$title', async ({ c, fault }) => {
    expect.hasAssertions()
    await deleteFaults[fault](c)
  })
})
