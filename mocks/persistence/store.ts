import {
  createDatabase,
  primaryKeyOf,
  seedDatabase,
  type CollectionName,
  type Database,
  type StoredRecordOf,
} from '../collections'
import type { Journal, JournalEntry, JournalWrite } from './journal'

/**
 * A database plus, in the browser, the journal that persists its changes. Every write
 * is part of a transaction (`transaction.ts`), and transactions run one at a time (a
 * queue), so a check and its write never interleave with another write of the same tab.
 */
export type Store = {
  database: Database
  journal: Journal | null
  releases: number
  queue: Promise<unknown>
  /** The writes of the transaction running now, not applied yet (see transaction.ts). */
  transaction: Map<string, JournalWrite> | null
}

export function createStore(releases: number): Store {
  return { database: createDatabase(), journal: null, releases, queue: Promise.resolve(), transaction: null }
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

export function findRecord<N extends CollectionName>(
  database: Database,
  name: N,
  id: string,
): StoredRecordOf<N> | undefined {
  const key = primaryKeyOf(name)
  return loose(database, name)
    .all()
    .find((record) => record[key] === id) as StoredRecordOf<N> | undefined
}

/** Makes the in-memory collection hold `record` under `id` (or nothing when null). */
export async function applyRecord<N extends CollectionName>(
  database: Database,
  name: N,
  id: string,
  record: StoredRecordOf<N> | null,
) {
  const collection = loose(database, name)
  const existing = findRecord(database, name, id)
  if (name === 'releases') trackSchedule(database, id, record as StoredRecordOf<'releases'> | null)
  if (record === null) {
    if (existing) collection.delete(existing)
  } else if (existing) {
    // The record as a whole, not merged: a field the new record lacks (an optional one a write
    // had set, say metadataUpdatedAt on a seed release) must not survive an undo.
    const next = structuredClone(record) as Record<string, unknown>
    await collection.update(existing, {
      data: (draft: Record<string, unknown>) => {
        for (const key of Object.keys(draft)) if (!(key in next)) delete draft[key]
        Object.assign(draft, next)
      },
    })
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

/** Seeds the store's database again and replays its journal on top (in the queue: see `reseedNow`). */
export function reseed(store: Store): Promise<void> {
  return enqueue(store, () => reseedNow(store))
}

/** `reseed` for a task already in the queue. */
export async function reseedNow(store: Store): Promise<void> {
  await seedDatabase(store.database, { releases: store.releases })
  for (const { name, id, entry } of (await store.journal?.entries()) ?? [])
    await applyEntry(store.database, name, id, entry)
}
