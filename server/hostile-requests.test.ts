/**
 * Hostile requests to every endpoint, against the server (issue #16, Proof: hostile input): the
 * property of mocks/handlers/hostile-requests.test.ts with the same generators
 * (mocks/test-support/hostile-inputs.ts), sent to the server's HTTP app (the shell of
 * server/http/app.ts around the core, over the SQL storage on PGlite in memory) in process:
 * no network, so a run costs what the database costs. Whatever is sent:
 *  - never a 5xx, and nothing logs console.error;
 *  - every refusal is application/problem+json, a Problem with its own status, one the endpoint
 *    lists; a method the path does not have is a 405 with Allow;
 *  - a refusal writes nothing: a digest of every table's rows is the same before and after;
 *  - the contract is the oracle for who is refused (no token, a non-admin on an admin endpoint)
 *    and for what may succeed (a body and query it accepts; a body its response schema describes).
 * A valid call that writes (a random body may well be valid) is allowed; the tables are then
 * reseeded, so every run starts from the same state.
 *
 * A failure prints fast-check's seed and counterexample. HOSTILE_RUNS=<n> runs n per endpoint
 * (the default keeps the file near 30 s), HOSTILE_SEED=<seed> replays one, HOSTILE_STATS=1
 * prints the answers' statuses.
 */
import { sql } from 'drizzle-orm'
import * as fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { allowedActions, endpoints, problemSchema, type Endpoint } from '../src/api/contract'
import {
  queryString,
  requestArbitrary,
  type Caller,
  type HostileBody,
  type HostileRequest,
} from '../mocks/test-support/hostile-inputs'
import {
  authorization,
  bodyFor,
  brokenRules,
  parseJson,
  pathOf,
  roleOf,
  wantedActions,
  type Answer,
  type SignedIn,
} from '../mocks/test-support/hostile-rules'
import { TEST_TODAY } from '../tests/test-today'
import { createApi } from './core/api'
import { setNow, now } from './core/clock'
import type { StoredRelease } from './core/records'
import { referenceNames, referencePaths, type ReferenceName } from './core/routes/reference-resource'
import { allStructures } from './core/routes/reference-views'
import { setBodySanitizer } from './core/routes/release-body'
import type { Storage } from './core/storage'
import { loadConfig } from './config'
import { openDatabase, queryRows, tableNames, type OpenedDatabase } from './db/connect'
import { seedIfEmpty } from './db/seed'
import { createSqlStorage } from './db/storage'
import { OPENING } from './db/testing'
import { createServerApp } from './http/app'
import { createJsonLogger } from './http/logger'
import { sanitizeOnServer } from './sanitize'

// As the mock's property: a small seed, since every write is followed by a reseed.
const RELEASES = 40
const BASE = 'http://127.0.0.1/api'

let database: OpenedDatabase
let storage: Storage
let app: { fetch: (request: Request) => Response | Promise<Response> }
let tables: string[]
let people: Record<SignedIn, string>
let tokens: Record<SignedIn, string>

beforeAll(async () => {
  database = await openDatabase({ dataDir: 'memory://' })
  tables = await tableNames(database.db)
  // The tests' day: the seed's scheduled releases (December 2026) would otherwise publish themselves.
  setNow(TEST_TODAY)
  setBodySanitizer(sanitizeOnServer)
  storage = createSqlStorage(database, { sessionLifetimeMs: 8 * 3_600_000, now })
  const config = loadConfig({ STATIC_DIR: '/nonexistent/newsroom-hostile-no-app', LOG_LEVEL: 'error' })
  app = createServerApp({
    config,
    api: createApi({ storage, basePath: '/api' }),
    ready: () => storage.ping(),
    logger: createJsonLogger({ level: 'error', write: (line) => console.error(line) }),
  })
  await freshDatabase()
}, OPENING)

afterAll(async () => {
  setNow(null)
  await database?.close()
})

/** The seed again, in every table (the history's append-only triggers are off for that only), and the callers signed in anew. */
async function freshDatabase() {
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL session_replication_role = replica`)
    await tx.execute(sql.raw(`TRUNCATE ${tables.map((name) => `"${name}"`).join(', ')}`))
  })
  await seedIfEmpty(database.db, { releases: RELEASES })
  if (!people) {
    const users = await storage.all('users')
    const ofRole = (role: string) => users.filter((user) => user.role === role).map((user) => user.id)
    people = {
      editor: ofRole('editor')[0]!,
      otherEditor: ofRole('editor')[1]!,
      reviewer: ofRole('reviewer')[0]!,
      admin: ofRole('admin')[0]!,
    }
  }
  const signIn = async (userId: string) => {
    const response = await app.fetch(
      new Request(`${BASE}/session`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ userId }),
      }),
    )
    return ((await response.json()) as { token: string }).token
  }
  tokens = {
    editor: await signIn(people.editor),
    otherEditor: await signIn(people.otherEditor),
    reviewer: await signIn(people.reviewer),
    admin: await signIn(people.admin),
  }
}

/** Every table's rows as one digest per table: compared before and after each call. */
async function snapshot(): Promise<string> {
  const digests = sql.join(
    tables.map(
      (name) =>
        sql`SELECT ${name} AS name, md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS digest FROM ${sql.identifier(name)} t`,
    ),
    sql` UNION ALL `,
  )
  const rows = await queryRows<{ name: string; digest: string }>(database.db, digests)
  return rows.map((row) => `${row.name}:${row.digest}`).join(' ')
}

/** A reference resource's first path segment: `fieldsOfWork` → `fields-of-work`. */
const segmentOf = (name: ReferenceName) => referencePaths[name].slice(1)
const collectionOf: Record<string, 'releases' | ReferenceName> = {
  releases: 'releases',
  ...Object.fromEntries(referenceNames.map((name) => [segmentOf(name), name])),
}

/** Ids of every kind, for path segments and for the id fields of plausible bodies. */
async function idsByResource(): Promise<Record<string, string[]>> {
  const ids = async (table: string) =>
    (await queryRows<{ id: string }>(database.db, sql`SELECT id FROM ${sql.identifier(table)} ORDER BY id`)).map(
      (row) => row.id,
    )
  const references = await Promise.all(
    referenceNames.map(async (name) => [segmentOf(name), (await storage.all(name)).map((record) => record.id)]),
  )
  return {
    releases: await ids('releases'),
    ...Object.fromEntries(references),
    structures: (await allStructures(storage)).map((structure) => structure.id),
    users: (await storage.all('users')).map((user) => user.id),
    notifications: await ids('notifications'),
  }
}

const actorOf = (caller: Caller) =>
  caller in roleOf ? { id: people[caller as SignedIn], role: roleOf[caller as SignedIn] } : null

type Releasable = Parameters<typeof allowedActions>[1]

/** The id the call names and the body it sends, once the tables are known: a near-valid call acts on a record it may, with its version. */
async function resolveRequest(
  endpoint: Endpoint,
  request: HostileRequest,
): Promise<{ id: string; raw: boolean; body: HostileBody }> {
  const resource = endpoint.path.split('/')[1]!
  const collection = collectionOf[resource]
  const actor = actorOf(request.caller)
  let { value: id, raw } = request.id
  if (request.mode === 'near-valid' && endpoint.path.includes('{id}') && collection) {
    const all: Array<{ id: string }> =
      collection === 'releases'
        ? await queryRows<{ id: string }>(database.db, sql`SELECT id FROM releases ORDER BY id`)
        : await storage.all(collection)
    const wanted = wantedActions(endpoint)
    let candidates = all
    if (collection === 'releases' && actor && wanted) {
      const releases = await Promise.all(all.map((record) => storage.get('releases', record.id)))
      const may = releases.filter((release): release is StoredRelease =>
        Boolean(
          release && allowedActions(actor, release as unknown as Releasable).some((action) => wanted.includes(action)),
        ),
      )
      if (may.length > 0) candidates = may
    }
    if (candidates.length > 0) id = candidates[request.pick % candidates.length]!.id
    raw = false
  }
  const record =
    collection && id ? ((await storage.get(collection, id)) as { version?: number } | undefined) : undefined
  return { id, raw, body: bodyFor(request, record, resource === 'releases' ? actor : null) }
}

async function send(request: HostileRequest, body: HostileBody, url: URL): Promise<Answer> {
  const headers = new Headers()
  const auth = authorization(request.caller, request.garbage, tokens)
  if (auth !== null) headers.set('Authorization', auth)
  if (body.contentType) headers.set('Content-Type', body.contentType)
  const logged = vi.mocked(console.error).mock.calls.length
  const response = await app.fetch(
    new Request(url, {
      method: request.method,
      headers,
      body: body.bytes ? Uint8Array.from(body.bytes) : body.text,
    }),
  )
  const text = await response.text()
  return {
    status: response.status,
    contentType: response.headers.get('Content-Type'),
    allow: response.headers.get('Allow'),
    text,
    errorsLogged: vi
      .mocked(console.error)
      .mock.calls.slice(logged)
      .map((args) => args.map(String).join(' ')),
  }
}

/** Runs per endpoint: a few by default (the file in about 30 s on a quiet machine), HOSTILE_RUNS to deepen. */
const runsFor = (endpoint: Endpoint) => Number(process.env.HOSTILE_RUNS ?? (endpoint.method === 'get' ? 4 : 8))

describe('hostile requests to every endpoint of the server', () => {
  it.each(endpoints.map((endpoint) => [`${endpoint.method.toUpperCase()} ${endpoint.path}`, endpoint] as const))(
    '%s: never a 5xx; every refusal is problem+json and writes nothing',
    { timeout: 600_000 },
    async (name, endpoint) => {
      vi.spyOn(console, 'error').mockImplementation(() => {})
      const ids = await idsByResource()
      const statuses = new Map<string, number>()
      try {
        await fc.assert(
          fc.asyncProperty(requestArbitrary(endpoint, ids), async (request) => {
            const { id, raw, body } = await resolveRequest(endpoint, request)
            const { path, target } = pathOf(endpoint, request.method, id, raw)
            const url = new URL(`${BASE}${path}${queryString(request.query)}`)
            const before = await snapshot()
            const answer = await send(request, body, url)
            const call = `${request.mode} ${request.method} ${url.pathname}${url.search} as ${request.caller} with ${body.text?.slice(0, 300)}: ${answer.status} ${answer.text.slice(0, 300)}`
            const tally = `${request.mode} ${answer.status}`
            statuses.set(tally, (statuses.get(tally) ?? 0) + 1)
            const changed = (await snapshot()) !== before
            // A valid call may write: the next run (or shrink) starts from the seed again.
            if (changed) await freshDatabase()
            expect({
              call,
              broken: brokenRules(request, url, body, target, answer, { changed, unchanged: 'every table as it was' }),
            }).toEqual({
              call,
              broken: [],
            })
          }),
          {
            numRuns: runsFor(endpoint),
            ...(process.env.HOSTILE_SEED ? { seed: Number(process.env.HOSTILE_SEED) } : {}),
          },
        )
      } finally {
        vi.mocked(console.error).mockRestore()
      }
      if (process.env.HOSTILE_STATS)
        console.info(`${name} ${JSON.stringify(Object.fromEntries([...statuses].toSorted()))}`)
    },
  )
})

/** What the property found on the server, as plain cases (each was a 500 before its fix). */
describe('hostile requests the property found on the server', () => {
  const as = async (method: string, path: string, body?: unknown, caller: SignedIn = 'editor') => {
    const response = await app.fetch(
      new Request(`${BASE}${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${tokens[caller]}`,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    )
    const text = await response.text()
    return { status: response.status, json: parseJson(text) as Record<string, unknown> | undefined }
  }

  it('a publication range at the edges of the format (the year 10000 in UTC, the year 1 BC) lists, it does not fail', async () => {
    for (const query of [
      'publishFrom=9999-12-31T23:59:59-23:59',
      'publishTo=9999-12-31T23:59:59-23:59',
      'publishFrom=0000-01-01T00:00:00%2B23:59',
    ])
      expect({ query, status: (await as('GET', `/releases?${query}`)).status }).toEqual({ query, status: 200 })
    const everything = (await as('GET', '/releases?publishFrom=0000-01-01T00:00:00%2B23:59')).json!.total
    const scheduledOrPublished = (await as('GET', '/releases?publishTo=9999-12-31T23:59:59-23:59')).json!.total
    expect(everything).toBe(scheduledOrPublished)
  })

  it('the day 0000-01-01 (1 BC) filters, and a dateline on it is kept and read back as sent', async () => {
    expect((await as('GET', '/releases?to=0000-01-01')).json!.total).toBe(0)
    expect((await as('GET', '/releases/counts?from=0000-01-01')).status).toBe(200)
    const structures = (await as('GET', '/structures')).json!.items as Array<{ id: string }>
    const created = await as('POST', '/releases', {
      type: 'press-release',
      title: 'A dateline in 1 BC',
      dateline: { place: 'Vienna', date: '0000-01-01' },
      summary: 'The edge of the format.',
      body: '<p>The edge of the format.</p>',
      sourceIds: [structures[0]!.id],
    })
    expect(created.status).toBe(201)
    const id = created.json!.id as string
    expect((await as('GET', `/releases/${id}`)).json!.dateline).toEqual({ place: 'Vienna', date: '0000-01-01' })
    const listed = (await as('GET', '/releases?to=0000-01-01')).json!.items as Array<{ id: string }>
    expect(listed.map((release) => release.id)).toEqual([id])
    await freshDatabase()
  })

  it('an id with U+0000, which PostgreSQL cannot even be asked about, is not found', async () => {
    expect((await as('GET', '/releases/%00')).status).toBe(404)
    expect((await as('GET', '/states/a%00b')).status).toBe(404)
  })

  it('U+0000 in a body or a query is refused (422) before it reaches the database, whose text cannot hold it', async () => {
    const before = await snapshot()
    const structures = (await as('GET', '/structures')).json!.items as Array<{ id: string }>
    const release = {
      type: 'press-release',
      title: 'A\u0000title',
      dateline: { place: 'Vienna', date: '2026-11-20' },
      summary: 'S',
      body: '<p>B</p>',
      sourceIds: [structures[0]!.id],
    }
    const answers = [
      await as('POST', '/releases', release),
      await as('POST', '/releases', { ...release, title: 'T', dateline: { place: '\u0000', date: '2026-11-20' } }),
      await as('POST', '/releases/release-borg-tajikistan/comments', { body: 'a\u0000b' }),
      await as('GET', '/releases?state=a%00b'),
      await as('GET', '/releases?author=%00'),
      await as('GET', '/releases/counts?q=a%00'),
    ]
    expect(answers.map((answer) => [answer.status, problemSchema.safeParse(answer.json).success])).toEqual(
      answers.map(() => [422, true]),
    )
    expect(await snapshot()).toBe(before)
    // A backslash and "u0000" as text are no U+0000: that comment is kept.
    expect((await as('POST', '/releases/release-borg-tajikistan/comments', { body: 'see \\u0000' })).status).toBe(201)
    await freshDatabase()
  })
})
