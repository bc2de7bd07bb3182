import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { languagePageSchema, languageSchema, problemSchema } from '../../src/api/contract'
import { db, find, store } from '../db'
import { JOURNAL_PREFIX } from '../persistence/journal'
import { createStore, findRecord } from '../persistence/store'
import { enablePersistence } from '../persistence/sync'
import { seedLanguages } from '../seed/languages'
import { api, tokens } from '../test-support/api'

let token: Awaited<ReturnType<typeof tokens>>
beforeEach(async () => {
  token = await tokens()
})
afterEach(() => {
  store.journal = null
  localStorage.clear()
})

const problemOf = (answer: { status: number; contentType: string | null; json: unknown }) => {
  expect(answer.contentType).toContain('application/problem+json')
  return problemSchema.parse(answer.json)
}
const errorsOf = (answer: { status: number; contentType: string | null; json: unknown }) =>
  problemOf(answer).errors ?? {}
const armenian = { code: 'hy', name: 'Armenian', nativeName: 'Հայերեն', script: 'Armn', official: false }
const create = (body: Record<string, unknown>, as: string | null = token.admin) =>
  api('/languages', { method: 'POST', token: as, body })
const patch = (id: string, body: Record<string, unknown>) =>
  api(`/languages/${id}`, { method: 'PATCH', token: token.admin, body })

describe('languages', () => {
  it('are read by everyone signed in, searched by code, name and native name, sorted by name or code', async () => {
    for (const who of [token.editor, token.reviewer, token.admin]) {
      const all = languagePageSchema.parse((await api('/languages', { token: who })).json)
      expect(all.total).toBe(19)
    }
    const search = async (q: string) =>
      languagePageSchema
        .parse((await api(`/languages?q=${encodeURIComponent(q)}`, { token: token.editor })).json)
        .items.map((language) => language.code)
    expect(await search('RU')).toEqual(['ru'])
    expect(await search('русский')).toEqual(['ru'])
    expect(await search('turkmence')).toEqual(['tk'])
    expect(await search('romana')).toEqual(['ro'])
    const byCode = languagePageSchema.parse(
      (await api('/languages?sort=-code&pageSize=3', { token: token.editor })).json,
    )
    expect(byCode.items.map((language) => language.code)).toEqual(['uz', 'uk', 'tk'])
    const byName = languagePageSchema.parse((await api('/languages?pageSize=2', { token: token.editor })).json)
    expect(byName.items.map((language) => language.name)).toEqual(['Albanian', 'Bosnian'])
    const one = languageSchema.parse((await api('/languages/language-sr', { token: token.reviewer })).json)
    expect(one).toMatchObject({ code: 'sr', nativeName: 'Српски', script: 'Cyrl', official: false })
    expect(problemOf(await api('/languages', { token: null })).status).toBe(401)
    expect(problemOf(await api('/languages/language-xx', { token: token.editor })).status).toBe(404)
  })

  it('are created by admins only, the code in BCP 47’s case', async () => {
    expect(problemOf(await create(armenian, token.editor)).status).toBe(403)
    expect(problemOf(await create(armenian, token.reviewer)).status).toBe(403)
    expect(problemOf(await create(armenian, null)).status).toBe(401)
    const created = await create({ ...armenian, code: 'HY-armn' })
    expect(created.status).toBe(201)
    expect(languageSchema.parse(created.json)).toMatchObject({ code: 'hy-Armn', nativeName: 'Հայերեն', version: 1 })
    expect(created.headers.get('Location')).toBe(`/api/languages/${created.json.id}`)
  })

  it('refuse a malformed code, an unknown script and blank names on their fields', async () => {
    const refused = await create({ ...armenian, code: 'english', script: 'Latin', nativeName: ' ' })
    expect(refused.status).toBe(422)
    expect(errorsOf(refused)).toEqual({
      code: 'Code must be a BCP 47 tag: two or three letters, then optionally a script (sr-Latn)',
      script: 'Choose a script',
      nativeName: 'Native name is required',
    })
    expect(errorsOf(await create({ ...armenian, code: 'sr-RS' })).code).toMatch(/BCP 47/)
  })

  it('keep codes and names unique, ignoring case (and accents in names)', async () => {
    const code = await create({ ...armenian, code: 'RU' })
    expect(code.status).toBe(422)
    expect(errorsOf(code)).toEqual({ code: 'Russian already uses ru' })
    const name = await create({ ...armenian, name: 'ROMANIAN' })
    expect(errorsOf(name)).toEqual({ name: 'Another language is already called ROMANIAN' })
    const renamed = await patch('language-tg', { name: 'Uzbek', version: 1 })
    expect(errorsOf(renamed)).toEqual({ name: 'Another language is already called Uzbek' })
  })

  it('never change their code, and need the version a change was based on', async () => {
    const refused = await patch('language-sr', { code: 'sr-Latn', version: 1 })
    expect(refused.status).toBe(422)
    expect(errorsOf(refused)).toEqual({ code: 'A language’s code cannot change; add a new language instead' })
    expect(find('languages', 'language-sr')).toMatchObject({ code: 'sr', version: 1 })
    // The same code in another case is no change.
    const same = await patch('language-sr', { code: 'SR', nativeName: 'Srpski', script: 'Latn', version: 1 })
    expect(same.status).toBe(200)
    expect(languageSchema.parse(same.json)).toMatchObject({ code: 'sr', nativeName: 'Srpski', version: 2 })
    const stale = await patch('language-sr', { nativeName: 'Српски', version: 1 })
    expect(stale.status).toBe(409)
    expect(problemOf(stale).currentVersion).toBe(2)
    expect(problemOf(await patch('language-xx', { name: 'Nothing', version: 1 })).status).toBe(404)
    const editor = await api('/languages/language-sr', {
      method: 'PATCH',
      token: token.editor,
      body: { nativeName: 'x', version: 2 },
    })
    expect(problemOf(editor).status).toBe(403)
  })

  it('cannot be deleted while a release is written in one, nor when official', async () => {
    const official = await api('/languages/language-ru', { method: 'DELETE', token: token.admin })
    expect(official.status).toBe(409)
    expect(problemOf(official).detail).toBe(
      'Russian cannot be deleted: it is one of the OSCE’s six official languages.',
    )

    const release = await api('/releases', {
      method: 'POST',
      token: token.editor,
      body: {
        type: 'press-release',
        title: 'Саммит в Душанбе',
        language: 'TG',
        dateline: { place: 'Dushanbe', date: '2024-06-26' },
        sourceIds: ['structure-chairpersonship'],
      },
    })
    expect(release.json.language).toBe('tg')
    const used = await api('/languages/language-tg', { method: 'DELETE', token: token.admin })
    expect(used.status).toBe(409)
    // This one and any the seed translated into Tajik; and the Programme Office in Dushanbe.
    const inTajik = db.releases.findMany((q) => q.where((record) => record.language === 'tg')).length
    expect(inTajik).toBeGreaterThanOrEqual(1)
    expect(problemOf(used).detail).toBe(
      `Tajik cannot be deleted: it is used by ${inTajik} release${inTajik === 1 ? '' : 's'} and 1 field operation. Remove those references first.`,
    )

    // Kazakh: the Programme Office in Astana's working language, until it no longer names it.
    const astana = '/field-operations/field-operation-programme-office-in-astana'
    const kazakh = await api('/languages/language-kk', { method: 'DELETE', token: token.admin })
    expect(problemOf(kazakh).detail).toBe(
      'Kazakh cannot be deleted: it is used by 1 field operation. Remove those references first.',
    )
    const dropped = await api(astana, {
      method: 'PATCH',
      token: token.admin,
      body: { languageCodes: ['en', 'ru'], version: 1 },
    })
    expect(dropped.status).toBe(200)
    expect(problemOf(await api('/languages/language-kk', { method: 'DELETE', token: token.editor })).status).toBe(403)
    expect((await api('/languages/language-kk', { method: 'DELETE', token: token.admin })).status).toBe(204)
    expect(db.languages.all().some((language) => language.code === 'kk')).toBe(false)
    expect(problemOf(await api('/languages/language-kk', { method: 'DELETE', token: token.admin })).status).toBe(404)
  })
})

describe('a demo database saved before languages existed', () => {
  it('gets the seeded languages: the seed is rebuilt under its journal on every start', async () => {
    // A journal of the same generation, as a demo kept it before this change: a renamed field of work.
    localStorage.setItem(`${JOURNAL_PREFIX}settings`, JSON.stringify({ releases: 20, generation: 'before' }))
    const field = { id: 'field-of-work-youth', name: 'Youth and children', version: 2 }
    localStorage.setItem(`${JOURNAL_PREFIX}fieldsOfWork/${field.id}`, JSON.stringify({ record: field }))

    const tab = createStore(20)
    await enablePersistence(tab, localStorage)
    expect(findRecord(tab.database, 'fieldsOfWork', field.id)).toEqual(field)
    expect(tab.database.languages.all().map((language) => language.code)).toEqual(
      seedLanguages.map((language) => language.code),
    )
  })
})
