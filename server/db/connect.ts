/**
 * Opens the server's database and brings its tables up to date (decision 0021): PGlite, the
 * embedded PostgreSQL, in a folder of this machine by default; a PostgreSQL server when a
 * `databaseUrl` is given. Either way the caller gets one Drizzle database of the same type.
 */
import { mkdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { PGlite } from '@electric-sql/pglite'
import { sql, type SQL } from 'drizzle-orm'
import { drizzle as drizzleNodePostgres } from 'drizzle-orm/node-postgres'
import { migrate as migrateNodePostgres } from 'drizzle-orm/node-postgres/migrator'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { Pool } from 'pg'
import * as schema from './schema'

export type Schema = typeof schema
/** The database, whichever engine is under it. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>

/** What runs queries: the database, or one of its transactions. */
export type Executor = Pick<Database, 'select' | 'selectDistinctOn' | 'insert' | 'update' | 'delete' | 'execute'>

export type OpenedDatabase = {
  db: Database
  /** Which engine answers: the embedded one or a server. */
  engine: 'pglite' | 'postgres'
  /** Resolves when the database answers a query. */
  ping(): Promise<void>
  /** Closes the connections (PGlite: flushes and closes its folder). */
  close(): Promise<void>
}

export type DatabaseConfig = {
  /** A PostgreSQL server (`postgres://…`); when absent, PGlite in `dataDir`. */
  databaseUrl?: string
  /** PGlite's folder, created if missing; `memory://` keeps the database in memory (tests). */
  dataDir: string
  /** Bring the tables up to date first (the default); `db:migrate` and tests may do it apart. */
  migrate?: boolean
}

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url))

/**
 * The advisory lock that the processes sharing one PostgreSQL take around their migrations.
 * Drizzle's migrator takes none: it reads the last applied migration outside its transaction,
 * so two processes starting together would both apply the same migration, and one would fail.
 */
const MIGRATION_LOCK = 7_120_016_021

/** Opens the database named by `config` and, unless told otherwise, migrates it. */
export async function openDatabase(config: DatabaseConfig): Promise<OpenedDatabase> {
  const opened = config.databaseUrl ? openServer(config.databaseUrl) : await openPglite(config.dataDir)
  if (config.migrate !== false) {
    try {
      await opened.migrate()
    } catch (error) {
      await opened.close()
      throw error
    }
  }
  const { migrate: _, ...database } = opened
  return database
}

async function openPglite(dataDir: string): Promise<OpenedDatabase & { migrate(): Promise<void> }> {
  const inMemory = dataDir.startsWith('memory://')
  if (!inMemory) await mkdir(dataDir, { recursive: true })
  const client = await PGlite.create(inMemory ? undefined : dataDir)
  const db = drizzlePglite({ client, schema })
  return {
    db: db as unknown as Database,
    engine: 'pglite',
    ping: async () => {
      await client.query('SELECT 1')
    },
    close: () => client.close(),
    // One process owns a PGlite folder: nothing to race with.
    migrate: () => migratePglite(db, { migrationsFolder }),
  }
}

function openServer(databaseUrl: string): OpenedDatabase & { migrate(): Promise<void> } {
  // A server that cannot be reached at all (a network cut drops packets rather than refusing)
  // fails the request after this long, as a 503, instead of leaving it hanging (storage.ts).
  // pipeline: reads a transaction starts together (the names of an answer) go out on its
  // connection at once, one round trip instead of one each; a lone query is unchanged.
  // jit=off: PostgreSQL's JIT compiles a plan when its cost estimate is high, as a count over a
  // million releases is; compiling took 100 to 400 ms, longer than running the query.
  const pool = new Pool({
    connectionString: databaseUrl,
    connectionTimeoutMillis: 10_000,
    pipeline: true,
    options: '-c jit=off',
  })
  // An idle connection that the server drops (a restart, a network cut) must not crash the process.
  pool.on('error', (error) =>
    console.error(JSON.stringify({ level: 'error', msg: 'idle database connection lost', error: error.message })),
  )
  const db = drizzleNodePostgres({ client: pool, schema })
  return {
    db: db as unknown as Database,
    engine: 'postgres',
    ping: async () => {
      await pool.query('SELECT 1')
    },
    close: () => pool.end(),
    migrate: async () => {
      // A session-level advisory lock holds only on its own connection: migrate over that one.
      const connection = await pool.connect()
      try {
        await connection.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK])
        try {
          await migrateNodePostgres(drizzleNodePostgres({ client: connection, schema }), { migrationsFolder })
        } finally {
          await connection.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK])
        }
      } finally {
        connection.release()
      }
    },
  }
}

/** Node's network errors that mean the server could not be reached or the connection broke. */
const networkErrors = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
])
/** What pg says when a connection broke, timed out, or was already broken. */
const lostConnection =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed)/
/**
 * SQLSTATEs of a server that is going away or not there yet: class 08 (connection exception),
 * 57P01 admin shutdown (pg_ctl stop), 57P02 crash shutdown, 57P03 cannot connect now (starting up).
 */
const unavailableStates = /^(08...|57P0[123])$/

/**
 * Whether `error` means the database could not be reached (down, restarting, a broken
 * connection) rather than that the query was wrong: the storage answers those as
 * StorageUnavailable (a 503: try again), never a 500. Looks through Drizzle's DrizzleQueryError
 * (its `cause`) and Node's AggregateError (one per address tried).
 */
export function isDatabaseUnreachable(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false
  const { code, message, cause, errors } = error as {
    code?: unknown
    message?: unknown
    cause?: unknown
    errors?: unknown
  }
  if (typeof code === 'string' && (networkErrors.has(code) || unavailableStates.test(code))) return true
  if (typeof message === 'string' && lostConnection.test(message)) return true
  if (Array.isArray(errors) && errors.length > 0 && errors.every((inner) => isDatabaseUnreachable(inner, depth + 1)))
    return true
  return isDatabaseUnreachable(cause, depth + 1)
}

/**
 * The rows a raw query answers, whichever driver runs it: both drivers answer `{ rows }`, but
 * Drizzle types the answer of a database of either driver as unknown.
 */
export async function queryRows<Row>(db: Pick<Database, 'execute'>, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] }
  return result.rows
}

/** The tables' names as PostgreSQL has them, for tests and tools that check the schema. */
export async function tableNames(db: Database): Promise<string[]> {
  const rows = await queryRows<{ table_name: string }>(
    db,
    sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
  )
  return rows.map((row) => row.table_name)
}
