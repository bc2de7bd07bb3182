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

/** One set of collections. Tests may build a second one to play a second browser tab. */
export function createDatabase() {
  return {
    users: new Collection({ schema: storedSchemas.users }),
    sessions: new Collection({ schema: storedSchemas.sessions }),
    states: new Collection({ schema: storedSchemas.states }),
    chairpersonships: new Collection({ schema: storedSchemas.chairpersonships }),
    fieldOperations: new Collection({ schema: storedSchemas.fieldOperations }),
    fieldsOfWork: new Collection({ schema: storedSchemas.fieldsOfWork }),
    structures: new Collection({ schema: storedSchemas.structures }),
    releases: new Collection({ schema: storedSchemas.releases }),
    /** History written since the seed; the seed's own history is in `seedHistory`. */
    history: new Collection({ schema: storedSchemas.history }),
    comments: new Collection({ schema: storedSchemas.comments }),
    notifications: new Collection({ schema: storedSchemas.notifications }),
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
  for (const name of collectionNames) database[name].clear()
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

async function createAll<T>(collection: { createMany(count: number, factory: (index: number) => T): Promise<unknown> }, records: readonly T[]) {
  // Copies, so no stored record shares arrays with the seed modules.
  await collection.createMany(records.length, (index) => structuredClone(records[index]!))
}
