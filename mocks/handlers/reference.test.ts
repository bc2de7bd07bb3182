import { beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  chairpersonshipPageSchema,
  chairpersonshipSchema,
  fieldOfWorkSchema,
  fieldOperationPageSchema,
  fieldOperationSchema,
  problemSchema,
  releaseSchema,
  statePageSchema,
  stateInputSchema,
  stateSchema,
  structurePageSchema,
  structureSchema,
} from '../../src/api/contract'
import { api, tokens } from '../test-support/api'

let token: Awaited<ReturnType<typeof tokens>>
beforeEach(async () => {
  token = await tokens()
})
const errorsOf = (json: unknown) => problemSchema.parse(json).errors ?? {}
/** The pattern the API document gives a field. */
const patternOf = (field: z.ZodType, io: 'input' | 'output') =>
  new RegExp((z.toJSONSchema(field, { io }) as { pattern: string }).pattern)

describe('states', () => {
  it('lists with search (accent-insensitive), kind filter, sorting and paging', async () => {
    const turk = statePageSchema.parse((await api('/states?q=turk', { token: token.editor })).json)
    expect(turk.items.map((state) => state.name)).toEqual(['Türkiye', 'Turkmenistan'])
    const asian = statePageSchema.parse(
      (await api('/states?kind=asian-partner&sort=-iso2', { token: token.reviewer })).json,
    )
    expect(asian.items.map((state) => state.iso2)).toEqual(['TH', 'KR', 'JP', 'AU', 'AF'])
    const page = statePageSchema.parse((await api('/states?pageSize=10&page=7', { token: token.editor })).json)
    expect(page).toMatchObject({ total: 68, page: 7 })
    expect(page.items).toHaveLength(8)
  })

  it('refuses ISO codes that are not on the ISO 3166-1 list, naming the two-letter code of an alpha-3', async () => {
    const body = { name: 'Türkiye again', kind: 'participating-state' }
    const alpha3 = await api('/states', { method: 'POST', token: token.admin, body: { ...body, iso2: 'tur' } })
    expect(alpha3.status).toBe(422)
    expect(errorsOf(alpha3.json).iso2).toBe('Use the two-letter code: TUR is TR')
    const unknown = await api('/states', { method: 'POST', token: token.admin, body: { ...body, iso2: 'TU' } })
    expect(unknown.status).toBe(422)
    expect(errorsOf(unknown.json).iso2).toBe('TU is not a country code of ISO 3166-1')
    const patched = await api('/states/state-tr', {
      method: 'PATCH',
      token: token.admin,
      body: { name: 'Türkiye', iso2: 'TU', kind: 'participating-state', capital: 'Ankara', version: 1 },
    })
    expect(patched.status).toBe(422)
    expect(errorsOf(patched.json).iso2).toBe('TU is not a country code of ISO 3166-1')
  })

  it('is changed by admins only, with unique names and ISO codes', async () => {
    const body = { name: 'Kosovo test', iso2: 'gs', kind: 'participating-state' }
    expect((await api('/states', { method: 'POST', token: token.editor, body })).status).toBe(403)
    const created = await api('/states', { method: 'POST', token: token.admin, body })
    expect(created.status).toBe(201)
    const state = stateSchema.parse(created.json)
    expect(state).toMatchObject({ iso2: 'GS', version: 1 })

    const duplicate = await api(`/states/${state.id}`, {
      method: 'PATCH',
      token: token.admin,
      body: { ...body, iso2: 'AL', version: 1 },
    })
    expect(duplicate.status).toBe(422)
    expect(errorsOf(duplicate.json).iso2).toBe('Another state already uses AL')
    const renamed = await api(`/states/${state.id}`, {
      method: 'PATCH',
      token: token.admin,
      body: { ...body, name: 'Renamed', version: 1 },
    })
    expect(stateSchema.parse(renamed.json)).toMatchObject({ name: 'Renamed', version: 2 })
    const stale = await api(`/states/${state.id}`, {
      method: 'PATCH',
      token: token.admin,
      body: { ...body, version: 1 },
    })
    expect(stale.status).toBe(409)
    expect(stale.json).toMatchObject({ currentVersion: 2 })
    expect((await api(`/states/${state.id}`, { method: 'DELETE', token: token.admin })).status).toBe(204)
    expect((await api(`/states/${state.id}`, { token: token.admin })).status).toBe(404)
  })

  it('says in the document what it takes: an ISO code in either case, answered in upper case', async () => {
    const inputPattern = patternOf(stateInputSchema.shape.iso2, 'input')
    const answerPattern = patternOf(stateSchema.shape.iso2, 'output')
    const created = await api('/states', {
      method: 'POST',
      token: token.admin,
      body: { name: 'Bouvet', iso2: 'bv', kind: 'participating-state' },
    })
    expect(inputPattern.test('bv')).toBe(true)
    expect(stateSchema.parse(created.json)).toMatchObject({ iso2: 'BV', capital: null })
    expect(answerPattern.test(created.json.iso2)).toBe(true)
    expect(answerPattern.test('bv')).toBe(false)
  })

  it('answers a duplicate with 422 on its fields, never 409', async () => {
    const duplicate = await api('/states', {
      method: 'POST',
      token: token.admin,
      body: { name: 'ALBANIA', iso2: 'al', kind: 'participating-state' },
    })
    expect(duplicate.status).toBe(422)
    expect(errorsOf(duplicate.json)).toEqual({
      name: 'Another state is already called ALBANIA',
      iso2: 'Another state already uses AL',
    })
  })

  it('refuses to delete a state in use, naming what uses it', async () => {
    const { status, json } = await api('/states/state-tj', { method: 'DELETE', token: token.admin })
    expect(status).toBe(409)
    const detail = problemSchema.parse(json).detail!
    expect(detail).toMatch(/Tajikistan cannot be deleted: it is used by \d+ releases?/)
    expect(detail).toContain('Programme Office in Dushanbe')
    expect((await api('/states/state-mt', { method: 'DELETE', token: token.admin })).json.detail).toContain(
      'chairpersonship of 2024',
    )
  })
})

describe('chairpersonships', () => {
  it('lists by year with the chairing state resolved', async () => {
    const page = chairpersonshipPageSchema.parse(
      (await api('/chairpersonships?sort=-year', { token: token.editor })).json,
    )
    expect(page.items[0]).toMatchObject({ year: 2026, state: { id: 'state-ch', name: 'Switzerland' } })
    const borg = chairpersonshipPageSchema.parse((await api('/chairpersonships?q=borg', { token: token.editor })).json)
    expect(borg.items.map((chair) => chair.year)).toEqual([2024])
  })

  it('allows one per year, chaired by a participating State', async () => {
    const body = { year: 2024, stateId: 'state-jp', chairInOffice: { name: 'A. Person', title: 'Minister' } }
    const invalid = await api('/chairpersonships', { method: 'POST', token: token.admin, body })
    expect(invalid.status).toBe(422)
    expect(Object.keys(errorsOf(invalid.json)).toSorted()).toEqual(['stateId', 'year'])
    const created = await api('/chairpersonships', {
      method: 'POST',
      token: token.admin,
      body: { ...body, year: 2027, stateId: 'state-at' },
    })
    expect(chairpersonshipSchema.parse(created.json)).toMatchObject({ year: 2027, state: { name: 'Austria' } })
  })

  it('can always be deleted: nothing refers to a chairpersonship', async () => {
    for (const chair of chairpersonshipPageSchema.parse((await api('/chairpersonships', { token: token.admin })).json)
      .items)
      expect((await api(`/chairpersonships/${chair.id}`, { method: 'DELETE', token: token.admin })).status).toBe(204)
  })
})

describe('field operations and fields of work', () => {
  it('derive status from closed and check the host state', async () => {
    const closed = fieldOperationPageSchema.parse(
      (await api('/field-operations?status=closed', { token: token.editor })).json,
    )
    expect(closed.total).toBe(8)
    expect(closed.items.every((operation) => operation.status === 'closed' && operation.closed !== null)).toBe(true)
    const dushanbe = fieldOperationSchema.parse(
      (await api('/field-operations/field-operation-programme-office-in-dushanbe', { token: token.editor })).json,
    )
    expect(dushanbe).toMatchObject({
      head: 'Ambassador Willy Kempel',
      hostState: { id: 'state-tj', name: 'Tajikistan' },
      status: 'active',
    })

    const body = {
      name: 'Mission to Nowhere',
      type: 'mission',
      location: 'Nowhere',
      hostStateId: 'state-zz',
      head: null,
      opened: 2020,
      closed: 2019,
    }
    const bad = await api('/field-operations', { method: 'POST', token: token.admin, body })
    expect(bad.status).toBe(422)
    expect(errorsOf(bad.json).closed).toBeTruthy()
    const unknownHost = await api('/field-operations', {
      method: 'POST',
      token: token.admin,
      body: { ...body, closed: null },
    })
    expect(errorsOf(unknownHost.json)).toEqual({ hostStateId: 'Choose a host State from the list' })
    const ok = await api('/field-operations', {
      method: 'POST',
      token: token.admin,
      body: { ...body, hostStateId: null, closed: 2024 },
    })
    expect(fieldOperationSchema.parse(ok.json)).toMatchObject({ status: 'closed', hostState: null })
    expect(
      (
        await api('/field-operations/field-operation-programme-office-in-dushanbe', {
          method: 'DELETE',
          token: token.admin,
        })
      ).status,
    ).toBe(409)
  })

  it('reopen a closed operation: the same PATCH, with no year closed; admins only, on the version seen', async () => {
    const path = '/field-operations/field-operation-special-monitoring-mission-to-ukraine'
    const closed = fieldOperationSchema.parse((await api(path, { token: token.admin })).json)
    expect(closed).toMatchObject({ status: 'closed', closed: 2022, version: 1 })
    const { id: _id, hostState, status: _status, version: _version, ...fields } = closed
    const reopen = { ...fields, hostStateId: hostState?.id ?? null, closed: null }

    for (const who of [token.editor, token.reviewer])
      expect((await api(path, { method: 'PATCH', token: who, body: { ...reopen, version: 1 } })).status).toBe(403)
    expect((await api(path, { method: 'PATCH', body: { ...reopen, version: 1 } })).status).toBe(401)
    const noVersion = await api(path, { method: 'PATCH', token: token.admin, body: reopen })
    expect(noVersion.status).toBe(422)
    expect(errorsOf(noVersion.json).version).toBeTruthy()
    expect((await api(path, { method: 'PATCH', token: token.admin, body: { ...reopen, version: 7 } })).status).toBe(409)

    const reopened = await api(path, { method: 'PATCH', token: token.admin, body: { ...reopen, version: 1 } })
    expect(reopened.status).toBe(200)
    expect(fieldOperationSchema.parse(reopened.json)).toMatchObject({ status: 'active', closed: null, version: 2 })
    const active = fieldOperationPageSchema.parse(
      (await api('/field-operations?status=active', { token: token.editor })).json,
    )
    expect(active.items.map((operation) => operation.name)).toContain('Special Monitoring Mission to Ukraine')
    // Someone who saw it closed (version 1) and reopens again is told it changed.
    expect((await api(path, { method: 'PATCH', token: token.admin, body: { ...reopen, version: 1 } })).status).toBe(409)
  })

  it('show a rename in every release that refers to it', async () => {
    const field = fieldOfWorkSchema.parse(
      (await api('/fields-of-work/field-of-work-border-management', { token: token.admin })).json,
    )
    const renamed = await api(`/fields-of-work/${field.id}`, {
      method: 'PATCH',
      token: token.admin,
      body: { name: 'Border security and management', version: field.version },
    })
    expect(renamed.status).toBe(200)
    const release = releaseSchema.parse((await api('/releases/release-borg-tajikistan', { token: token.editor })).json)
    expect(release.fieldsOfWork[0]).toEqual({ id: field.id, name: 'Border security and management' })
    const taken = await api(`/fields-of-work/${field.id}`, {
      method: 'PATCH',
      token: token.admin,
      body: { name: 'youth', version: 2 },
    })
    expect(errorsOf(taken.json).name).toBeTruthy()
    expect((await api(`/fields-of-work/${field.id}`, { method: 'DELETE', token: token.reviewer })).status).toBe(403)
    expect((await api(`/fields-of-work/${field.id}`, { method: 'DELETE', token: token.admin })).status).toBe(409)
  })
})

describe('structures', () => {
  it('include the field operations as sources named "OSCE …", read only', async () => {
    const operations = structurePageSchema.parse(
      (await api('/structures?kind=field-operation', { token: token.editor })).json,
    )
    expect(operations.total).toBe(20)
    const dushanbe = structureSchema.parse(
      (await api('/structures/structure-field-operation-programme-office-in-dushanbe', { token: token.editor })).json,
    )
    expect(dushanbe).toMatchObject({ kind: 'field-operation', sourceName: 'OSCE Programme Office in Dushanbe' })
    const all = structurePageSchema.parse((await api('/structures?sort=kind', { token: token.editor })).json)
    expect(all.total).toBe(38)
    expect(all.items[0]!.kind).toBe('chairpersonship')
    expect((await api('/structures', { method: 'POST', token: token.admin, body: {} })).status).toBe(405)
    expect((await api('/nothing-here', { token: token.admin })).status).toBe(404)
  })
})
