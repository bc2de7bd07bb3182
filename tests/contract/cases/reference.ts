/** The reference collections (states, chairpersonships, field operations, fields of work, languages): the same five operations each. */
import { operationByKey, requestBodyProblem } from '../document'
import { expectCall, expectThat, setUp } from '../http'
import {
  createReference,
  draft,
  forget,
  freeIsoCode,
  freeLanguageCode,
  referenceChange,
  referenceInputs,
  referencePaths,
  seed,
  unique,
  type ReferencePath,
} from '../fixtures'
import { signedInRoles, type Case, type Cases } from './case'
import { checkLocation, checkReplay } from './releases'

/** Per collection: a valid list query, the fields a partial change leaves alone, bodies that break its own rules. */
const specifics: Record<
  ReferencePath,
  {
    query: Record<string, string>
    badQueries: Array<Record<string, string>>
    /** A partial change (besides `version`) and the fields of the answer it must leave alone. */
    partial: (record: Record<string, unknown>) => { change: Record<string, unknown>; unchanged: string[] }
    /** A duplicate of an existing record's body (a 422), given that record. */
    duplicate: (
      record: Record<string, unknown>,
      fresh: Record<string, unknown>,
    ) => Record<string, Record<string, unknown>>
    /** Bodies (by why) that the collection's rules refuse: 422. */
    invalid: (fresh: Record<string, unknown>) => Record<string, Record<string, unknown>>
    /** Makes the record used by something, so that deleting it answers 409; absent when nothing can use one. */
    makeUsed?: (id: string) => Promise<void>
  }
> = {
  '/states': {
    query: { kind: 'participating-state', sort: '-iso2', q: 'a' },
    badQueries: [{ kind: 'ally' }, { sort: 'capital' }, { pageSize: '501' }],
    partial: () => ({ change: { name: unique('Renamed State') }, unchanged: ['iso2', 'kind', 'capital'] }),
    duplicate: (record, fresh) => ({
      'the name of another State': { ...fresh, name: record.name },
      'the ISO code of another State': { ...fresh, iso2: record.iso2 },
    }),
    invalid: (fresh) => ({
      'a blank name': { ...fresh, name: '   ' },
      'an alpha-3 code': { ...fresh, iso2: 'AUT' },
      'a code that is no country': { ...fresh, iso2: 'QQ' },
      'an unknown kind': { ...fresh, kind: 'ally' },
    }),
    makeUsed: async (id) => {
      await draft('editor', { stateIds: [id] })
    },
  },
  '/chairpersonships': {
    query: { sort: '-year', q: '20' },
    badQueries: [{ sort: 'name' }, { page: '0' }],
    partial: () => ({
      change: { chairInOffice: { name: unique('Another Chair'), title: 'Prime Minister' } },
      unchanged: ['year', 'state'],
    }),
    duplicate: (record, fresh) => ({ 'the year of another chairpersonship': { ...fresh, year: record.year } }),
    invalid: (fresh) => ({
      'a Partner for Co-operation as chair': { ...fresh, stateId: seed.partnerStateId },
      'an unknown State': { ...fresh, stateId: 'state-contract-none' },
      'a year before 1975': { ...fresh, year: 1900 },
      'a blank name of the chair': { ...fresh, chairInOffice: { name: ' ', title: 'Minister' } },
    }),
  },
  '/field-operations': {
    query: { status: 'active', sort: '-opened', q: 'o' },
    badQueries: [{ status: 'open' }, { sort: 'head' }],
    partial: () => ({
      change: { head: 'Another Head' },
      unchanged: ['name', 'type', 'location', 'hostState', 'opened', 'closed', 'languageCodes'],
    }),
    duplicate: (record, fresh) => ({ 'the name of another field operation': { ...fresh, name: record.name } }),
    invalid: (fresh) => ({
      'a closing year before the opening year': { ...fresh, opened: 2001, closed: 1999 },
      'an unknown host State': { ...fresh, hostStateId: 'state-contract-none' },
      'a blank location': { ...fresh, location: '  ' },
      'an unknown type': { ...fresh, type: 'embassy' },
      'no working language': { ...fresh, languageCodes: [] },
      'the same working language twice': { ...fresh, languageCodes: ['en', 'EN'] },
      'a working language that is no BCP 47 tag': { ...fresh, languageCodes: ['english'] },
    }),
    makeUsed: async (id) => {
      const release = await draft()
      await setUp(
        'POST /releases/assignments',
        { as: 'admin', body: { releaseIds: [release.id], fieldOperationIds: [id], mode: 'add' } },
        200,
        'assigning a release to it',
      )
    },
  },
  '/fields-of-work': {
    query: { sort: '-name', q: 'o' },
    badQueries: [{ sort: 'id' }, { pageSize: 'all' }],
    partial: () => ({ change: { name: unique('Renamed field of work') }, unchanged: [] }),
    duplicate: (record, fresh) => ({
      'the name of another field of work': { ...fresh, name: record.name },
      'the same name in other case and spacing': { ...fresh, name: `  ${String(record.name).toUpperCase()} ` },
    }),
    invalid: (fresh) => ({
      'a blank name': { ...fresh, name: ' \t ' },
      'a name over 100 characters': { ...fresh, name: 'n'.repeat(101) },
    }),
    makeUsed: async (id) => {
      await draft('editor', { fieldOfWorkIds: [id] })
    },
  },
  '/languages': {
    query: { sort: '-code', q: 'ru' },
    badQueries: [{ sort: 'script' }, { official: 'true' }, { pageSize: '0' }],
    partial: () => ({
      change: { nativeName: unique('Autre nom') },
      unchanged: ['code', 'name', 'script', 'official'],
    }),
    duplicate: (record, fresh) => ({
      'the name of another language': { ...fresh, name: record.name },
      'the code of another language, in other case': { ...fresh, code: String(record.code).toUpperCase() },
    }),
    invalid: (fresh) => ({
      'a code that is no BCP 47 tag': { ...fresh, code: 'english' },
      'a code with a region instead of a script': { ...fresh, code: 'sr-RS' },
      'a script outside ISO 15924’s list': { ...fresh, script: 'Latin' },
      'a blank native name': { ...fresh, nativeName: '  ' },
    }),
    makeUsed: async (id) => {
      const { code } = (await setUp('GET /languages/{id}', { as: 'editor', params: { id } }, 200)).json
      await draft('editor', { language: code })
    },
  },
}

function casesOf(path: ReferencePath): Cases {
  const own = specifics[path]
  const one = `${path}/{id}`
  const [list, create, read, change, remove] = [
    `GET ${path}`,
    `POST ${path}`,
    `GET ${one}`,
    `PATCH ${one}`,
    `DELETE ${one}`,
  ]
  const fresh = () => referenceInputs[path]()
  const whole = (record: Record<string, unknown>) => referenceChange(path, record)
  const nonAdmins = ['editor', 'otherEditor', 'reviewer'] as const
  const noSuchId = `${path.slice(1)}-contract-none`
  const cases: Record<string, Case[]> = {
    [list]: [
      {
        name: 'every signed-in role lists them, filtered, sorted, a page at a time',
        run: async () => {
          for (const as of signedInRoles) await expectCall(list, { as }, 200)
          await expectCall(list, { as: 'editor', query: own.query }, 200)
          const page = await expectCall(list, { as: 'editor', query: { page: '2', pageSize: '3' } }, 200)
          expectThat(page, page.json.page === 2 && page.json.pageSize === 3, 'page 2 of 3')
        },
      },
      {
        name: 'malformed query values: 422',
        run: async () => {
          for (const query of own.badQueries)
            await expectCall(list, { as: 'editor', query }, 422, JSON.stringify(query))
        },
      },
    ],
    [create]: [
      {
        name: 'an admin creates one: 201 with its Location',
        run: async () => {
          const created = await expectCall(create, { as: 'admin', body: await fresh() }, 201)
          forget(path, created.json.id)
          await checkLocation(created, read)
        },
      },
      {
        name: 'editors and reviewers may not: 403',
        run: async () => {
          for (const as of nonAdmins) await expectCall(create, { as, body: await fresh() }, 403)
        },
      },
      {
        name: 'missing fields, and the collection’s own rules: 422',
        run: async () => {
          await expectCall(create, { as: 'admin', body: {} }, 422, 'an empty body')
          await expectCall(create, { as: 'admin', rawBody: 'name=x' }, 422, 'not JSON')
          for (const [why, body] of Object.entries(own.invalid(await fresh())))
            await expectCall(create, { as: 'admin', body }, 422, why)
        },
      },
      {
        name: 'a duplicate of an existing record: 422',
        run: async () => {
          const existing = await createReference(path)
          for (const [why, body] of Object.entries(own.duplicate(existing, await fresh())))
            await expectCall(create, { as: 'admin', body }, 422, why)
        },
      },
      {
        name: 'Idempotency-Key: a repeat is replayed, another body with it is refused',
        run: async () => {
          const body = await fresh()
          const first = await checkReplay(create, { as: 'admin', body }, 201, { as: 'admin', body: await fresh() })
          forget(path, first.json.id)
        },
      },
    ],
    [read]: [
      {
        name: 'every signed-in role reads one',
        run: async () => {
          const record = await createReference(path)
          for (const as of signedInRoles) await expectCall(read, { as, params: { id: record.id } }, 200)
        },
      },
      {
        name: 'an unknown id: 404',
        run: async () => {
          await expectCall(read, { as: 'editor', params: { id: noSuchId } }, 404)
        },
      },
    ],
    [change]: [
      {
        name: 'an admin changes one with a whole body: 200, a new version',
        run: async () => {
          const record = await createReference(path)
          const body = { ...(await whole(record)), version: record.version }
          const changed = await expectCall(change, { as: 'admin', params: { id: record.id }, body }, 200)
          expectThat(changed, changed.json.version > record.version, 'a new version')
        },
      },
      {
        name: 'a partial change changes only the fields it names',
        run: async () => {
          const record = await createReference(path)
          const { change: partial, unchanged } = own.partial(record)
          const changed = await expectCall(
            change,
            { as: 'admin', params: { id: record.id }, body: { ...partial, version: record.version } },
            200,
          )
          for (const field of unchanged)
            expectThat(
              changed,
              JSON.stringify(changed.json[field]) === JSON.stringify(record[field]),
              `${field} stays as it was`,
            )
        },
      },
      {
        name: 'editors and reviewers may not: 403',
        run: async () => {
          const record = await createReference(path)
          for (const as of nonAdmins)
            await expectCall(
              change,
              { as, params: { id: record.id }, body: { ...(await whole(record)), version: record.version } },
              403,
            )
        },
      },
      {
        name: 'a stale version: 409 with currentVersion',
        run: async () => {
          const record = await createReference(path)
          const changed = await expectCall(
            change,
            { as: 'admin', params: { id: record.id }, body: { ...(await whole(record)), version: record.version } },
            200,
          )
          const stale = await expectCall(
            change,
            { as: 'admin', params: { id: record.id }, body: { ...(await whole(record)), version: record.version } },
            409,
          )
          expectThat(
            stale,
            stale.json.currentVersion === changed.json.version,
            `currentVersion is ${changed.json.version}`,
          )
        },
      },
      {
        name: 'an unknown id: 404',
        run: async () => {
          await expectCall(
            change,
            { as: 'admin', params: { id: noSuchId }, body: { ...(await fresh()), version: 1 } },
            404,
          )
        },
      },
      {
        name: 'the collection’s own rules, a duplicate, no version: 422',
        run: async () => {
          const [existing, record] = [await createReference(path), await createReference(path)]
          const params = { id: record.id }
          const bodies = { ...own.invalid(await whole(record)), ...own.duplicate(existing, await whole(record)) }
          for (const [why, body] of Object.entries(bodies))
            await expectCall(change, { as: 'admin', params, body: { ...body, version: record.version } }, 422, why)
          await expectCall(change, { as: 'admin', params, body: await whole(record) }, 422, 'no version')
        },
      },
    ],
    [remove]: [
      {
        name: 'an admin deletes one nothing uses: 204, then 404',
        run: async () => {
          const record = await createReference(path)
          await expectCall(remove, { as: 'admin', params: { id: record.id } }, 204)
          await expectCall(read, { as: 'admin', params: { id: record.id } }, 404, 'after its deletion')
          await expectCall(remove, { as: 'admin', params: { id: record.id } }, 404, 'deleted twice')
        },
      },
      {
        name: 'editors and reviewers may not: 403',
        run: async () => {
          const record = await createReference(path)
          for (const as of nonAdmins) await expectCall(remove, { as, params: { id: record.id } }, 403)
        },
      },
    ],
  }
  const makeUsed = own.makeUsed
  if (makeUsed)
    cases[remove]!.push({
      name: 'one that something uses: 409',
      run: async () => {
        const record = await createReference(path)
        await makeUsed(record.id)
        await expectCall(remove, { as: 'admin', params: { id: record.id } }, 409)
      },
    })
  return cases
}

/** A lower-case ISO code: refused when the document's pattern refuses it, else accepted and stored upper case. */
const lowerCaseIsoCode: Case = {
  name: 'a lower-case ISO code: as the document says (422 if its pattern refuses it, else stored upper case)',
  run: async () => {
    const operation = operationByKey.get('POST /states')!
    const body = { ...(await referenceInputs['/states']()), iso2: (await freeIsoCode()).toLowerCase() }
    if (requestBodyProblem(operation, body)) await expectCall('POST /states', { as: 'admin', body }, 422)
    else {
      const created = await expectCall('POST /states', { as: 'admin', body }, 201)
      forget('/states', created.json.id)
      expectThat(created, created.json.iso2 === body.iso2.toUpperCase(), 'stored upper case')
    }
  },
}

/** A language keeps its code: releases name it by the code. */
const languageCodeKept: Case = {
  name: 'another code: 422 on `code`, the language unchanged',
  run: async () => {
    const record = await createReference('/languages')
    const refused = await expectCall(
      'PATCH /languages/{id}',
      { as: 'admin', params: { id: record.id }, body: { code: await freeLanguageCode(), version: record.version } },
      422,
    )
    expectThat(refused, typeof refused.json.errors?.code === 'string', 'errors.code says why')
    const after = await expectCall('GET /languages/{id}', { as: 'admin', params: { id: record.id } }, 200)
    expectThat(after, after.json.code === record.code && after.json.version === record.version, 'unchanged')
  },
}

/** The six official languages stay, whatever uses them. */
const officialLanguageKept: Case = {
  name: 'an official language: 409',
  run: async () => {
    const languages = (await setUp('GET /languages', { as: 'admin', query: { pageSize: '500' } }, 200)).json
      .items as Array<{ id: string; official: boolean }>
    const official = languages.find((language) => language.official)
    if (!official) throw new Error('The seed has no official language (GET /languages)')
    await expectCall('DELETE /languages/{id}', { as: 'admin', params: { id: official.id } }, 409)
  },
}

/** A code in another case is taken and answered in BCP 47's case. */
const languageCodeCase: Case = {
  name: 'a code in upper case: answered in BCP 47’s case',
  run: async () => {
    const body = { ...(await referenceInputs['/languages']()) }
    const created = await expectCall(
      'POST /languages',
      { as: 'admin', body: { ...body, code: `${body.code.toUpperCase()}-LATN` } },
      201,
    )
    forget('/languages', created.json.id)
    expectThat(created, created.json.code === `${body.code}-Latn`, `stored as ${body.code}-Latn`)
  },
}

/** A body written before working languages existed still creates one: it works in English. */
const workingLanguagesDefault: Case = {
  name: 'no `languageCodes`: it works in English (["en"])',
  run: async () => {
    const body = await referenceInputs['/field-operations']() // names no working languages
    const created = await expectCall('POST /field-operations', { as: 'admin', body }, 201)
    forget('/field-operations', created.json.id)
    const codes = created.json.languageCodes as unknown
    expectThat(created, JSON.stringify(codes) === '["en"]', 'languageCodes ["en"]')
  },
}

/** A working language must be one of GET /languages: a code no language has is refused on the field, naming it. */
const unknownWorkingLanguage: Case = {
  name: 'a working language no language has: 422 on `languageCodes`, naming it',
  run: async () => {
    const code = await freeLanguageCode()
    const body = { ...(await referenceInputs['/field-operations']()), languageCodes: ['en', code] }
    const refused = await expectCall('POST /field-operations', { as: 'admin', body }, 422)
    const message = refused.json.errors?.languageCodes as unknown
    expectThat(refused, typeof message === 'string' && message.includes(code), `errors.languageCodes names ${code}`)

    const record = await createReference('/field-operations')
    await expectCall(
      'PATCH /field-operations/{id}',
      { as: 'admin', params: { id: record.id }, body: { languageCodes: [code], version: record.version } },
      422,
    )
    const after = await expectCall('GET /field-operations/{id}', { as: 'admin', params: { id: record.id } }, 200)
    expectThat(after, after.json.version === record.version, 'unchanged')
  },
}

/** A language a field operation works in stays while it does. */
const workingLanguageKept: Case = {
  name: 'one a field operation works in: 409',
  run: async () => {
    const language = await createReference('/languages')
    const operation = await createReference('/field-operations')
    await setUp(
      'PATCH /field-operations/{id}',
      {
        as: 'admin',
        params: { id: operation.id },
        body: { languageCodes: ['en', language.code], version: operation.version },
      },
      200,
      'naming it among its working languages',
    )
    await expectCall('DELETE /languages/{id}', { as: 'admin', params: { id: language.id } }, 409)
  },
}

const all = Object.assign({}, ...referencePaths.map(casesOf)) as Cases
all['POST /states']!.push(lowerCaseIsoCode)
all['POST /languages']!.push(languageCodeCase)
all['PATCH /languages/{id}']!.push(languageCodeKept)
all['DELETE /languages/{id}']!.push(officialLanguageKept, workingLanguageKept)
all['POST /field-operations']!.push(workingLanguagesDefault, unknownWorkingLanguage)
export const referenceCases: Cases = all
