/**
 * The two homes of the core (decision 0021), in this process: the mock's memory storage over
 * its own store, and the server's SQL storage over PGlite in memory, each seeded alike and each
 * behind the same Hono app (`createApi`). Requests go straight to `app.fetch`: no HTTP.
 *
 * New records get ids from `crypto.randomUUID`: here it draws from a counter per side, so both
 * sides give the n-th record they create the same id. Random ids would make ties in a sort
 * (broken by id) fall differently on each side for no fault of either. Only the core's calls
 * count (PGlite draws UUIDs of its own).
 */
import { sql } from 'drizzle-orm'
import { createStore, reseed } from '../../mocks/persistence/store'
import { createMemoryStorage } from '../../mocks/storage/memory-storage'
import { createApi } from '../../server/core/api'
import { now } from '../../server/core/clock'
import { setBodySanitizer } from '../../server/core/routes/release-body'
import { openDatabase, queryRows, type OpenedDatabase } from '../../server/db/connect'
import { seedIfEmpty } from '../../server/db/seed'
import { createSqlStorage } from '../../server/db/storage'
import { sanitizeOnServer } from '../../server/sanitize'

export type SideName = 'mock' | 'server'

export type Side = {
  name: SideName
  /** Answers one request (a URL under http://test/api). */
  fetch(request: Request): Promise<Response>
}

/** Deterministic UUIDs, one counter per side: the n-th id a side creates is the same on both. */
const uuidCounters: Record<SideName, number> = { mock: 0, server: 0 }
let uuidSide: SideName = 'mock'
const realRandomUUID = crypto.randomUUID.bind(crypto)
/** The core's own calls only: PGlite draws UUIDs too, as many as it likes, which must not shift the count. */
const fromCore = () => /[\\/]server[\\/]core[\\/]/.test(new Error().stack ?? '')
function installUuids() {
  crypto.randomUUID = () => {
    if (!fromCore()) return realRandomUUID()
    const n = (uuidCounters[uuidSide] += 1)
    return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}` as ReturnType<Crypto['randomUUID']>
  }
}

/** Sessions outlive any run: the frozen clock may move months ahead. */
const SESSION_LIFETIME_MS = 10 * 365 * 86_400_000

export type Sides = {
  mock: Side
  server: Side
  /** Both sides back to the seed, with fresh id counters. */
  reset(): Promise<void>
  close(): Promise<void>
}

/** Opens both sides with `releases` generated releases (PGlite takes seconds to start: once per file). */
export async function openSides(releases: number): Promise<Sides> {
  // Both sanitize release bodies the same way, with DOMPurify over jsdom (no DOM in this environment).
  setBodySanitizer(sanitizeOnServer)
  installUuids()
  const opened: OpenedDatabase = await openDatabase({ dataDir: 'memory://' })
  const serverApp = createApi({
    storage: createSqlStorage(opened, { sessionLifetimeMs: SESSION_LIFETIME_MS, now }),
    basePath: '/api',
  })
  let mockApp = createApi({ storage: createMemoryStorage(createStore(releases)), basePath: '/api' })

  const side = (name: SideName, app: () => { fetch(request: Request): Response | Promise<Response> }): Side => ({
    name,
    fetch: async (request) => {
      uuidSide = name
      return app().fetch(request)
    },
  })

  return {
    mock: side('mock', () => mockApp),
    server: side('server', () => serverApp),
    async reset() {
      uuidCounters.mock = 0
      uuidCounters.server = 0
      const store = createStore(releases)
      await reseed(store)
      mockApp = createApi({ storage: createMemoryStorage(store), basePath: '/api' })
      await emptyDatabase(opened)
      await seedIfEmpty(opened.db, { releases })
    },
    async close() {
      crypto.randomUUID = realRandomUUID
      await opened.close()
    },
  }
}

/**
 * Empties every table, so that the seed goes in again: faster than a new PGlite (seconds to
 * start and migrate). The history refuses TRUNCATE by a trigger (migration 0001), which a test
 * lifts for the moment (in one transaction, so nothing else sees it lifted).
 */
async function emptyDatabase(opened: OpenedDatabase): Promise<void> {
  const [{ tables }] = (await queryRows<{ tables: string }>(
    opened.db,
    sql`SELECT string_agg(quote_ident(tablename), ', ') AS tables FROM pg_tables WHERE schemaname = 'public'`,
  )) as [{ tables: string }]
  await opened.db.transaction(async (tx) => {
    // Only the refusal: the reports' triggers on history stay as they are (ENABLE ALWAYS, migration 0006).
    await tx.execute(sql`ALTER TABLE history DISABLE TRIGGER history_no_truncate`)
    await tx.execute(sql.raw(`TRUNCATE ${tables} RESTART IDENTITY`))
    await tx.execute(sql`ALTER TABLE history ENABLE TRIGGER history_no_truncate`)
  })
}
