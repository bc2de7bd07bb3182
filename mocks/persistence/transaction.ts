import { storedSchemas, type CollectionName, type StoredRecordOf } from '../collections'
import type { JournalEntry, JournalWrite } from './journal'
import { applyEntry, applyRecord, enqueue, findRecord, type Store } from './store'

/**
 * Transactions (decision 0014): a write and everything it implies (the record, its history
 * entry, its notifications, the schedule) happen together or not at all.
 *
 * While `work` runs, `commitTo` only collects the next value of each record. When `work`
 * has finished, the journal is written first (all entries or none, see `writeAll`), and
 * only once the browser has stored it are the collections changed. So when the journal
 * cannot be written (StorageUnavailable) or `work` throws (a refusal), nothing changed,
 * in memory or in localStorage, and the same request can simply be sent again.
 *
 * Reads other than `commitTo`'s (`find`, the collections) see the database as it was before
 * the transaction: a handler works from what it read and from what `commit` answers.
 *
 * Transactions run one after another in the store's queue. The running one is found
 * through `store.transaction`, so every write during it must belong to it: call writes
 * only inside `transact` (the route wrapper does so for every request), never from code
 * that runs beside it. A transaction never starts another (that would wait for itself).
 */
export function transact<T>(store: Store, work: () => Promise<T>): Promise<T> {
  return enqueue(store, () =>
    acrossTabs(store, async () => {
      const writes = new Map<string, JournalWrite>()
      store.transaction = writes
      let result: T
      try {
        result = await work()
      } finally {
        store.transaction = null
      }
      await store.journal?.writeAll([...writes.values()])
      for (const { name, id, record } of writes.values()) await applyRecord(store.database, name, id, record)
      return result
    }),
  )
}

/**
 * In the browser every tab of the origin runs the mock on one journal, in processes of their
 * own: a transaction holds a lock that all of them honour, so no two tabs read a record and
 * write it over each other (two open tabs both published a due release, twice in its history).
 * Without a journal (tests, Node) or the Web Locks API, the store's own queue is enough.
 */
function acrossTabs<T>(store: Store, task: () => Promise<T>): Promise<T> {
  const locks = store.journal ? globalThis.navigator?.locks : undefined
  return locks ? locks.request('newsroom-mock-transaction', task) : task()
}

/**
 * The one way to write a record. It takes the freshest copy (this transaction's own
 * write, else the journal, where another tab may have written it since this tab last
 * looked, else the collection), hands it to `mutate`, which checks versions and
 * permissions against it and answers the next record (or null to delete, or throws a
 * problem), and records the result in the transaction. Outside a transaction it runs
 * in one of its own.
 */
export async function commitTo<N extends CollectionName>(
  store: Store,
  name: N,
  id: string,
  mutate: (current: StoredRecordOf<N> | undefined) => StoredRecordOf<N> | null,
): Promise<StoredRecordOf<N> | null> {
  const writes = store.transaction
  if (!writes) return transact(store, () => commitTo(store, name, id, mutate))
  const key = `${name}/${id}`
  const own = writes.get(key) as { record: StoredRecordOf<N> | null } | undefined
  const fresh = own ? undefined : ((await store.journal?.read(name, id)) as JournalEntry<N> | undefined)
  const current = own
    ? (own.record ?? undefined)
    : fresh
      ? 'record' in fresh
        ? fresh.record
        : undefined
      : findRecord(store.database, name, id)
  let next: StoredRecordOf<N> | null
  try {
    next = mutate(current === undefined ? undefined : structuredClone(current))
  } catch (problem) {
    // Refused (stale version, forbidden…): still bring this tab up to date with that record,
    // which is no write of ours (the journal holds it already).
    if (fresh) await applyEntry(store.database, name, id, fresh)
    throw problem
  }
  if (next !== null) {
    const checked = storedSchemas[name].safeParse(next)
    if (!checked.success) throw new Error(`Refusing to store an invalid ${name} record: ${checked.error.message}`)
  }
  writes.set(key, { name, id, record: next } as JournalWrite)
  return next
}
