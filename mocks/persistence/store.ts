import { createDatabase, primaryKeyOf, seedDatabase, storedSchemas, type CollectionName, type Database, type StoredRecordOf } from '../database'
import type { Journal, JournalEntry } from './journal'

/**
 * A database plus, in the browser, the journal that persists its changes. Every write
 * goes through `commitTo`, one at a time (a queue), so a check and its write never
 * interleave with another write of the same tab.
 */
export type Store = {
  database: Database
  journal: Journal | null
  releases: number
  queue: Promise<unknown>
}

export function createStore(releases: number): Store {
  return { database: createDatabase(), journal: null, releases, queue: Promise.resolve() }
}

/** Runs `task` after every earlier task of this store, whether they failed or not. */
export function enqueue<T>(store: Store, task: () => Promise<T>): Promise<T> {
  const run = store.queue.then(task, task)
  store.queue = run.catch(() => undefined)
  return run
}

// The collections differ in record type; these functions work on any of them.
type LooseCollection = {
  all(): Array<Record<string, unknown>>
  create(values: unknown): Promise<unknown>
  update(record: unknown, options: { data(draft: Record<string, unknown>): void }): Promise<unknown>
  delete(record: unknown): unknown
}
const loose = (database: Database, name: CollectionName) => database[name] as unknown as LooseCollection

export function findRecord<N extends CollectionName>(database: Database, name: N, id: string): StoredRecordOf<N> | undefined {
  const key = primaryKeyOf(name)
  return loose(database, name).all().find((record) => record[key] === id) as StoredRecordOf<N> | undefined
}

/** Makes the in-memory collection hold `record` under `id` (or nothing when null). */
export async function applyRecord<N extends CollectionName>(database: Database, name: N, id: string, record: StoredRecordOf<N> | null) {
  const collection = loose(database, name)
  const existing = findRecord(database, name, id)
  if (name === 'releases') trackSchedule(database, id, record as StoredRecordOf<'releases'> | null)
  if (record === null) {
    if (existing) collection.delete(existing)
  } else if (existing) {
    await collection.update(existing, { data: (draft) => void Object.assign(draft, structuredClone(record)) })
  } else {
    await collection.create(structuredClone(record))
  }
}

/** Keeps the index of scheduled releases in step with every write, from this tab, the journal or another tab. */
function trackSchedule(database: Database, id: string, record: StoredRecordOf<'releases'> | null) {
  if (record?.status === 'scheduled' && record.scheduledAt) database.schedule.set(id, Date.parse(record.scheduledAt))
  else database.schedule.delete(id)
}

export async function applyEntry(database: Database, name: CollectionName, id: string, entry: JournalEntry) {
  await applyRecord(database, name, id, 'record' in entry ? entry.record : null)
}

/**
 * The one way to write. It first takes the freshest copy of the record (another tab may
 * have written it to the journal since this tab last looked), hands that to `mutate`,
 * which checks versions and permissions against it and answers the next record (or null
 * to delete, or throws a problem), and then writes the journal and the collection.
 * Reading the journal, checking and writing it happen without an `await` in between.
 */
export function commitTo<N extends CollectionName>(
  store: Store,
  name: N,
  id: string,
  mutate: (current: StoredRecordOf<N> | undefined) => StoredRecordOf<N> | null,
): Promise<StoredRecordOf<N> | null> {
  return enqueue(store, async () => {
    const fresh = store.journal?.read(name, id)
    const current = fresh ? ('record' in fresh ? fresh.record : undefined) : findRecord(store.database, name, id)
    let next: StoredRecordOf<N> | null
    try {
      next = mutate(current === undefined ? undefined : structuredClone(current))
    } catch (problem) {
      // Refused (stale version, forbidden…): still bring this tab up to date with that record.
      if (fresh) await applyEntry(store.database, name, id, fresh)
      throw problem
    }
    if (next !== null) {
      const checked = storedSchemas[name].safeParse(next)
      if (!checked.success) throw new Error(`Refusing to store an invalid ${name} record: ${checked.error.message}`)
    }
    store.journal?.write(name, id, next)
    await applyRecord(store.database, name, id, next)
    return next
  })
}

/** Seeds the store's database again and replays its journal on top. */
export function reseed(store: Store): Promise<void> {
  return enqueue(store, async () => {
    await seedDatabase(store.database, { releases: store.releases })
    for (const { name, id, entry } of store.journal?.entries() ?? []) await applyEntry(store.database, name, id, entry)
  })
}
