import { Collection } from '@msw/data'
import type { z } from 'zod'
import {
  storedChairpersonshipSchema,
  storedCommentSchema,
  storedFieldOfWorkSchema,
  storedHistoryEntrySchema,
  storedNotificationSchema,
  storedFieldOperationSchema,
  storedReleaseSchema,
  storedSessionSchema,
  storedStateSchema,
  storedStructureSchema,
  storedUserSchema,
  type StoredHistoryEntry,
} from './schemas'
import { seedChairpersonships } from './seed/chairpersonships'
import { seedFieldOperations } from './seed/field-operations'
import { seedFieldsOfWork } from './seed/fields-of-work'
import { generateSeedReleases, type GeneratedSeed } from './seed/generate-releases'
import { seedNotifications } from './seed/notifications'
import { seedPressRelease, seedPressReleaseHistory } from './seed/press-release'
import { seedStates } from './seed/states'
import { seedStructures } from './seed/structures'
import { seedUsers } from './seed/users'

export const storedSchemas = {
  users: storedUserSchema,
  sessions: storedSessionSchema,
  states: storedStateSchema,
  chairpersonships: storedChairpersonshipSchema,
  fieldOperations: storedFieldOperationSchema,
  fieldsOfWork: storedFieldOfWorkSchema,
  structures: storedStructureSchema,
  releases: storedReleaseSchema,
  history: storedHistoryEntrySchema,
  comments: storedCommentSchema,
  notifications: storedNotificationSchema,
}
export type CollectionName = keyof typeof storedSchemas
export type StoredRecordOf<N extends CollectionName> = z.infer<(typeof storedSchemas)[N]>
export const collectionNames = Object.keys(storedSchemas) as CollectionName[]

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

/** Empty collections, one per stored resource. */
function emptyCollections() {
  return {
    users: collectionOf(storedSchemas.users),
    sessions: collectionOf(storedSchemas.sessions),
    states: collectionOf(storedSchemas.states),
    chairpersonships: collectionOf(storedSchemas.chairpersonships),
    fieldOperations: collectionOf(storedSchemas.fieldOperations),
    fieldsOfWork: collectionOf(storedSchemas.fieldsOfWork),
    structures: collectionOf(storedSchemas.structures),
    releases: collectionOf(storedSchemas.releases),
    /** History written since the seed; the seed's own history is in `seedHistory`. */
    history: collectionOf(storedSchemas.history),
    comments: collectionOf(storedSchemas.comments),
    notifications: collectionOf(storedSchemas.notifications),
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

/** Empties every collection and fills it with the deterministic seed: the source page's release plus `releases` generated ones. */
export async function seedDatabase(database: Database, options: { releases: number }): Promise<void> {
  // New collections rather than `clear()`, which deletes record by record (an indexOf and a
  // splice each: ~250 ms for 10,000 releases). Handlers look collections up on every request.
  Object.assign(database, emptyCollections())
  await Promise.all([
    createAll(database.users, seedUsers),
    createAll(database.states, seedStates),
    createAll(database.chairpersonships, seedChairpersonships),
    createAll(database.fieldOperations, seedFieldOperations),
    createAll(database.fieldsOfWork, seedFieldsOfWork),
    createAll(database.structures, seedStructures),
  ])
  const generated = generatedSeed(options.releases)
  await createAll(database.releases, [seedPressRelease, ...generated.releases])
  database.seedHistory = new Map(generated.history)
  database.seedHistory.set(seedPressRelease.id, seedPressReleaseHistory)
  await createAll(database.notifications, seedNotifications([seedPressRelease, ...generated.releases], database.seedHistory))
  database.schedule.clear()
  for (const release of generated.releases) if (release.status === 'scheduled') database.schedule.set(release.id, Date.parse(release.scheduledAt!))
}

// The seed is deterministic, so a reseed with the same count (every test, every reset) reuses it; records are copied on the way in.
let lastSeed: { count: number; seed: GeneratedSeed } | null = null
function generatedSeed(count: number): GeneratedSeed {
  if (lastSeed?.count !== count) lastSeed = { count, seed: generateSeedReleases(count) }
  return lastSeed.seed
}

function createAll<T>(collection: { createMany(count: number, factory: (index: number) => T): Promise<unknown> }, records: readonly T[]): Promise<unknown> {
  // No copies needed: @msw/data stores a deep copy of what it is given (its own objects and
  // arrays), so no stored record shares arrays with the seed modules (seed-schema.test.ts checks).
  trustingSeed = true
  try {
    return collection.createMany(records.length, (index) => records[index]!)
  } finally {
    trustingSeed = false
  }
}
