import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getTableName, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectionNames } from '../core/records'
import { migrationsFolder, openDatabase, queryRows, tableNames, type OpenedDatabase } from './connect'
import { referenceRevisions, releaseCounts, tables } from './schema'
import { createServerTestDatabase, OPENING, openTestDatabase, testDatabaseUrl } from './testing'

/** The migrations in the folder (drizzle-kit's journal lists them). */
const migrationCount = (
  JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] }
).entries.length

/** The SQL names of the tables: one per stored collection, the releases' kept counts, the small collections' revisions. */
const expectedTables = [
  ...collectionNames.map((name) => getTableName(tables[name])),
  getTableName(releaseCounts),
  getTableName(referenceRevisions),
].toSorted()

const appliedMigrations = async (opened: OpenedDatabase) =>
  (await queryRows<{ n: number }>(opened.db, sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`))[0]!.n

/** Every way the history could be changed after the fact: each must be refused by the database. */
async function expectHistoryAppendOnly(opened: OpenedDatabase): Promise<void> {
  await opened.db.execute(sql`
    INSERT INTO history (id, release_id, kind, from_status, to_status, actor_id, at)
    VALUES ('history-test-0', 'release-test', 'created', NULL, 'draft', 'user-test', now())`)
  for (const statement of [
    sql`UPDATE history SET comment = 'rewritten' WHERE id = 'history-test-0'`,
    sql`DELETE FROM history WHERE id = 'history-test-0'`,
    sql`TRUNCATE history`,
  ]) {
    // Drizzle wraps the database's error: its cause is PostgreSQL's own.
    const error: unknown = await opened.db.execute(statement).then(
      () => null,
      (failure: unknown) => failure,
    )
    expect((error as { cause?: Error } | null)?.cause?.message).toMatch(
      /^history is append-only: (UPDATE|DELETE|TRUNCATE) refused$/,
    )
  }
  const rows = await queryRows<{ comment: string | null }>(opened.db, sql`SELECT comment FROM history`)
  expect(rows).toEqual([{ comment: null }])
}

describe('the migrations on PGlite', () => {
  let opened: OpenedDatabase
  beforeAll(async () => {
    opened = await openTestDatabase()
  }, OPENING)
  afterAll(() => opened.close())

  it('make every table of the schema in an empty database', async () => {
    expect(await tableNames(opened.db)).toEqual(expectedTables)
    expect(await appliedMigrations(opened)).toBe(migrationCount)
  })

  it('index every filter and sort of the release list, and its search', async () => {
    const indexes = await queryRows<{ indexname: string; indexdef: string }>(
      opened.db,
      sql`SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'releases'`,
    )
    const definitions = indexes.map((index) => index.indexdef).join('\n')
    for (const column of [
      'status',
      'type',
      'language',
      'author_id',
      'dateline_date',
      'updated_at',
      'submitted_at',
      'published_at',
      'scheduled_at',
      'title',
      'original_id',
    ])
      expect(definitions).toContain(`(${column}`.replace('(original_id', 'COALESCE(original_id'))
    for (const column of ['source_ids', 'field_of_work_ids', 'state_ids', 'field_operation_ids', 'search'])
      expect(definitions).toContain(`USING gin (${column})`)
  })

  it('leave a history that refuses UPDATE, DELETE and TRUNCATE, even in raw SQL', async () => {
    await expectHistoryAppendOnly(opened)
    expect(await queryRows(opened.db, sql`SELECT id FROM history`)).toEqual([{ id: 'history-test-0' }])
  })
})

describe('a PGlite folder', () => {
  it(
    'is made when missing, keeps its data across a restart, and is migrated once',
    async () => {
      const parent = await mkdtemp(join(tmpdir(), 'newsroom-db-'))
      const dataDir = join(parent, 'data', 'pglite')
      try {
        const first = await openDatabase({ dataDir })
        await first.db.execute(sql`INSERT INTO users (id, name, role, title) VALUES ('user-x', 'X', 'editor', 'T')`)
        await first.close()
        const second = await openDatabase({ dataDir })
        expect(await appliedMigrations(second)).toBe(migrationCount)
        expect(await queryRows(second.db, sql`SELECT id FROM users`)).toEqual([{ id: 'user-x' }])
        await second.close()
      } finally {
        await rm(parent, { recursive: true, force: true })
      }
    },
    OPENING,
  )
})

// A real server: run with TEST_DATABASE_URL=postgres://… (a user who may create databases).
describe.skipIf(!testDatabaseUrl)('the migrations on the PostgreSQL server of TEST_DATABASE_URL', () => {
  it(
    'make every table, once, with processes starting together',
    async () => {
      const database = await createServerTestDatabase(testDatabaseUrl!)
      // Three processes at once: the advisory lock lets one migrate; the others find it done.
      const opened = await Promise.all([1, 2, 3].map(() => openDatabase({ databaseUrl: database.url, dataDir: '' })))
      try {
        expect(await tableNames(opened[0]!.db)).toEqual(expectedTables)
        expect(await appliedMigrations(opened[0]!)).toBe(migrationCount)
        await expectHistoryAppendOnly(opened[1]!)
      } finally {
        await Promise.all(opened.map((each) => each.close()))
        await database.drop()
      }
    },
    OPENING,
  )
})

if (!testDatabaseUrl)
  console.info('server/db: TEST_DATABASE_URL is not set, so the migrations were not tried on a PostgreSQL server')
