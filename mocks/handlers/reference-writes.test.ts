import { beforeEach, describe, expect, it } from 'vitest'
import {
  chairpersonshipInputSchema,
  closedBeforeOpenedMessage,
  fieldOfWorkInputSchema,
  fieldOperationInputSchema,
  fieldOperationSchema,
  languageInputSchema,
  problemSchema,
  releaseSchema,
  stateInputSchema,
  stateSchema,
  structurePageSchema,
  structureSchema,
} from '../../src/api/contract'
import { visibleTextPattern } from '../../src/api/contract'
import { referenceNames, referenceResources } from '../reference-resources'
import { api, tokens } from '../test-support/api'

let token: Awaited<ReturnType<typeof tokens>>
beforeEach(async () => {
  token = await tokens()
})

const bodies = {
  '/states': { name: 'Atlantis', iso2: 'AQ', kind: 'participating-state', capital: null },
  '/chairpersonships': { year: 2030, stateId: 'state-at', chairInOffice: { name: 'A. Person', title: 'Minister' } },
  '/field-operations': {
    name: 'Mission to Atlantis',
    type: 'mission',
    location: 'Poseidonia',
    hostStateId: null,
    head: null,
    opened: 2020,
    closed: null,
  },
  '/fields-of-work': { name: 'Cyber security' },
}
const existing = {
  '/states': 'state-al',
  '/chairpersonships': 'chairpersonship-2024',
  '/field-operations': 'field-operation-programme-office-in-dushanbe',
  '/fields-of-work': 'field-of-work-youth',
}

describe.each(Object.keys(bodies) as Array<keyof typeof bodies>)('%s writes', (path) => {
  it('answer 403 to editors and reviewers, and 401 without a token', async () => {
    for (const who of [token.editor, token.reviewer]) {
      expect((await api(path, { method: 'POST', token: who, body: bodies[path] })).status).toBe(403)
      expect(
        (await api(`${path}/${existing[path]}`, { method: 'PATCH', token: who, body: { ...bodies[path], version: 1 } }))
          .status,
      ).toBe(403)
      expect((await api(`${path}/${existing[path]}`, { method: 'DELETE', token: who })).status).toBe(403)
    }
    expect((await api(path, { method: 'POST', token: null, body: bodies[path] })).status).toBe(401)
    expect((await api(path, { method: 'POST', token: token.admin, body: bodies[path] })).status).toBe(201)
  })

  it('need the version a change was based on', async () => {
    const current = (await api(`${path}/${existing[path]}`, { token: token.admin })).json
    const missing = await api(`${path}/${existing[path]}`, { method: 'PATCH', token: token.admin, body: bodies[path] })
    expect(missing.status).toBe(422)
    expect(problemSchema.parse(missing.json).errors).toHaveProperty('version')
    const stale = await api(`${path}/${existing[path]}`, {
      method: 'PATCH',
      token: token.admin,
      body: { ...bodies[path], version: current.version + 1 },
    })
    expect(stale.status).toBe(409)
  })
})

describe('structures follow the field operations', () => {
  it('offer a new operation as a source, and show a renamed one’s new name in structures and in releases', async () => {
    const created = fieldOperationSchema.parse(
      (await api('/field-operations', { method: 'POST', token: token.admin, body: bodies['/field-operations'] })).json,
    )
    const sources = structurePageSchema.parse(
      (await api('/structures?kind=field-operation&q=atlantis', { token: token.editor })).json,
    )
    expect(sources.items.map((structure) => structure.sourceName)).toEqual(['OSCE Mission to Atlantis'])

    const id = 'field-operation-programme-office-in-dushanbe'
    const operation = fieldOperationSchema.parse((await api(`/field-operations/${id}`, { token: token.admin })).json)
    const { id: _id, hostState, status: _status, version, ...rest } = operation
    const renamed = await api(`/field-operations/${id}`, {
      method: 'PATCH',
      token: token.admin,
      body: { ...rest, hostStateId: hostState?.id ?? null, name: 'Programme Office in Dushanbe and Khujand', version },
    })
    expect(renamed.status).toBe(200)

    const structure = structureSchema.parse((await api(`/structures/structure-${id}`, { token: token.editor })).json)
    expect(structure).toMatchObject({
      name: 'Programme Office in Dushanbe and Khujand',
      sourceName: 'OSCE Programme Office in Dushanbe and Khujand',
    })
    const release = releaseSchema.parse((await api('/releases/release-borg-tajikistan', { token: token.editor })).json)
    expect(release.sources.map((source) => source.name)).toContain('OSCE Programme Office in Dushanbe and Khujand')
    expect(release.fieldOperations).toEqual([{ id, name: 'Programme Office in Dushanbe and Khujand' }])
    expect(created.status).toBe('active')
  })

  it('refuses a year closed before the year opened, on the field', async () => {
    const bad = await api('/field-operations', {
      method: 'POST',
      token: token.admin,
      body: { ...bodies['/field-operations'], closed: 2019 },
    })
    expect(bad.status).toBe(422)
    expect(problemSchema.parse(bad.json).errors).toEqual({ closed: 'The year closed cannot be before the year opened' })
  })
})

describe.each([
  { path: '/states', id: 'state-al', change: { capital: 'Durrës' }, changed: { capital: 'Durrës' } },
  {
    path: '/chairpersonships',
    id: 'chairpersonship-2024',
    change: { chairInOffice: { title: 'Deputy Prime Minister' } },
    changed: { chairInOffice: { name: 'Ian Borg', title: 'Deputy Prime Minister' } },
  },
  {
    path: '/field-operations',
    id: 'field-operation-programme-office-in-dushanbe',
    change: { head: 'Ambassador A. N. Other' },
    changed: { head: 'Ambassador A. N. Other' },
  },
  {
    path: '/fields-of-work',
    id: 'field-of-work-youth',
    change: { name: 'Youth and security' },
    changed: { name: 'Youth and security' },
  },
])('PATCH $path/{id} is a partial update', ({ path, id, change, changed }) => {
  it('changes only the fields it names', async () => {
    const before = (await api(`${path}/${id}`, { token: token.admin })).json
    const patched = await api(`${path}/${id}`, {
      method: 'PATCH',
      token: token.admin,
      body: { ...change, version: before.version },
    })
    expect(patched.status).toBe(200)
    expect(patched.json).toEqual({ ...before, ...changed, version: before.version + 1 })
    expect((await api(`${path}/${id}`, { token: token.admin })).json).toEqual(patched.json)
  })

  it('writes nothing for a change that names no field, and still wants the current version', async () => {
    const before = (await api(`${path}/${id}`, { token: token.admin })).json
    const empty = await api(`${path}/${id}`, { method: 'PATCH', token: token.admin, body: { version: before.version } })
    expect(empty.status).toBe(200)
    expect(empty.json).toEqual(before)
    expect((await api(`${path}/${id}`, { token: token.admin })).json).toEqual(before)
    const stale = await api(`${path}/${id}`, {
      method: 'PATCH',
      token: token.admin,
      body: { version: before.version + 1 },
    })
    expect(stale.status).toBe(409)
    expect(stale.json).toMatchObject({ currentVersion: before.version })
  })
})

describe('a partial change is checked with the fields it keeps', () => {
  const errorsOf = (json: unknown) => problemSchema.parse(json).errors ?? {}
  const patch = (path: string, body: Record<string, unknown>) =>
    api(path, { method: 'PATCH', token: token.admin, body: { version: 1, ...body } })

  it('keeps a State’s capital when it is not sent, and clears it with null', async () => {
    const renamed = stateSchema.parse((await patch('/states/state-al', { name: 'Republic of Albania' })).json)
    expect(renamed).toMatchObject({ name: 'Republic of Albania', iso2: 'AL', capital: 'Tirana', version: 2 })
    const cleared = stateSchema.parse((await patch('/states/state-al', { capital: null, version: 2 })).json)
    expect(cleared).toMatchObject({ name: 'Republic of Albania', capital: null, version: 3 })
  })

  it('takes a lower-case ISO code and stores it in upper case', async () => {
    const patched = await patch('/states/state-al', { iso2: 'aq' })
    expect(stateSchema.parse(patched.json)).toMatchObject({ name: 'Albania', iso2: 'AQ' })
    expect(stateSchema.parse((await api('/states/state-al', { token: token.admin })).json).iso2).toBe('AQ')
  })

  it('refuses a change that makes a duplicate, on the field, with the message the document names', async () => {
    const states = await patch('/states/state-al', { name: ' austria ' })
    expect(states.status).toBe(422)
    expect(errorsOf(states.json)).toEqual({ name: 'Another state is already called austria' })
    const code = await patch('/states/state-al', { iso2: 'at' })
    expect(errorsOf(code.json)).toEqual({ iso2: 'Another state already uses AT' })
    const year = await patch('/chairpersonships/chairpersonship-2024', { year: 2025 })
    expect(errorsOf(year.json)).toEqual({ year: 'There is already a chairpersonship for 2025' })
    const partner = await patch('/chairpersonships/chairpersonship-2024', { stateId: 'state-jp' })
    expect(errorsOf(partner.json)).toEqual({
      stateId: 'Japan is a Partner for Co-operation, not a participating State',
    })
    const operation = await patch('/field-operations/field-operation-programme-office-in-dushanbe', {
      name: 'mission to Moldova',
    })
    expect(errorsOf(operation.json)).toEqual({ name: 'Another field operation is already called mission to Moldova' })
    const field = await patch('/fields-of-work/field-of-work-youth', { name: 'Border Management' })
    expect(errorsOf(field.json)).toEqual({ name: 'Another field of work is already called Border Management' })
    expect((await api('/states/state-al', { token: token.admin })).json).toMatchObject({ name: 'Albania', version: 1 })
  })

  it('holds the year closed to the year opened it keeps, either way round', async () => {
    const active = '/field-operations/field-operation-programme-office-in-dushanbe'
    const early = await patch(active, { closed: 1990 })
    expect(early.status).toBe(422)
    expect(errorsOf(early.json)).toEqual({ closed: closedBeforeOpenedMessage })
    const closed = '/field-operations/field-operation-special-monitoring-mission-to-ukraine'
    const late = await patch(closed, { opened: 2023 })
    expect(errorsOf(late.json)).toEqual({ closed: closedBeforeOpenedMessage })
    const unknownHost = await patch(active, { hostStateId: 'state-zz' })
    expect(errorsOf(unknownHost.json)).toEqual({ hostStateId: 'Choose a host State from the list' })
    const closing = await patch(active, { closed: 2026 })
    expect(fieldOperationSchema.parse(closing.json)).toMatchObject({ status: 'closed', closed: 2026, opened: 1994 })
  })

  it('refuses a blank name as the document’s pattern does', async () => {
    const blank = ' \u200E\u00A0'
    expect(new RegExp(visibleTextPattern, 'u').test(blank)).toBe(false)
    expect(new RegExp(visibleTextPattern, 'u').test(' Youth ')).toBe(true)
    const refused = await patch('/fields-of-work/field-of-work-youth', { name: blank })
    expect(errorsOf(refused.json)).toEqual({ name: 'Name is required' })
    const created = await api('/chairpersonships', {
      method: 'POST',
      token: token.admin,
      body: { ...bodies['/chairpersonships'], chairInOffice: { name: '  ', title: 'Minister' } },
    })
    expect(errorsOf(created.json)).toEqual({ 'chairInOffice.name': 'Name is required' })
  })
})

describe('the seed', () => {
  it('meets the input rules, so a change of one field is judged on that field alone', () => {
    const inputs = {
      states: stateInputSchema,
      chairpersonships: chairpersonshipInputSchema,
      fieldOperations: fieldOperationInputSchema,
      fieldsOfWork: fieldOfWorkInputSchema,
      languages: languageInputSchema,
    }
    for (const name of referenceNames)
      for (const record of referenceResources[name].seed)
        expect(inputs[name].safeParse(record).error?.issues, `${name} ${record.id}`).toBeUndefined()
  })
})
