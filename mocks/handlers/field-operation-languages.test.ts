import { beforeEach, describe, expect, it } from 'vitest'
import { fieldOperationPageSchema, fieldOperationSchema, problemSchema } from '../../src/api/contract'
import { commit, find } from '../db'
import { api, tokens } from '../test-support/api'

let token: Awaited<ReturnType<typeof tokens>>
beforeEach(async () => {
  token = await tokens()
})

const dushanbe = 'field-operation-programme-office-in-dushanbe'
const errorsOf = (answer: { status: number; json: unknown }) => {
  expect(answer.status).toBe(422)
  return problemSchema.parse(answer.json).errors ?? {}
}
const read = async (id: string) =>
  fieldOperationSchema.parse((await api(`/field-operations/${id}`, { token: token.editor })).json)
const patch = (id: string, body: Record<string, unknown>) =>
  api(`/field-operations/${id}`, { method: 'PATCH', token: token.admin, body })
const newOperation = {
  name: 'Mission to Exampleland',
  type: 'mission',
  location: 'Testville',
  hostStateId: null,
  head: null,
  opened: 2020,
  closed: null,
}

describe('a field operation’s working languages', () => {
  it('are seeded for every operation, English first, then the host’s languages', async () => {
    const all = fieldOperationPageSchema.parse((await api('/field-operations', { token: token.editor })).json).items
    const codesOf = (name: string) => all.find((operation) => operation.name === name)?.languageCodes
    expect(codesOf('Programme Office in Dushanbe')).toEqual(['en', 'ru', 'tg'])
    expect(codesOf('Mission to Bosnia and Herzegovina')).toEqual(['en', 'bs', 'hr', 'sr'])
    expect(codesOf('Mission in Kosovo')).toEqual(['en', 'sq', 'sr'])
    expect(codesOf('Special Monitoring Mission to Ukraine')).toEqual(['en', 'uk', 'ru'])
    expect(codesOf('Mission to Georgia')).toEqual(['en'])
    expect(all.every((operation) => operation.languageCodes[0] === 'en')).toBe(true)
    const known = new Set(
      (
        (await api('/languages?pageSize=500', { token: token.editor })).json as { items: Array<{ code: string }> }
      ).items.map((language) => language.code),
    )
    expect(all.flatMap((operation) => operation.languageCodes).filter((code) => !known.has(code))).toEqual([])
  })

  it('default to English when a new operation names none, and change in order, in BCP 47’s case', async () => {
    const created = await api('/field-operations', { method: 'POST', token: token.admin, body: newOperation })
    expect(created.status).toBe(201)
    const operation = fieldOperationSchema.parse(created.json)
    expect(operation.languageCodes).toEqual(['en'])

    const changed = await patch(operation.id, { languageCodes: ['RU', 'en', 'sr'], version: 1 })
    expect(fieldOperationSchema.parse(changed.json).languageCodes).toEqual(['ru', 'en', 'sr'])
    // A change of another field keeps them.
    const renamed = await patch(operation.id, { head: 'Ambassador Test', version: 2 })
    expect(fieldOperationSchema.parse(renamed.json)).toMatchObject({
      head: 'Ambassador Test',
      languageCodes: ['ru', 'en', 'sr'],
    })
  })

  it('refuses none, the same twice, a malformed code and a code no language has, on the field', async () => {
    expect(errorsOf(await patch(dushanbe, { languageCodes: [], version: 1 }))).toEqual({
      languageCodes: 'Choose at least one language',
    })
    expect(errorsOf(await patch(dushanbe, { languageCodes: ['en', 'ru', 'RU'], version: 1 }))).toEqual({
      languageCodes: 'Name each language once',
    })
    expect(Object.keys(errorsOf(await patch(dushanbe, { languageCodes: ['en', 'russian'], version: 1 })))).toEqual([
      'languageCodes.1',
    ])
    expect(errorsOf(await patch(dushanbe, { languageCodes: ['en', 'xx', 'tg', 'sr-Cyrl'], version: 1 }))).toEqual({
      languageCodes: 'Unknown language: xx, sr-Cyrl',
    })
    const created = await api('/field-operations', {
      method: 'POST',
      token: token.admin,
      body: { ...newOperation, languageCodes: ['qaa'] },
    })
    expect(errorsOf(created)).toEqual({ languageCodes: 'Unknown language: qaa' })
    expect(await read(dushanbe)).toMatchObject({ languageCodes: ['en', 'ru', 'tg'], version: 1 })
  })

  it('read as English in a record stored before they were kept, which a change then keeps', async () => {
    await commit('fieldOperations', dushanbe, (current) => {
      const { languageCodes: _dropped, ...before } = current!
      return before
    })
    expect(find('fieldOperations', dushanbe)?.languageCodes).toBeUndefined()
    expect((await read(dushanbe)).languageCodes).toEqual(['en'])
    const renamed = await patch(dushanbe, { location: 'Dushanbe, Tajikistan', version: 1 })
    expect(fieldOperationSchema.parse(renamed.json).languageCodes).toEqual(['en'])
  })
})
