import * as fc from 'fast-check'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { endpoints, problemSchema, type Endpoint } from '../../src/api/contract'
import { TEST_TODAY } from '../../tests/test-today'
import { collectionNames } from '../database'
import { db, resetDb, setNow, signInAs } from '../db'
import { hostileBody, hostileId, hostileQuery, hostileString, queryString, wellFormed, type HostileBody, type Pools, type QueryPair } from '../test-support/hostile-inputs'
import { users } from '../test-support/api'
import { decodablePath } from './malformed-url'
import { allStructures } from './reference-views'

/**
 * Random and hostile requests to every endpoint of the contract (src/api/contract/endpoints.ts,
 * so a new endpoint is covered without a line here), through the real MSW handlers, as every
 * kind of caller. Whatever is sent:
 *  - the answer is never a 5xx, never a failed fetch, and nothing logs console.error;
 *  - every 4xx is application/problem+json that parses as the contract's Problem;
 *  - a 4xx leaves the database exactly as it was (every collection, the schedule);
 *  - the contract is the oracle for what must be refused: a body or query it rejects, a
 *    missing or unknown token, a non-admin on an admin endpoint never gets a 2xx, and a 2xx
 *    is the endpoint's status with a body its response schema accepts.
 * Valid calls that write (a random body may well be valid) are allowed; the database is then
 * reseeded so that every run starts from the same state.
 */

// A smaller seed than the default: every write is followed by a reseed, and every call by two snapshots.
const RELEASES = 40
const BASE = 'http://localhost:3000/api'

type Caller = 'editor' | 'otherEditor' | 'reviewer' | 'admin' | 'none' | 'garbage' | 'malformed'
const signedInCallers = ['editor', 'otherEditor', 'reviewer', 'admin'] as const
const roleOf = { editor: 'editor', otherEditor: 'editor', reviewer: 'reviewer', admin: 'admin' } as const
let tokens: Record<(typeof signedInCallers)[number], string>

async function freshDatabase() {
  await resetDb({ releases: RELEASES })
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
  return JSON.stringify([collectionNames.map((name) => db[name].all()), [...db.schedule], [...db.seedHistory.keys()]])
}

/** Ids of every kind, for path segments and for the id fields of plausible bodies. */
function idsByResource(): Record<string, string[]> {
  return {
    releases: db.releases.all().map((release) => release.id),
    states: db.states.all().map((state) => state.id),
    chairpersonships: db.chairpersonships.all().map((chair) => chair.id),
    'field-operations': db.fieldOperations.all().map((operation) => operation.id),
    'fields-of-work': db.fieldsOfWork.all().map((field) => field.id),
    structures: allStructures().map((structure) => structure.id),
    users: db.users.all().map((user) => user.id),
    notifications: db.notifications.all().map((notification) => notification.id),
  }
}

type HostileRequest = { caller: Caller; garbage: string; id: { value: string; own: boolean; raw: boolean }; query: QueryPair[]; body: HostileBody }

function requestArbitrary(endpoint: Endpoint, ids: Record<string, string[]>): fc.Arbitrary<HostileRequest> {
  const pools: Pools = { ids: Object.values(ids).flat() }
  const resource = endpoint.path.split('/')[1]!
  const ownIds = ids[resource] ?? pools.ids
  const otherIds = pools.ids.filter((id) => !ownIds.includes(id))
  return fc.record({
    caller: fc.oneof(
      { arbitrary: fc.constantFrom<Caller>(...signedInCallers), weight: 5 },
      { arbitrary: fc.constantFrom<Caller>('none', 'garbage', 'malformed'), weight: 2 },
    ),
    garbage: hostileString.map((text) => text.replace(/[^\x21-\x7e]/g, '') || 'x'),
    id: endpoint.path.includes('{id}')
      ? fc.oneof(
          { arbitrary: fc.constantFrom(...ownIds).map((value) => ({ value, own: true, raw: false })), weight: 5 },
          { arbitrary: fc.constantFrom(...otherIds).map((value) => ({ value, own: false, raw: false })), weight: 1 },
          { arbitrary: fc.tuple(hostileId, fc.boolean()).map(([value, raw]) => ({ value, own: false, raw })), weight: 2 },
        )
      : fc.constant({ value: '', own: false, raw: false }),
    query: hostileQuery(endpoint.query, pools),
    body: endpoint.method === 'get' ? fc.constant<HostileBody>({ kind: 'none', text: undefined, contentType: null }) : hostileBody(endpoint.body, pools),
  })
}

function authorization(caller: Caller, garbage: string): string | null {
  if (caller === 'none') return null
  if (caller === 'garbage') return `Bearer ${garbage}`
  if (caller === 'malformed') {
    const token = tokens.editor
    return [`Basic ${token}`, 'Bearer', `Bearer ${token} ${token}`, token, `Bearer\t`, `Token ${token}`][garbage.length % 6]!
  }
  return `Bearer ${tokens[caller]}`
}

/** The path as sent; `routable` when it still names the endpoint after the URL parser is done with it (no dot segments, no slash more or less, no malformed escape). */
function pathOf(endpoint: Endpoint, request: HostileRequest) {
  if (!endpoint.path.includes('{id}')) return { path: endpoint.path, routable: true }
  const { value, raw } = request.id
  const segment = raw ? value.replace(/[?#\s]/g, (char) => encodeURIComponent(char)) : encodeURIComponent(wellFormed(value))
  const path = endpoint.path.replace('{id}', segment)
  const routable = value !== '' && new URL(`${BASE}${path}`).pathname === `/api${path}` && decodablePath(path) && path.split('/').length === endpoint.path.split('/').length && !path.slice(1).split('/').some((part) => part === '' || /^(\.|%2e){1,2}$/i.test(part))
  // A segment that another endpoint names literally (GET /releases/counts) is that endpoint.
  const literal = endpoints.find((other) => other.method === endpoint.method && other.path === path)
  return { path, routable: routable && !literal, literal }
}

/** What the contract says of the input, with the handlers' rule that an empty query parameter is absent. */
function contractAccepts(endpoint: Endpoint, url: URL, body: HostileBody): boolean {
  if (endpoint.query) {
    const entries = [...url.searchParams.entries()].filter(([, value]) => value !== '')
    if (!endpoint.query.safeParse(Object.fromEntries(entries)).success) return false
  }
  if (endpoint.body) {
    try {
      return endpoint.body.safeParse(JSON.parse(body.text ?? '')).success
    } catch {
      return false
    }
  }
  return true
}

type Answer = { status: number; contentType: string | null; text: string; errorsLogged: string[] }

async function send(endpoint: Endpoint, request: HostileRequest, url: URL): Promise<Answer> {
  const headers: Record<string, string> = {}
  const auth = authorization(request.caller, request.garbage)
  if (auth !== null) headers.Authorization = auth
  if (request.body.contentType) headers['Content-Type'] = request.body.contentType
  const logged = vi.mocked(console.error).mock.calls.length
  const response = await fetch(url, { method: endpoint.method.toUpperCase(), headers, body: request.body.text })
  const text = await response.text()
  const errorsLogged = vi.mocked(console.error).mock.calls.slice(logged).map((args) => args.map(String).join(' '))
  return { status: response.status, contentType: response.headers.get('Content-Type'), text, errorsLogged }
}

/** How many runs each endpoint gets: writes and lists cost more than reads of one record. */
const runsFor = (endpoint: Endpoint) => Number(process.env.HOSTILE_RUNS ?? (endpoint.method === 'get' ? 25 : 45))

describe('hostile requests to every endpoint', () => {
  beforeEach(freshDatabase)

  it.each(endpoints.map((endpoint) => [`${endpoint.method.toUpperCase()} ${endpoint.path}`, endpoint] as const))('%s: never a 5xx; every refusal is problem+json and changes nothing', async (_name, endpoint) => {
    const ids = idsByResource()
    await fc.assert(
      fc.asyncProperty(requestArbitrary(endpoint, ids), async (request) => {
        const { path, routable, literal } = pathOf(endpoint, request)
        const url = new URL(`${BASE}${path}${queryString(request.query)}`)
        const before = snapshot()
        const answer = await send(endpoint, request, url)
        const describeCall = `${endpoint.method.toUpperCase()} ${url.pathname}${url.search} as ${request.caller}: ${answer.status} ${answer.text.slice(0, 300)}`

        expect(answer.errorsLogged, describeCall).toEqual([])
        expect(answer.status, describeCall).toBeLessThan(500)
        const after = snapshot()

        if (answer.status >= 400) {
          expect(answer.contentType, describeCall).toMatch(/^application\/problem\+json/)
          const problem = problemSchema.parse(JSON.parse(answer.text))
          expect(problem.status, describeCall).toBe(answer.status)
          expect(after === before, `${describeCall}\nA refused call changed the database`).toBe(true)
          if (routable) expect(endpoint.errors, `${describeCall}\nA status the contract does not list`).toContain(answer.status)
        }

        const target = literal ?? (routable ? endpoint : undefined)
        if (target) {
          const signedIn = request.caller in roleOf
          if (target.access !== 'public' && !signedIn) expect(answer.status, describeCall).toBe(401)
          if (target.access === 'admin' && signedIn && roleOf[request.caller as keyof typeof roleOf] !== 'admin') expect(answer.status, describeCall).toBe(403)
          if (answer.status < 400) {
            expect(answer.status, describeCall).toBe(target.status)
            expect(contractAccepts(target, url, request.body), `${describeCall}\nA 2xx for an input the contract rejects`).toBe(true)
            if (target.response) target.response.parse(JSON.parse(answer.text))
            if (target.responseType) expect(answer.contentType).toContain(target.responseType)
          }
        }

        // A valid call may write: start the next run from the seed again.
        if (after !== before) await freshDatabase()
      }),
      { numRuns: runsFor(endpoint) },
    )
  })
})
