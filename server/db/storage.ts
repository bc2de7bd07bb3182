/**
 * The server's storage adapter (decision 0021): the port of `server/core/storage.ts` over the
 * tables of `schema.ts`, on PGlite or a PostgreSQL server alike. Records go in and out through
 * `codecs.ts`; the releases' named queries are in `release-queries.ts`.
 */
import { and, asc, desc, eq, getTableColumns, gt, lt, sql } from 'drizzle-orm'
import type { CollectionName, StoredHistoryEntry, StoredRecordOf } from '../core/records'
import {
  StorageUnavailable,
  VersionConflict,
  type SmallCollection,
  type Storage,
  type StorageReader,
  type StorageWriter,
  type Transaction,
} from '../core/storage'
import { codecs, type Codec, type CodecContext } from './codecs'
import { isDatabaseUnreachable, type Database, type Executor } from './connect'
import { prepared } from './prepared'
import { createReferenceCache } from './reference-cache'
import { releaseQueries } from './release-queries'
import { reportQueries } from './reports'
import * as t from './schema'

export type SqlStorageOptions = {
  /** How long a session lasts after it was created (the configuration's SESSION_TTL_HOURS). */
  sessionLifetimeMs: number
  /** The clock that judges whether a session has expired (tests freeze it, as the core's). */
  now?: () => Date
  /** How many history entries `histories()` reads at a time (default 5,000). */
  historyBatch?: number
}

/** The storage port over an opened database. */
export function createSqlStorage(
  database: { db: Database; ping(): Promise<void> },
  options: SqlStorageOptions,
): Storage {
  const settings = {
    context: { sessionLifetimeMs: options.sessionLifetimeMs },
    now: options.now ?? (() => new Date()),
    historyBatch: options.historyBatch ?? 5_000,
  }
  const reads = reader(database.db, settings)
  const cache = createReferenceCache(database.db, reads)
  return {
    ...reads,
    // Only outside a transaction: a transaction's reads go to its own reader (writer below), uncached.
    forRequest: () => guardedMethods(cache.forRequest()),
    ping: () => database.ping(),
    transaction: (work) => guarded(() => database.db.transaction((tx) => work(transaction(tx, settings)))),
  }
}

/**
 * A database that cannot be reached (stopped, restarting, a connection cut) is not a bug: the
 * core answers StorageUnavailable with a 503 in these words, never a 500, and the same request
 * may be sent again once it is back (the pool connects anew; no restart of this process).
 */
export const databaseUnreachable = {
  title: 'The database is not answering',
  detail: 'The server cannot reach its database just now, so nothing was saved. Try again in a moment.',
}

function translated(error: unknown): unknown {
  if (error instanceof StorageUnavailable || !isDatabaseUnreachable(error)) return error
  // A database coming back is worth waiting for: the app's autosave waits as long as Retry-After says.
  return new StorageUnavailable(databaseUnreachable.title, databaseUnreachable.detail, {
    cause: error,
    retryAfterSeconds: 5,
  })
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    throw translated(error)
  }
}

async function* guardedIterable<T>(iterable: AsyncIterable<T>): AsyncGenerator<T> {
  try {
    yield* iterable
  } catch (error) {
    throw translated(error)
  }
}

/** The same methods, each answering a database it cannot reach as StorageUnavailable. */
function guardedMethods<T extends object>(methods: T): T {
  return Object.fromEntries(
    Object.entries(methods).map(([name, method]) => [
      name,
      typeof method === 'function'
        ? (...args: unknown[]) => guarded(() => (method as (...args: unknown[]) => Promise<unknown>)(...args))
        : method,
    ]),
  ) as T
}

type Settings = { context: CodecContext; now: () => Date; historyBatch: number }

/** A collection's codec, with the record type of that collection. */
const codecOf = <N extends CollectionName>(name: N) => codecs[name] as Codec<N>

/** A collection's rows as its records. */
const decodeRows = <N extends CollectionName>(name: N, rows: unknown[]): StoredRecordOf<N>[] =>
  rows.map((row) => codecOf(name).fromRow(row as never))

function reader(db: Executor, settings: Settings): StorageReader {
  /** A query of a collection's record columns, and how its rows become records. */
  const select = <N extends CollectionName>(name: N) => {
    const codec = codecOf(name)
    const decode = (rows: unknown[]): StoredRecordOf<N>[] => rows.map((row) => codec.fromRow(row as never))
    return { codec, decode, query: db.select(codec.columns).from(codec.table) }
  }

  const methods: StorageReader = {
    async get(name, id) {
      // PostgreSQL's text cannot hold U+0000 (it refuses the parameter): no stored id has it.
      if (id.includes('\u0000')) return undefined
      const statement = prepared(db, `newsroom_get_${name}`, () => {
        const { codec, query } = select(name)
        const byId = eq(codec.key, sql.placeholder('id'))
        const condition = name === 'sessions' ? and(byId, gt(t.sessions.expiresAt, sql.placeholder('now'))) : byId
        return query.where(condition).limit(1).prepare(`newsroom_get_${name}`)
      })
      return decodeRows(name, await statement.execute({ id, now: settings.now() }))[0]
    },

    async all<N extends SmallCollection>(name: N) {
      const statement = prepared(db, `newsroom_all_${name}`, () => {
        const { codec, query } = select(name)
        return query.orderBy(asc(getTableColumns(codec.table).seq!)).prepare(`newsroom_all_${name}`)
      })
      return decodeRows(name, await statement.execute())
    },

    releases: releaseQueries(db),
    reports: reportQueries(db),

    async historyOf(releaseId) {
      const { decode, query } = select('history')
      return decode(
        await query.where(eq(t.history.releaseId, releaseId)).orderBy(asc(t.history.at), asc(t.history.seq)),
      )
    },

    histories: () => historiesOf(db, settings.historyBatch),

    async commentsOf(releaseId) {
      const { decode, query } = select('comments')
      return decode(
        await query.where(eq(t.comments.releaseId, releaseId)).orderBy(asc(t.comments.createdAt), asc(t.comments.seq)),
      )
    },

    async notificationsOf(recipientId) {
      const { decode, query } = select('notifications')
      return decode(
        await query
          .where(eq(t.notifications.recipientId, recipientId))
          .orderBy(desc(t.notifications.at), desc(t.notifications.id)),
      )
    },
  }
  const { histories, releases, reports, ...rest } = methods
  return {
    ...guardedMethods(rest),
    releases: guardedMethods(releases),
    reports: guardedMethods(reports),
    histories: () => guardedIterable(histories()),
  }
}

/**
 * Every release's history, one release at a time, each oldest first: read in batches by the
 * history index's order (release, instant, insertion), so memory holds one batch, not them all.
 */
async function* historiesOf(db: Executor, batch: number): AsyncGenerator<StoredHistoryEntry[]> {
  const codec = codecOf('history')
  const columns = { ...codec.columns, seq: t.history.seq }
  let after: { releaseId: string; at: Date; seq: number } | null = null
  let current: StoredHistoryEntry[] = []
  for (;;) {
    const rows = (await db
      .select(columns)
      .from(t.history)
      .where(
        after === null
          ? undefined
          : sql`(${t.history.releaseId}, ${t.history.at}, ${t.history.seq}) > (${after.releaseId}, ${after.at}, ${after.seq})`,
      )
      .orderBy(asc(t.history.releaseId), asc(t.history.at), asc(t.history.seq))
      .limit(batch)) as Array<typeof t.history.$inferSelect>
    for (const row of rows) {
      if (current.length > 0 && current[0]!.releaseId !== row.releaseId) {
        yield current
        current = []
      }
      current.push(codec.fromRow(row))
    }
    if (rows.length < batch) break
    const last = rows.at(-1)!
    after = { releaseId: last.releaseId, at: last.at, seq: last.seq }
  }
  if (current.length > 0) yield current
}

function transaction(tx: Executor, settings: Settings): Transaction {
  return {
    ...reader(tx, settings),
    ...guardedMethods(writer(tx, settings)),
  }
}

function writer(tx: Executor, settings: Settings): StorageWriter {
  return {
    async insert(name, record) {
      const codec = codecOf(name)
      await tx.insert(codec.table).values(codec.toRow(record, settings.context))
    },

    async replace(name, record, options) {
      const codec = codecOf(name)
      const id = (record as { token?: string; id?: string })[name === 'sessions' ? 'token' : 'id']!
      const version = getTableColumns(codec.table).version
      const expectedVersion = options?.expectedVersion
      if (expectedVersion !== undefined && !version) throw new Error(`${name} records have no version`)
      // One conditional UPDATE: the version is checked and changed in the same statement, so
      // of two writes decided on one version exactly one finds it (the other waits for the
      // row's lock, then sees the new version).
      const updated = await tx
        .update(codec.table)
        .set(codec.toRow(record, settings.context))
        .where(
          expectedVersion === undefined ? eq(codec.key, id) : and(eq(codec.key, id), eq(version!, expectedVersion)),
        )
        .returning({ key: codec.key })
      if (updated.length > 0) return
      if (expectedVersion !== undefined) throw new VersionConflict(name, id)
      throw new Error(`${name}/${id} does not exist: nothing to replace`)
    },

    async delete(name, id) {
      const codec = codecOf(name)
      await tx.delete(codec.table).where(eq(codec.key, id))
    },

    async expireIdempotencyRecords(before) {
      await tx.delete(t.idempotencyRecords).where(lt(t.idempotencyRecords.at, before))
    },
  }
}
