import { Collection } from '@msw/data'
import type { z } from 'zod'
import {
  storedChairpersonshipSchema,
  storedFieldOfWorkSchema,
  storedFieldOperationSchema,
  storedReleaseSchema,
  storedSessionSchema,
  storedStateSchema,
  storedStructureSchema,
  storedUserSchema,
} from './schemas'
import { seedChairpersonships } from './seed/chairpersonships'
import { seedFieldOperations } from './seed/field-operations'
import { seedFieldsOfWork } from './seed/fields-of-work'
import { generateReleases } from './seed/generate-releases'
import { seedPressRelease } from './seed/press-release'
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
  const generated = generateReleases(options.releases)
  await createAll(database.releases, [seedPressRelease, ...generated])
}

async function createAll<T>(collection: { createMany(count: number, factory: (index: number) => T): Promise<unknown> }, records: readonly T[]) {
  // Copies, so no stored record shares arrays with the seed modules.
  await collection.createMany(records.length, (index) => structuredClone(records[index]!))
}
