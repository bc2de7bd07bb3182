/**
 * The benchmark's databases (`npm run bench:api`): an empty one per run (a PGlite folder, or a
 * new database on the PostgreSQL server of BENCH_DATABASE_URL), filled with `size` releases.
 *
 * Up to `directMax` releases it is the server's own seed (`seedIfEmpty` of server/db/seed.ts:
 * the mock's generator, thousands of rows per INSERT), exactly what `SEED_RELEASES` gives a
 * fresh server. Beyond it, that path is too slow and too big for this machine (100,000 took
 * 134 s and 1.8 GB of the seeding process's memory on PGlite, on the shared 2-core machine at
 * load 6–10; a million, generated in memory at once, would take over 20 minutes and most of
 * the machine's memory), so a bench-only path seeds
 * `template` releases the server's way, then copies them in SQL (`INSERT … SELECT … CROSS
 * JOIN generate_series`) until there are `size`: each copy gets new ids (`-c<k>` appended,
 * translations keep pointing at their copied original), the same text, statuses, languages,
 * families, field operations and search words, its instants shifted back by k seconds (so
 * sorts by time do not tie). Their histories are copied the same way (the review-turnaround
 * report reads them); notifications are not (no measured request reads them). Then ANALYZE,
 * so that the planner knows the table's new size.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import { Client } from 'pg'
import { openDatabase, queryRows, type Database } from '../server/db/connect'
import { seedIfEmpty } from '../server/db/seed'

export type Engine = 'pglite' | 'postgres'

export type SeededDatabase = {
  engine: Engine
  /** PGlite's folder (pglite) … */
  dataDir?: string
  /** … or the new database's URL (postgres). */
  databaseUrl?: string
  /** How the releases got there, for the results. */
  seeding: {
    method: 'server-seed' | 'template-copies' | 'copy-of-database'
    template: number
    seconds: number
    releases: number
    /** copy-of-database: the database copied. */
    from?: string
  }
  /** Removes the folder or drops the database. */
  remove(): Promise<void>
}

export type SeedOptions = {
  engine: Engine
  size: number
  /** The PostgreSQL server (postgres engine): a database is created on it, and dropped by remove(). */
  serverUrl?: string
  /** Up to this many releases, the server's own seed; beyond, template copies. */
  directMax: number
  /** How many releases the server's seed writes before they are copied. */
  template: number
  /**
   * A database seeded by an earlier run on the same server (kept with BENCH_API_KEEP): the run's
   * database is a copy of it (`CREATE DATABASE … TEMPLATE`), migrated to today's schema, instead
   * of a new seed (a million releases take many minutes to seed here).
   */
  fromDatabase?: string
  log: (line: string) => void
}

/** An empty database for the engine: a temporary PGlite folder, or a new database on the server. */
async function emptyDatabase(
  options: SeedOptions,
): Promise<{ dataDir?: string; databaseUrl?: string; remove(): Promise<void> }> {
  if (options.engine === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'newsroom-bench-api-'))
    return { dataDir, remove: async () => rmSync(dataDir, { recursive: true, force: true }) }
  }
  if (!options.serverUrl) throw new Error('The postgres engine needs BENCH_DATABASE_URL.')
  const name = `newsroom_bench_${options.size}_${process.pid}`
  const admin = new Client({ connectionString: options.serverUrl })
  await admin.connect()
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`)
    await admin.query(
      `CREATE DATABASE ${name}${options.fromDatabase ? ` TEMPLATE ${quoted(options.fromDatabase)}` : ''}`,
    )
  } finally {
    await admin.end()
  }
  const url = new URL(options.serverUrl)
  url.pathname = `/${name}`
  return {
    databaseUrl: url.toString(),
    remove: async () => {
      const client = new Client({ connectionString: options.serverUrl })
      await client.connect()
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      } finally {
        await client.end()
      }
    },
  }
}

/** A table's columns, less the identity ones (the database numbers those). */
async function columnsOf(db: Database, table: string): Promise<{ name: string; type: string }[]> {
  const rows = await queryRows<{ column_name: string; data_type: string }>(
    db,
    sql`SELECT column_name, data_type FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = ${table} AND is_identity = 'NO'
        ORDER BY ordinal_position`,
  )
  return rows.map((row) => ({ name: row.column_name, type: row.data_type }))
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`

/** The SELECT list of a copy: ids get the copy's suffix, instants move back k seconds, the rest as is. */
function copyExpressions(columns: { name: string; type: string }[], idColumns: readonly string[]): string {
  return columns
    .map(({ name, type }) => {
      const column = `t.${quoted(name)}`
      if (idColumns.includes(name)) return `CASE WHEN ${column} IS NULL THEN NULL ELSE ${column} || '-c' || k END`
      if (type.startsWith('timestamp')) return `${column} - make_interval(secs => k)`
      return column
    })
    .join(', ')
}

/** Copies the template releases (and their histories) `copies` times, `perStatement` copies at a time. */
async function copyTemplate(db: Database, copies: number, log: (line: string) => void): Promise<void> {
  const releaseColumns = await columnsOf(db, 'releases')
  const historyColumns = await columnsOf(db, 'history')
  const releaseList = releaseColumns.map((column) => quoted(column.name)).join(', ')
  const historyList = historyColumns.map((column) => quoted(column.name)).join(', ')
  const releaseSelect = copyExpressions(releaseColumns, ['id', 'original_id'])
  const historySelect = copyExpressions(historyColumns, ['id', 'release_id'])
  // The template is what is there before the first copy: the original ids hold no "-c".
  await db.execute(sql.raw(`CREATE TEMP TABLE bench_template_releases AS SELECT * FROM releases`))
  await db.execute(sql.raw(`CREATE TEMP TABLE bench_template_history AS SELECT * FROM history`))
  const perStatement = 5
  for (let first = 1; first <= copies; first += perStatement) {
    const last = Math.min(copies, first + perStatement - 1)
    const started = performance.now()
    await db.execute(
      sql.raw(
        `INSERT INTO releases (${releaseList}) SELECT ${releaseSelect} FROM bench_template_releases t CROSS JOIN generate_series(${first}, ${last}) AS k`,
      ),
    )
    await db.execute(
      sql.raw(
        `INSERT INTO history (${historyList}) SELECT ${historySelect} FROM bench_template_history t CROSS JOIN generate_series(${first}, ${last}) AS k ORDER BY k, t.seq`,
      ),
    )
    log(`  copies ${first}–${last} of ${copies} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  }
  await db.execute(sql.raw(`DROP TABLE bench_template_releases`))
  await db.execute(sql.raw(`DROP TABLE bench_template_history`))
}

/**
 * A database with `size` releases (plus the seed's two source-page releases and, through the
 * copies, theirs), ready for the server to open: migrated, seeded, analysed.
 */
export async function seedDatabase(options: SeedOptions): Promise<SeededDatabase> {
  const empty = await emptyDatabase(options)
  const started = performance.now()
  const direct = options.size <= options.directMax
  const template = direct ? options.size : options.template
  // A copy of a seeded database is migrated as it opens (the server's own migrations).
  const opened = await openDatabase({ databaseUrl: empty.databaseUrl, dataDir: empty.dataDir ?? '' })
  try {
    if (options.fromDatabase) options.log(`  a copy of ${options.fromDatabase}, migrated`)
    else {
      options.log(`  server seed of ${template} releases`)
      await seedIfEmpty(opened.db, { releases: template })
    }
    if (!direct && !options.fromDatabase) {
      // The seed adds the source page's release and its Russian version beside the generated ones.
      const [{ n }] = (await queryRows<{ n: number }>(opened.db, sql`SELECT count(*)::int AS n FROM releases`)) as [
        { n: number },
      ]
      const copies = Math.max(0, Math.round(options.size / n) - 1)
      await copyTemplate(opened.db, copies, options.log)
    }
    await opened.db.execute(sql`ANALYZE`)
    const [{ releases }] = (await queryRows<{ releases: number }>(
      opened.db,
      sql`SELECT count(*)::int AS releases FROM releases`,
    )) as [{ releases: number }]
    const seconds = (performance.now() - started) / 1000
    return {
      engine: options.engine,
      dataDir: empty.dataDir,
      databaseUrl: empty.databaseUrl,
      seeding: options.fromDatabase
        ? { method: 'copy-of-database', template: 0, seconds, releases, from: options.fromDatabase }
        : { method: direct ? 'server-seed' : 'template-copies', template, seconds, releases },
      remove: empty.remove,
    }
  } finally {
    await opened.close()
  }
}
