/**
 * The cache of the small collections (reference-cache.ts) stays exactly current: the revisions'
 * triggers (migration 0009) follow every kind of write and no rolled-back one; a write through
 * the API, by another process (another storage on the same database, with a cache of its own) or
 * in raw SQL is seen by the next request; a transaction reads its own writes and nothing it has
 * not committed is kept; requests at once agree. And what it saves: a release list's reads of
 * the small collections become one read of the revisions (statements counted by Drizzle's logger).
 */
import { PGlite } from '@electric-sql/pglite'
import { sql } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/pglite'
import { migrate } from 'drizzle-orm/pglite/migrator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_TODAY } from '../../tests/test-today'
import { createApi } from '../core/api'
import { now, setNow } from '../core/clock'
import type { StoredRecordOf } from '../core/records'
import type { Storage } from '../core/storage'
import { migrationsFolder, queryRows, type Database, type OpenedDatabase } from './connect'
import { cachedCollections, tableOf } from './reference-cache'
import * as schema from './schema'
import { seedIfEmpty } from './seed'
import { createSqlStorage } from './storage'
import { OPENING, testEngines } from './testing'

const BASE = 'http://127.0.0.1/api'
const HOUR = 3_600_000

type App = { fetch: (request: Request) => Response | Promise<Response> }
type ListedRef = { id: string; name: string }
type ListedRelease = { id: string; fieldsOfWork: ListedRef[] }
type StoredFieldOfWork = StoredRecordOf<'fieldsOfWork'>

/** One process's server: a storage (with its own cache) and the API over it. */
function server(opened: Pick<OpenedDatabase, 'db' | 'ping'>): { storage: Storage; app: App } {
  const storage = createSqlStorage(opened, { sessionLifetimeMs: 8 * HOUR, now })
  return { storage, app: createApi({ storage, basePath: '/api' }) }
}

async function call(app: App, token: string, method: string, path: string, body?: unknown): Promise<Response> {
  return app.fetch(
    new Request(`${BASE}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  )
}

async function json<T>(response: Response | Promise<Response>): Promise<T> {
  const answer = await response
  if (answer.status >= 300) throw new Error(`${answer.status}: ${await answer.text()}`)
  return (await answer.json()) as T
}

async function signIn(app: App, storage: Storage): Promise<string> {
  const admin = (await storage.all('users')).find((user) => user.role === 'admin')!
  const response = await app.fetch(
    new Request(`${BASE}/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userId: admin.id }),
    }),
  )
  return ((await response.json()) as { token: string }).token
}

const revisions = async (db: Database) =>
  new Map(
    (
      await queryRows<{ table_name: string; revision: string }>(
        db,
        sql`SELECT table_name, revision FROM reference_revisions`,
      )
    ).map((row) => [row.table_name, row.revision]),
  )

beforeAll(() => setNow(TEST_TODAY))
afterAll(() => setNow(null))

describe.each(testEngines)('the cache of the small collections on %s', (engine, open) => {
  let opened: OpenedDatabase
  let one: { storage: Storage; app: App }
  let other: { storage: Storage; app: App }
  let token: string

  beforeAll(async () => {
    opened = await open()
    await seedIfEmpty(opened.db, { releases: 30 })
    one = server(opened)
    other = server(opened)
    token = await signIn(one.app, one.storage)
  }, OPENING)
  afterAll(() => opened?.close())

  /** The names the release list gives a field of work (the refs of the releases tagged with it). */
  async function listedNames(app: App, fieldId: string): Promise<string[]> {
    const page = await json<{ items: ListedRelease[] }>(call(app, token, 'GET', '/releases?pageSize=100'))
    return [
      ...new Set(
        page.items.flatMap((release) =>
          release.fieldsOfWork.filter((ref) => ref.id === fieldId).map((ref) => ref.name),
        ),
      ),
    ]
  }

  /** A field of work some listed release is tagged with, as stored now. */
  async function listedField(): Promise<StoredFieldOfWork> {
    const page = await json<{ items: ListedRelease[] }>(call(one.app, token, 'GET', '/releases?pageSize=100'))
    const id = page.items.flatMap((release) => release.fieldsOfWork)[0]!.id
    return (await one.storage.get('fieldsOfWork', id))!
  }

  const rename = (app: App, field: StoredFieldOfWork, name: string) =>
    json<StoredFieldOfWork>(call(app, token, 'PATCH', `/fields-of-work/${field.id}`, { name, version: field.version }))

  it('keep a revision per cached table, changed by every kind of write and by no rolled-back one', async () => {
    const before = await revisions(opened.db)
    expect([...before.keys()].toSorted()).toEqual(cachedCollections.map(tableOf).toSorted())
    const changes = async (statement: ReturnType<typeof sql>) => {
      const at = (await revisions(opened.db)).get('languages')
      await opened.db.execute(statement)
      return (await revisions(opened.db)).get('languages') !== at
    }
    expect(await changes(sql`UPDATE languages SET version = version WHERE false`)).toBe(true)
    expect(await changes(sql`INSERT INTO languages OVERRIDING SYSTEM VALUE SELECT * FROM languages WHERE false`)).toBe(
      true,
    )
    expect(await changes(sql`DELETE FROM languages WHERE id = 'none'`)).toBe(true)
    expect(await changes(sql`SELECT 1`)).toBe(false)
    // TRUNCATE too; and undone, the revision is as it was (the languages are kept for the other tests).
    const at = (await revisions(opened.db)).get('languages')
    await expect(
      opened.db.transaction(async (tx) => {
        await tx.execute(sql`UPDATE languages SET name = name || ' (undone)'`)
        const updated = (await revisions(tx as unknown as Database)).get('languages')
        expect(updated).not.toBe(at)
        await tx.execute(sql`TRUNCATE languages`)
        expect((await revisions(tx as unknown as Database)).get('languages')).not.toBe(updated)
        throw new Error('undone')
      }),
    ).rejects.toThrow('undone')
    expect((await revisions(opened.db)).get('languages')).toBe(at)
  })

  it('serve a write through the API to the next request, the list and the record alike', async () => {
    const field = await listedField()
    expect(await listedNames(one.app, field.id)).toEqual([field.name])
    const renamed = await rename(one.app, field, `${field.name} (renamed here)`)
    expect(await listedNames(one.app, field.id)).toEqual([renamed.name])
    const record = await json<StoredFieldOfWork>(call(one.app, token, 'GET', `/fields-of-work/${field.id}`))
    expect(record).toEqual(renamed)
  })

  it("serve another process's write, and a write in raw SQL, to this process's next request", async () => {
    const field = await listedField()
    expect(await listedNames(one.app, field.id)).toEqual([field.name])
    expect(await listedNames(other.app, field.id)).toEqual([field.name])
    const renamed = await rename(other.app, field, `${field.name} (renamed there)`)
    expect(await listedNames(one.app, field.id)).toEqual([renamed.name])

    await opened.db.execute(sql`UPDATE fields_of_work SET name = 'Renamed in SQL' WHERE id = ${field.id}`)
    expect(await listedNames(one.app, field.id)).toEqual(['Renamed in SQL'])
    expect(await listedNames(other.app, field.id)).toEqual(['Renamed in SQL'])
  })

  it('let a transaction read its own write, keep nothing uncommitted, and forget a rolled-back write', async () => {
    const field = await listedField()
    expect(await listedNames(one.app, field.id)).toEqual([field.name])
    const uncommitted = { ...field, name: 'Never committed', version: field.version + 1 }
    let duringTransaction: Promise<string[]> | undefined
    await expect(
      one.storage.transaction(async (tx) => {
        await tx.replace('fieldsOfWork', uncommitted, { expectedVersion: field.version })
        expect((await tx.get('fieldsOfWork', field.id))?.name).toBe('Never committed')
        expect((await tx.all('fieldsOfWork')).find((known) => known.id === field.id)?.name).toBe('Never committed')
        // A request meanwhile: on a server it is answered now; on PGlite (one connection) once the transaction is over.
        duringTransaction = listedNames(one.app, field.id)
        if (engine !== 'PGlite') await duringTransaction
        throw new Error('rolled back')
      }),
    ).rejects.toThrow('rolled back')
    expect(await duringTransaction).toEqual([field.name])
    expect(await listedNames(one.app, field.id)).toEqual([field.name])
    expect(await one.storage.get('fieldsOfWork', field.id)).toEqual(field)

    // Committed, the same write is seen at once.
    await one.storage.transaction((tx) =>
      tx.replace('fieldsOfWork', { ...uncommitted, name: 'Committed' }, { expectedVersion: field.version }),
    )
    expect(await listedNames(one.app, field.id)).toEqual(['Committed'])
    expect(await listedNames(other.app, field.id)).toEqual(['Committed'])
  })

  it('answer requests at once with the old or the new name, and every later one with the new', async () => {
    const field = await listedField()
    const lists = Array.from({ length: 12 }, (_, index) => listedNames(index % 2 ? one.app : other.app, field.id))
    const renamed = rename(one.app, field, `${field.name} (renamed meanwhile)`)
    const more = Array.from({ length: 12 }, () => listedNames(one.app, field.id))
    const { name } = await renamed
    for (const names of await Promise.all([...lists, ...more])) expect([[field.name], [name]]).toContainEqual(names)
    expect(await Promise.all([listedNames(one.app, field.id), listedNames(other.app, field.id)])).toEqual([
      [name],
      [name],
    ])
  })

  it('share frozen records between requests: no caller can change what the next one reads', async () => {
    const view = one.storage.forRequest!()
    const states = await view.all('states')
    expect(Object.isFrozen(states) && Object.isFrozen(states[0])).toBe(true)
    expect(() => {
      ;(states[0] as { name: string }).name = 'Changed'
    }).toThrow(TypeError)
    const operation = (await view.all('fieldOperations')).find((known) => known.languageCodes)!
    expect(() => operation.languageCodes!.push('xx')).toThrow(TypeError)
    expect(await one.storage.forRequest!().get('states', states[0]!.id)).toBe(states[0])
  })
})

/** A migrated PGlite database whose Drizzle logger keeps the SQL of every statement run. */
async function openCountedPglite() {
  const client = await PGlite.create()
  const statements: string[] = []
  const db = drizzle({ client, schema, logger: { logQuery: (query) => statements.push(query) } })
  await migrate(db, { migrationsFolder })
  return {
    opened: { db: db as unknown as Database, ping: async () => void (await client.query('SELECT 1')) },
    statements,
    close: () => client.close(),
  }
}

/** Whether a statement reads a cached table (the revisions' read is not one). */
const readsCachedTable = (statement: string) =>
  cachedCollections.some((name) => new RegExp(`from "${tableOf(name)}"`, 'i').test(statement))

describe('a release list request', () => {
  let counted: Awaited<ReturnType<typeof openCountedPglite>>
  beforeAll(async () => {
    counted = await openCountedPglite()
    await seedIfEmpty(counted.opened.db, { releases: 30 })
  }, OPENING)
  afterAll(() => counted?.close())

  it('reads the revisions once instead of each small collection', async () => {
    const cached = server(counted.opened)
    const { forRequest: _, ...withoutCache } = cached.storage
    const uncached = { storage: withoutCache, app: createApi({ storage: withoutCache, basePath: '/api' }) }
    const token = await signIn(cached.app, cached.storage)
    /** The statements of one list request (after one that warms the cache and prepares the statements). */
    const statementsOf = async (app: App) => {
      await json(call(app, token, 'GET', '/releases?pageSize=25'))
      counted.statements.length = 0
      await json(call(app, token, 'GET', '/releases?pageSize=25'))
      return [...counted.statements]
    }
    const before = await statementsOf(uncached.app)
    const after = await statementsOf(cached.app)
    const revisionReads = (statements: string[]) => statements.filter((s) => /"reference_revisions"/.test(s)).length
    console.info(
      `[reference cache] a list request's statements: ${before.length} without the cache ` +
        `(${before.filter(readsCachedTable).length} of small collections), ${after.length} with it ` +
        `(${after.filter(readsCachedTable).length} of small collections, ${revisionReads(after)} of the revisions)`,
    )
    // The five names' collections and the signed-in user: one read of the revisions instead.
    expect(before.filter(readsCachedTable).length).toBe(6)
    expect(after.filter(readsCachedTable)).toEqual([])
    expect(revisionReads(after)).toBe(1)
    expect(after.length).toBe(before.length - 5)
  })
})
