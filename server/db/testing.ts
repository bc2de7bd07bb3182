/**
 * What the server's database tests share: a fresh, migrated database (PGlite in memory by
 * default; the PostgreSQL server of `TEST_DATABASE_URL` where a test asks for it), and the
 * comparison of records up to the form of their instants.
 */
import { randomUUID } from 'node:crypto'
import { Client } from 'pg'
import { openDatabase, type OpenedDatabase } from './connect'

/** A migrated PGlite database in memory: every test file gets its own. */
export const openTestDatabase = (): Promise<OpenedDatabase> => openDatabase({ dataDir: 'memory://' })

/** The PostgreSQL server the tests may also run against (`TEST_DATABASE_URL`), or why they don't. */
export const testDatabaseUrl = process.env.TEST_DATABASE_URL

/**
 * The engines a suite runs on: PGlite always; the PostgreSQL server of `TEST_DATABASE_URL`
 * too when it is set, in a database of the suite's own (test files run in parallel).
 */
export const testEngines: Array<[engine: string, open: () => Promise<OpenedDatabase>]> = [
  ['PGlite', openTestDatabase],
  ...(testDatabaseUrl
    ? [
        ['PostgreSQL (TEST_DATABASE_URL)', () => openServerTestDatabase(testDatabaseUrl)] as [
          string,
          () => Promise<OpenedDatabase>,
        ],
      ]
    : []),
]

/** A new, empty database on the server of `serverUrl`, opened and migrated; closing it drops it. */
export async function openServerTestDatabase(serverUrl: string): Promise<OpenedDatabase> {
  const database = await createServerTestDatabase(serverUrl)
  const opened = await openDatabase({ databaseUrl: database.url, dataDir: '' })
  return {
    ...opened,
    close: async () => {
      await opened.close()
      await database.drop()
    },
  }
}

/** A new, empty database on the server of `serverUrl` (its user needs CREATEDB): its URL, and how to drop it. */
export async function createServerTestDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `newsroom_test_${randomUUID().replaceAll('-', '')}`
  await administer(serverUrl, `CREATE DATABASE ${name}`)
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return { url: url.toString(), drop: () => administer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) }
}

async function administer(serverUrl: string, statement: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/

/**
 * A record with every instant in `toISOString()` form, the form the database answers: the
 * seed writes a few as "2024-06-26T10:00:00Z", which is the same instant.
 */
export function withCanonicalInstants<T>(value: T): T {
  if (typeof value === 'string') return (isoInstant.test(value) ? new Date(value).toISOString() : value) as T
  if (Array.isArray(value)) return value.map(withCanonicalInstants) as T
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, withCanonicalInstants(field)])) as T
  return value
}

/** How long a test may take to open its database: PGlite starts in seconds, more on a busy machine. */
export const OPENING = 120_000
