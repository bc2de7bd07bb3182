import * as fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { allowedActions, endpoints, problemSchema, type Endpoint } from '../../src/api/contract'
import { TEST_TODAY } from '../../tests/test-today'
import { collectionNames, type CollectionName } from '../collections'
import { db, find, resetDb, setNow, signInAs, storage, store } from '../db'
import { createJournal, JOURNAL_PREFIX } from '../persistence/journal'
import { referenceNames, referenceResources, type ReferenceName } from '../reference-resources'
import {
  queryString,
  requestArbitrary,
  type Caller,
  type HostileBody,
  type HostileRequest,
} from '../test-support/hostile-inputs'
import { api, users } from '../test-support/api'
import {
  authorization,
  bodyFor,
  brokenRules,
  pathOf,
  roleOf,
  wantedActions,
  type Answer,
  type SignedIn,
} from '../test-support/hostile-rules'
import { allStructures } from '../../server/core/routes/reference-views'

/**
 * Random and hostile requests to every endpoint of the contract (src/api/contract/endpoints.ts,
 * so a new endpoint is covered without a line here), through the real MSW handlers, as every
 * kind of caller. Whatever is sent:
 *  - the answer is never a 5xx, never a failed fetch, and nothing logs console.error;
 *  - every 4xx is application/problem+json that parses as the contract's Problem;
 *  - a 4xx leaves the database exactly as it was (every collection, the schedule, the journal);
 *  - the contract is the oracle for what must be refused: a body or query it rejects, a
 *    missing or unknown token, a non-admin on an admin endpoint never gets a 2xx; a 4xx is one
 *    the endpoint lists; a method the path does not have is a 405 with Allow; and a 2xx is the
 *    endpoint's status with a body its response schema accepts.
 * Valid calls that write (a random body may well be valid) are allowed; the database is then
 * reseeded so that every run starts from the same state.
 *
 * A failure prints fast-check's seed and counterexample (as generated; `call` in the assertion
 * is the request as sent, after the near-valid adjustments). To dig: HOSTILE_SEED=<seed>
 * replays it, HOSTILE_RUNS=<n> runs n per endpoint, HOSTILE_STATS=1 prints the answers' statuses.
 */

// A smaller seed than the default: every write is followed by a reseed, and every call by two snapshots.
const RELEASES = 40
const BASE = 'http://localhost:3000/api'

let tokens: Record<SignedIn, string>

/** The seed, the clock at the tests' now, and the journal on (as in the browser, on an empty localStorage), so that it is checked too. */
async function freshDatabase() {
  store.journal = null
  localStorage.clear()
  await resetDb({ releases: RELEASES })
  store.journal = createJournal(localStorage)
  setNow(TEST_TODAY)
  tokens = {
    editor: await signInAs(users.editor),
    otherEditor: await signInAs(users.otherEditor),
    reviewer: await signInAs(users.reviewer),
    admin: await signInAs(users.admin),
  }
}

/** Everything the handlers can write, as one string: compared before and after each call. */
function snapshot(): string {
  const journal = Object.keys(localStorage)
    .filter((key) => key.startsWith(JOURNAL_PREFIX))
    .toSorted()
    .map((key) => [key, localStorage.getItem(key)])
  return JSON.stringify([
    collectionNames.map((name) => db[name].all()),
    [...db.schedule],
    [...db.seedHistory.keys()],
    journal,
  ])
}
afterEach(() => {
  store.journal = null
})

/** A reference resource's first path segment: `fieldsOfWork` → `fields-of-work`. */
const segmentOf = (name: ReferenceName) => referenceResources[name].path.slice(1)

/** Ids of every kind, for path segments and for the id fields of plausible bodies. */
async function idsByResource(): Promise<Record<string, string[]>> {
  return {
    releases: db.releases.all().map((release) => release.id),
    ...Object.fromEntries(
      referenceNames.map((name) => [segmentOf(name), db[name].all().map((record: { id: string }) => record.id)]),
    ),
    structures: (await allStructures(storage)).map((structure) => structure.id),
    users: db.users.all().map((user) => user.id),
    notifications: db.notifications.all().map((notification) => notification.id),
  }
}

const collectionOf: Record<string, CollectionName> = {
  releases: 'releases',
  ...Object.fromEntries(referenceNames.map((name) => [segmentOf(name), name])),
}
const actorOf = (caller: Caller) =>
  caller in roleOf ? { id: users[caller as SignedIn], role: roleOf[caller as SignedIn] } : null

/** The id the call names and the body it sends, once the database is known: a near-valid call acts on a record it may, with that record's version. */
function resolveRequest(endpoint: Endpoint, request: HostileRequest): { id: string; raw: boolean; body: HostileBody } {
  const resource = endpoint.path.split('/')[1]!
  const collection = collectionOf[resource]
  const actor = actorOf(request.caller)
  let { value: id, raw } = request.id
  if (request.mode === 'near-valid' && endpoint.path.includes('{id}')) {
    const wanted = wantedActions(endpoint)
    const all = collection ? (db[collection].all() as Array<{ id: string }>) : []
    const may =
      resource === 'releases' && actor && wanted
        ? db.releases
            .all()
            .filter((release) => allowedActions(actor, release).some((action) => wanted.includes(action)))
        : all
    const candidates = may.length > 0 ? may : all
    if (candidates.length > 0) id = candidates[request.pick % candidates.length]!.id
    raw = false
  }
  const record = collection && id ? (find(collection, id) as { version?: number } | undefined) : undefined
  return { id, raw, body: bodyFor(request, record, resource === 'releases' ? actor : null) }
}

async function send(request: HostileRequest, body: HostileBody, url: URL): Promise<Answer> {
  const headers: Record<string, string> = {}
  const auth = authorization(request.caller, request.garbage, tokens)
  if (auth !== null) headers.Authorization = auth
  if (body.contentType) headers['Content-Type'] = body.contentType
  const logged = vi.mocked(console.error).mock.calls.length
  const response = await fetch(url, {
    method: request.method,
    headers,
    body: body.bytes ? Uint8Array.from(body.bytes).buffer : body.text,
  })
  const text = await response.text()
  const errorsLogged = vi
    .mocked(console.error)
    .mock.calls.slice(logged)
    .map((args) => args.map(String).join(' '))
  return {
    status: response.status,
    contentType: response.headers.get('Content-Type'),
    allow: response.headers.get('Allow'),
    text,
    errorsLogged,
  }
}

/** How many runs each endpoint gets: writes and lists cost more than reads of one record. */
const runsFor = (endpoint: Endpoint) => Number(process.env.HOSTILE_RUNS ?? (endpoint.method === 'get' ? 25 : 45))

describe('hostile requests to every endpoint', () => {
  beforeEach(freshDatabase)

  it.each(endpoints.map((endpoint) => [`${endpoint.method.toUpperCase()} ${endpoint.path}`, endpoint] as const))(
    '%s: never a 5xx; every refusal is problem+json and changes nothing',
    async (_name, endpoint) => {
      const ids = await idsByResource()
      const statuses = new Map<string, number>()
      await fc.assert(
        fc.asyncProperty(requestArbitrary(endpoint, ids), async (request) => {
          const { id, raw, body } = resolveRequest(endpoint, request)
          const { path, target } = pathOf(endpoint, request.method, id, raw)
          const url = new URL(`${BASE}${path}${queryString(request.query)}`)
          const before = snapshot()
          const answer = await send(request, body, url)
          const describeCall = `${request.mode} ${request.method} ${url.pathname}${url.search} as ${request.caller} with ${body.text?.slice(0, 300)}: ${answer.status} ${answer.text.slice(0, 300)}`
          statuses.set(`${request.mode} ${answer.status}`, (statuses.get(`${request.mode} ${answer.status}`) ?? 0) + 1)

          const changed = snapshot() !== before
          // A valid call may write: the next run (or shrink) starts from the seed again.
          if (changed) await freshDatabase()
          const broken = brokenRules(request, url, body, target, answer, {
            changed,
            unchanged: 'the database and the journal as they were',
          })
          expect({ call: describeCall, broken }).toEqual({ call: describeCall, broken: [] })
        }),
        { numRuns: runsFor(endpoint), ...(process.env.HOSTILE_SEED ? { seed: Number(process.env.HOSTILE_SEED) } : {}) },
      )
      if (process.env.HOSTILE_STATS)
        console.info(`${_name} ${JSON.stringify(Object.fromEntries([...statuses].toSorted()))}`)
    },
  )
})

/** What the property found, as plain cases (the first and the last were 500s before their fixes). */
describe('hostile requests the property found', () => {
  beforeEach(freshDatabase)

  it('a malformed percent-escape in the path answers 400, not a URIError from the handler lookup', async () => {
    for (const path of ['/releases/%', '/states/%zz', '/releases/%E0%A4%A/comments']) {
      const { status, contentType, json } = await api(path, { token: tokens.admin })
      expect(status).toBe(400)
      expect(contentType).toMatch(/^application\/problem\+json/)
      expect(problemSchema.parse(json).status).toBe(400)
    }
  })

  it('a method the contract does not have on a path answers 405 with Allow (reports too); a path it does not have, 404', async () => {
    const report = await fetch(`${BASE}/reports/per-field-of-work`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${tokens.admin}` },
    })
    expect(report.status).toBe(405)
    expect(report.headers.get('Allow')).toBe('GET')
    expect(problemSchema.parse(await report.json()).status).toBe(405)
    const state = await fetch(`${BASE}/states/state-at`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${tokens.admin}` },
    })
    expect(state.headers.get('Allow')).toBe('GET, PATCH, DELETE')
    expect((await api('/states/state-at/extra', { token: tokens.admin })).status).toBe(404)
  })

  it('an approval to publish in the year 10000 (UTC) answers 422 on publishAt and writes nothing', async () => {
    const release = db.releases
      .all()
      .find((candidate) => candidate.status === 'in-review' && candidate.authorId !== users.reviewer)!
    const before = snapshot()
    const { status, json } = await api(`/releases/${release.id}/transitions`, {
      method: 'POST',
      token: tokens.reviewer,
      body: { action: 'approve', version: release.version, publishAt: '9999-12-31T23:59:59-23:59' },
    })
    expect(status).toBe(422)
    expect(problemSchema.parse(json).errors).toHaveProperty('publishAt')
    expect(snapshot()).toBe(before)
    // The last moment that can be stored still schedules.
    const scheduled = await api(`/releases/${release.id}/transitions`, {
      method: 'POST',
      token: tokens.reviewer,
      body: { action: 'approve', version: release.version, publishAt: '9999-12-31T23:59:59Z' },
    })
    expect(scheduled.status).toBe(200)
    expect(scheduled.json).toMatchObject({ status: 'scheduled', scheduledAt: '9999-12-31T23:59:59.000Z' })
  })
})
