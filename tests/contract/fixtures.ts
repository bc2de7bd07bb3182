/**
 * What the cases start from, found and made through the API only (any server, not just the
 * mock): the people of each role (GET /users), ids of the shared seed (GET /structures,
 * /states, …), and new records with names unique to this run, so that a run against a real
 * server, which keeps what earlier runs left, does not collide with them. What a run creates
 * among the reference records is deleted again at its end where nothing uses it.
 */
import isoCodes from 'i18n-iso-countries/codes.json'
import { call, setUp, tokens, type Role } from './http'

const runId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
let counter = 0
/** A name no earlier run used: "Contract Release k3x9a1-7". */
export const unique = (label: string) => `${label} ${runId}-${++counter}`

export const seed = {
  structureId: '',
  participatingStateId: '',
  partnerStateId: '',
  fieldOfWorkId: '',
  activeFieldOperationId: '',
  closedFieldOperationId: '',
  userIds: {} as Record<Role, string>,
}

/** Signs in one person of each role (two editors) and signs one session out; finds seed ids. */
export async function prepare(): Promise<void> {
  const users = (await setUp('GET /users', { as: 'anonymous' }, 200)).json.items as Array<{
    id: string
    role: string
  }>
  const ofRole = (role: string) => users.filter((user) => user.role === role)
  const chosen: Record<Role, { id: string } | undefined> = {
    editor: ofRole('editor')[0],
    otherEditor: ofRole('editor')[1],
    reviewer: ofRole('reviewer')[0],
    otherReviewer: ofRole('reviewer')[1],
    admin: ofRole('admin')[0],
  }
  for (const [role, user] of Object.entries(chosen) as Array<[Role, { id: string } | undefined]>) {
    if (!user) throw new Error(`GET /users has no ${role} (the suite needs two editors, two reviewers and an admin)`)
    seed.userIds[role] = user.id
    tokens[role] = (await setUp('POST /session', { as: 'anonymous', body: { userId: user.id } }, 201)).json.token
  }
  const leaving = (await setUp('POST /session', { as: 'anonymous', body: { userId: seed.userIds.editor } }, 201)).json
    .token as string
  tokens.signedOut = leaving
  await setUp('DELETE /session', { as: 'signedOut' }, 204, 'signing one session out')

  const first = async (key: string, query: Record<string, string>, what: string) => {
    const items = (await setUp(key, { as: 'admin', query }, 200)).json.items as Array<{ id: string }>
    if (!items[0]) throw new Error(`The seed has no ${what} (${key} ${JSON.stringify(query)})`)
    return items[0].id
  }
  seed.structureId = await first('GET /structures', { kind: 'secretariat' }, 'secretariat structure')
  seed.participatingStateId = await first('GET /states', { kind: 'participating-state' }, 'participating State')
  seed.partnerStateId = await first('GET /states', { kind: 'asian-partner' }, 'Asian partner')
  seed.fieldOfWorkId = await first('GET /fields-of-work', {}, 'field of work')
  seed.activeFieldOperationId = await first('GET /field-operations', { status: 'active' }, 'active field operation')
  seed.closedFieldOperationId = await first('GET /field-operations', { status: 'closed' }, 'closed field operation')
}

// ---------------------------------------------------------------------------------------------
// Releases

export type Release = { id: string; version: number; status: string; [key: string]: unknown }

export const releaseInput = (overrides: Record<string, unknown> = {}) => ({
  type: 'press-release',
  title: unique('Contract release'),
  dateline: { place: 'Vienna', date: '2026-11-20' },
  summary: 'What the conformance suite wrote.',
  body: '<p>The text of a release the conformance suite wrote.</p>',
  sourceIds: [seed.structureId],
  ...overrides,
})

export async function draft(as: Role = 'editor', overrides: Record<string, unknown> = {}): Promise<Release> {
  return (await setUp('POST /releases', { as, body: releaseInput(overrides) }, 201, 'setting up a draft')).json
}

export async function transition(
  release: Release,
  as: Role,
  action: string,
  extra: Record<string, unknown> = {},
): Promise<Release> {
  return (
    await setUp(
      'POST /releases/{id}/transitions',
      { as, params: { id: release.id }, body: { action, version: release.version, ...extra } },
      200,
      `setting up: ${action}`,
    )
  ).json
}

export const inReview = async (as: Role = 'editor') => transition(await draft(as), as, 'submit')
export const published = async () => transition(await inReview(), 'reviewer', 'approve')
/** Far ahead, so it stays scheduled while the suite runs. */
export const laterPublishAt = '2099-06-01T09:00:00Z'
export const scheduled = async () => transition(await inReview(), 'reviewer', 'approve', { publishAt: laterPublishAt })
export const withdrawn = async () =>
  transition(await published(), 'admin', 'withdraw', { comment: 'Withdrawn by the conformance suite.' })

// ---------------------------------------------------------------------------------------------
// Reference records

const created: Array<{ key: string; id: string }> = []

/** Deletes (as the admin) the reference records this run created, where nothing uses them any more. */
export async function cleanUp(): Promise<void> {
  for (const { key, id } of created.toReversed()) if (key !== 'none') await call(key, { as: 'admin', params: { id } })
}

/** A participating State's ISO code that no State has yet. */
export async function freeIsoCode(): Promise<string> {
  const states = (await setUp('GET /states', { as: 'admin', query: { pageSize: '500' } }, 200)).json.items as Array<{
    iso2: string
  }>
  const used = new Set(states.map((state) => state.iso2))
  const taken = new Set(created.map(({ id }) => id))
  const code = isoCodes
    .map(([alpha2]) => alpha2 ?? '')
    .find((alpha2) => alpha2 !== '' && !used.has(alpha2) && !taken.has(`iso:${alpha2}`))
  if (!code) throw new Error('Every ISO 3166-1 code has a State: the server keeps too much from earlier runs')
  created.push({ key: 'none', id: `iso:${code}` })
  return code
}

/** A year no chairpersonship has. */
export async function freeYear(): Promise<number> {
  const chairs = (await setUp('GET /chairpersonships', { as: 'admin', query: { pageSize: '500' } }, 200)).json
    .items as Array<{ year: number }>
  const used = new Set(chairs.map((chair) => chair.year))
  for (let year = 2100; year >= 1975; year--) {
    if (!used.has(year) && !created.some(({ id }) => id === `year:${year}`)) {
      created.push({ key: 'none', id: `year:${year}` })
      return year
    }
  }
  throw new Error('Every year has a chairpersonship: the server keeps too much from earlier runs')
}

/** A language code of ISO 639-2's range for local use (qaa–qtz) that no language has yet. */
export async function freeLanguageCode(): Promise<string> {
  const languages = (await setUp('GET /languages', { as: 'admin', query: { pageSize: '500' } }, 200)).json
    .items as Array<{ code: string }>
  const used = new Set(languages.map((language) => language.code.toLowerCase()))
  for (const second of 'abcdefghijklmnopqrst')
    for (const third of 'abcdefghijklmnopqrstuvwxyz') {
      const code = `q${second}${third}`
      if (used.has(code) || created.some(({ id }) => id === `code:${code}`)) continue
      created.push({ key: 'none', id: `code:${code}` })
      return code
    }
  throw new Error('Every local-use language code is taken: the server keeps too much from earlier runs')
}

/** Bodies of a new, valid record of each reference collection (unique names, a free code or year). */
export const referenceInputs = {
  '/states': async () => ({
    name: unique('Contract State'),
    iso2: await freeIsoCode(),
    kind: 'participating-state',
    capital: 'Contract City',
  }),
  '/chairpersonships': async () => ({
    year: await freeYear(),
    stateId: seed.participatingStateId,
    chairInOffice: { name: unique('Contract Chair'), title: 'Minister for Foreign Affairs' },
  }),
  '/field-operations': async () => ({
    name: unique('Contract Mission'),
    type: 'mission',
    location: 'Contract Town',
    hostStateId: seed.participatingStateId,
    head: 'Contract Head',
    opened: 2001,
    closed: null,
  }),
  '/fields-of-work': async () => ({ name: unique('Contract field of work') }),
  '/languages': async () => ({
    code: await freeLanguageCode(),
    name: unique('Contract language'),
    nativeName: unique('Langue du contrat'),
    script: 'Latn',
    official: false,
  }),
} as const
export type ReferencePath = keyof typeof referenceInputs
export const referencePaths = Object.keys(referenceInputs) as ReferencePath[]

/** What a change may not alter: a language keeps its code (releases name it by its code). */
const fixedFields: Partial<Record<ReferencePath, string[]>> = { '/languages': ['code'] }

/** A whole body to change `record` with: a fresh one (unique names), keeping what never changes. */
export async function referenceChange(
  path: ReferencePath,
  record: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const body: Record<string, unknown> = { ...(await referenceInputs[path]()) }
  for (const field of fixedFields[path] ?? []) body[field] = record[field]
  return body
}

/** Creates a reference record as the admin, to be deleted at the end of the run. */
export async function createReference(
  path: ReferencePath,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; version: number; [key: string]: unknown }> {
  const body = { ...(await referenceInputs[path]()), ...overrides }
  const record = (await setUp(`POST ${path}`, { as: 'admin', body }, 201, 'setting up a record')).json
  created.push({ key: `DELETE ${path}/{id}`, id: record.id })
  return record
}

/** Remembers a record a case created another way, to delete it at the end. */
export const forget = (path: ReferencePath, id: string) => created.push({ key: `DELETE ${path}/{id}`, id })
