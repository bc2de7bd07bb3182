/**
 * What the mock database is made of, with no instance of it: one @msw/data collection per
 * stored resource, built from the stored zod schemas (`schemas.ts`, and for the reference
 * resources `reference-resources.ts`, which also holds their seeds); `createDatabase()`, an
 * empty set of them; and the deterministic seed from the source page (`seedDatabase`,
 * `seedRecordOf`, from `seed/`). The live database the handlers use is `db.ts`; its journal
 * and transactions are in `persistence/`.
 */
import { Collection } from '@msw/data'
import type { z } from 'zod'
import { referenceNames, referenceSchemas, referenceSeeds } from './reference-resources'
import {
  storedSchemas,
  type CollectionName,
  type StoredHistoryEntry,
  type StoredRecordOf,
} from '../server/core/records'
import { generateSeedReleases, type GeneratedSeed } from './seed/generate-releases'
import { seedNotifications } from './seed/notifications'
import { seedPressRelease, seedPressReleaseHistory } from './seed/press-release'
import { seedPressReleaseRu, seedPressReleaseRuHistory } from './seed/press-release-ru'
import { seedStructures } from './seed/structures'
import { seedUsers } from './seed/users'

export { collectionNames, storedSchemas, type CollectionName, type StoredRecordOf } from '../server/core/records'

/**
 * While true, a collection stores what it is given without validating it. Only the seed sets
 * it, and only for the synchronous part of `createMany` (where @msw/data calls `validate`):
 * the seed is deterministic and `seed/seed-schema.test.ts` validates every record of it once,
 * so validating 10,000 releases again on every start is wasted. Every other write (handlers,
 * the journal, other tabs) is validated by the collection, and by `commitTo` before that.
 */
let trustingSeed = false
function validatedUnlessSeeding<S extends z.ZodType>(schema: S): S {
  const standard = schema['~standard']
  const validate: z.ZodType['~standard']['validate'] = (value) => (trustingSeed ? { value } : standard.validate(value))
  return { '~standard': { version: standard.version, vendor: standard.vendor, validate } } as S
}
const collectionOf = <S extends z.ZodType>(schema: S) => new Collection({ schema: validatedUnlessSeeding(schema) })

type ReferenceSchemas = typeof referenceSchemas
/** An empty collection per reference resource, each of its own record type. */
function referenceCollections() {
  return Object.fromEntries(referenceNames.map((name) => [name, collectionOf(referenceSchemas[name])])) as {
    [N in keyof ReferenceSchemas]: Collection<ReferenceSchemas[N]>
  }
}

/** Empty collections, one per stored resource. */
function emptyCollections() {
  return {
    users: collectionOf(storedSchemas.users),
    sessions: collectionOf(storedSchemas.sessions),
    ...referenceCollections(),
    structures: collectionOf(storedSchemas.structures),
    releases: collectionOf(storedSchemas.releases),
    /** History written since the seed; the seed's own history is in `seedHistory`. */
    history: collectionOf(storedSchemas.history),
    comments: collectionOf(storedSchemas.comments),
    notifications: collectionOf(storedSchemas.notifications),
    idempotencyRecords: collectionOf(storedSchemas.idempotencyRecords),
  }
}

/** One set of collections. Tests may build a second one to play a second browser tab. */
export function createDatabase() {
  return {
    ...emptyCollections(),
    /**
     * The seed's history, per release id: deterministic like the seed, never changed (history
     * is append-only), so it needs neither a collection nor the journal (decision 0005).
     */
    seedHistory: new Map<string, readonly StoredHistoryEntry[]>(),
    /** Scheduled releases → when they are due (ms): the publication sweep reads only this. */
    schedule: new Map<string, number>(),
  }
}
export type Database = ReturnType<typeof createDatabase>

/** Sessions are keyed by their token, everything else by its id. */
export const primaryKeyOf = (name: CollectionName): 'token' | 'id' => (name === 'sessions' ? 'token' : 'id')

export const DEFAULT_RELEASE_COUNT = 300

/**
 * Empties every collection and fills it with the deterministic seed: the source page's release
 * and its Russian version, `releases` generated originals and the translations of some of them.
 */
export async function seedDatabase(database: Database, options: { releases: number }): Promise<void> {
  // New collections rather than `clear()`, which deletes record by record (an indexOf and a
  // splice each: ~250 ms for 10,000 releases). Handlers look collections up on every request.
  Object.assign(database, emptyCollections())
  const seed = seedOf(options.releases)
  await Promise.all([
    createAll(database.users, seedUsers),
    ...referenceNames.map((name) =>
      createAll(database[name] as CollectionOfRecords<StoredRecordOf<typeof name>>, referenceSeeds[name]),
    ),
    createAll(database.structures, seedStructures),
  ])
  await createAll(database.releases, seed.releases)
  database.seedHistory = new Map(seed.history)
  await createAll(database.notifications, seed.notifications)
  database.schedule.clear()
  for (const release of seed.releases)
    if (release.status === 'scheduled') database.schedule.set(release.id, Date.parse(release.scheduledAt!))
}

/**
 * The seed's copy of one record, or undefined when the seed has none (a record written
 * since). A record whose journal entry goes away (another tab undid a write it could not
 * store, or reset) is this again.
 */
export function seedRecordOf<N extends CollectionName>(
  name: N,
  id: string,
  releases: number,
): StoredRecordOf<N> | undefined {
  const seed = seedOf(releases)
  const seeded: Partial<Record<CollectionName, ReadonlyArray<{ id: string }>>> = {
    users: seedUsers,
    ...referenceSeeds,
    structures: seedStructures,
    releases: seed.releases,
    notifications: seed.notifications,
  }
  seed.index ??= new Map(
    Object.entries(seeded).flatMap(([collection, records]) =>
      records.map((record) => [`${collection}/${record.id}`, record] as const),
    ),
  )
  const record = seed.index.get(`${name}/${id}`)
  return record === undefined ? undefined : (structuredClone(record) as StoredRecordOf<N>)
}

type Seed = {
  count: number
  releases: StoredRecordOf<'releases'>[]
  history: Map<string, readonly StoredHistoryEntry[]>
  notifications: StoredRecordOf<'notifications'>[]
  /** `${collection}/${id}` → the seed's record, built on first use. */
  index?: Map<string, unknown>
}

/** Generates the seed of `count` releases ahead of its first use (the demo's backend worker does, as soon as it loads). */
export function prepareSeed(count: number): void {
  seedOf(count)
}

// The seed is deterministic, so a reseed with the same count (every test, every reset) reuses it; records are copied on the way in.
let lastSeed: Seed | null = null
function seedOf(count: number): Seed {
  if (lastSeed?.count === count) return lastSeed
  const generated: GeneratedSeed = generateSeedReleases(count)
  // The source page's release, the generated ones (originals, then their translations), then the page's Russian version.
  const releases = [seedPressRelease, ...generated.releases, seedPressReleaseRu]
  const history = new Map<string, readonly StoredHistoryEntry[]>(generated.history)
  history.set(seedPressRelease.id, seedPressReleaseHistory)
  history.set(seedPressReleaseRu.id, seedPressReleaseRuHistory)
  lastSeed = { count, releases, history, notifications: seedNotifications(releases, history) }
  return lastSeed
}

type CollectionOfRecords<T> = { createMany(count: number, factory: (index: number) => T): Promise<unknown> }
function createAll<T>(collection: CollectionOfRecords<T>, records: readonly T[]): Promise<unknown> {
  // No copies needed: @msw/data stores a deep copy of what it is given (its own objects and
  // arrays), so no stored record shares arrays with the seed modules (seed-schema.test.ts checks).
  trustingSeed = true
  try {
    return collection.createMany(records.length, (index) => records[index]!)
  } finally {
    trustingSeed = false
  }
}
