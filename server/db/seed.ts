/**
 * Fills an empty database with the mock's deterministic seed (decision 0021: the seed stays in
 * `mocks/seed/` and the server imports nothing else of `mocks/`): the same records that the
 * mock's `seedDatabase` puts in its collections, so that both homes start alike. Thousands of
 * rows per statement (`bulk-insert.ts`) in one transaction, so that 100,000 releases take
 * seconds, not minutes.
 */
import { sql } from 'drizzle-orm'
import type { CollectionName, StoredHistoryEntry, StoredRecordOf, StoredRelease } from '../core/records'
import { seedChairpersonships } from '../../mocks/seed/chairpersonships'
import { seedFieldOperations } from '../../mocks/seed/field-operations'
import { seedFieldsOfWork } from '../../mocks/seed/fields-of-work'
import { generateSeedReleases } from '../../mocks/seed/generate-releases'
import { seedLanguages } from '../../mocks/seed/languages'
import { seedNotifications } from '../../mocks/seed/notifications'
import { seedPressRelease, seedPressReleaseHistory } from '../../mocks/seed/press-release'
import { seedPressReleaseRu, seedPressReleaseRuHistory } from '../../mocks/seed/press-release-ru'
import { seedStates } from '../../mocks/seed/states'
import { seedStructures } from '../../mocks/seed/structures'
import { seedUsers } from '../../mocks/seed/users'
import { releaseSearchWords } from '../core/search'
import { arrayLiteral, bulkInsert } from './bulk-insert'
import { codecs, type CodecContext } from './codecs'
import { queryRows, type Database } from './connect'

/** As many releases as the mock seeds by default (`DEFAULT_RELEASE_COUNT` of mocks/collections.ts). */
export const DEFAULT_SEED_RELEASES = 300

/** The records of the seed with `releases` generated releases, per collection, in the order they go in. */
export type SeedRecords = { [N in CollectionName]?: ReadonlyArray<StoredRecordOf<N>> }

/**
 * What the mock's `seedDatabase` stores (mocks/collections.ts, `seedOf`): the source page's
 * release, the generated ones (originals, then translations), the page's Russian version;
 * their histories (the mock keeps those apart, in `seedHistory`; here they are the history
 * table's first rows), and the notifications that history sent.
 */
export function seedRecords(releases: number): SeedRecords {
  const generated = generateSeedReleases(releases)
  const allReleases: StoredRelease[] = [seedPressRelease, ...generated.releases, seedPressReleaseRu]
  const history = new Map<string, readonly StoredHistoryEntry[]>(generated.history)
  history.set(seedPressRelease.id, seedPressReleaseHistory)
  history.set(seedPressReleaseRu.id, seedPressReleaseRuHistory)
  return {
    users: seedUsers,
    states: seedStates,
    chairpersonships: seedChairpersonships,
    fieldOperations: seedFieldOperations,
    fieldsOfWork: seedFieldsOfWork,
    languages: seedLanguages,
    structures: seedStructures,
    releases: allReleases,
    history: [...history.values()].flat(),
    notifications: seedNotifications(allReleases, history),
  }
}

/** Rows per statement: one parameter per column whatever the count; this bounds the statement's size. */
const BATCH = 5_000

/** Serializes seeding between processes that start together on one PostgreSQL. */
const SEED_LOCK = 7_120_016_022

/** The reference data alone: what a deployment starts from (the source page's lists). */
export const referenceCollections = [
  'states',
  'chairpersonships',
  'fieldOperations',
  'fieldsOfWork',
  'languages',
  'structures',
] as const satisfies readonly CollectionName[]

/**
 * Seeds the database if it is empty (its first start), in one transaction: a failure leaves it
 * empty, to be seeded on the next start. Answers whether it seeded. The demo (`demo`, the
 * default) gets the whole seed with `releases` generated releases; a deployment that signs
 * people in through an identity provider gets the reference data only: its people come from
 * their tokens, and its releases are its own, not the demo's.
 */
export async function seedIfEmpty(db: Database, options: { releases: number; demo?: boolean }): Promise<boolean> {
  const whole = seedRecords(options.demo === false ? 0 : options.releases)
  const records: SeedRecords =
    options.demo === false ? Object.fromEntries(referenceCollections.map((name) => [name, whole[name]])) : whole
  // The seed has no sessions, the one collection whose rows need the session lifetime.
  const context: CodecContext = { sessionLifetimeMs: 0 }
  return db.transaction(async (tx) => {
    // Held until the transaction ends; PGlite has one connection, and takes it at once.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${SEED_LOCK})`)
    const [{ seeded }] = (await queryRows<{ seeded: boolean }>(
      tx,
      sql`SELECT EXISTS (SELECT 1 FROM users) OR EXISTS (SELECT 1 FROM releases) OR EXISTS (SELECT 1 FROM states) AS seeded`,
    )) as [{ seeded: boolean }]
    if (seeded) return false
    for (const name of Object.keys(records) as CollectionName[]) {
      await insertAll(tx, name, records[name] ?? [], context)
    }
    return true
  })
}

async function insertAll<N extends CollectionName>(
  db: Pick<Database, 'execute'>,
  name: N,
  records: ReadonlyArray<StoredRecordOf<N>>,
  context: CodecContext,
): Promise<void> {
  const codec = codecs[name]
  for (let start = 0; start < records.length; start += BATCH) {
    const batch = records.slice(start, start + BATCH)
    const rows = batch.map((record) => codec.toRow(record, context) as Record<string, unknown>)
    if (name === 'releases') {
      // The search words go as text and become the tsvector in SQL (codecs.ts sends them as SQL).
      batch.forEach((record, index) => {
        rows[index]!.search = arrayLiteral(releaseSearchWords(record as StoredRelease))
      })
    }
    await bulkInsert(db, codec.table, rows, { search: (words) => sql`array_to_tsvector(${words}::text[])` })
  }
}
