import { beforeEach, describe, expect, it } from 'vitest'
import {
  fieldOperationSchema,
  problemSchema,
  releaseSchema,
  structurePageSchema,
  structureSchema,
} from '../../src/api/contract'
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
