/**
 * The small collections (reference data and people) kept in this process's memory across
 * requests (issue #16): a release list read five of them to name its refs, five of its eleven
 * statements, and this 2-core machine spent its time in Node running and decoding them.
 *
 * Exactly current, never by time: each kept table has a revision in the database
 * (`reference_revisions`, migration 0009) that every write to it changes in the writing
 * transaction. A request reads all revisions once (one small statement, at its first read of a
 * kept collection) and is served each collection from memory when the kept copy has its table's
 * revision; otherwise the table is read and kept under that revision. The revisions are read
 * BEFORE the table, so rows kept under a revision hold at least every write up to it; a request
 * that starts after a write committed, in this process or another on the same database, reads
 * the new revision and so the table again. A rolled-back write never changed the revision.
 *
 * Transactions never use it (their reads must see their own writes): only the storage outside a
 * transaction offers it, through the port's `forRequest`. The records served are frozen, deep:
 * every request shares them, so a caller that changed one would change every later answer.
 */
import { getTableName } from 'drizzle-orm'
import type { CollectionName, StoredRecordOf } from '../core/records'
import type { SmallCollection, StorageReader } from '../core/storage'
import { codecs } from './codecs'
import type { Executor } from './connect'
import { referenceRevisions } from './schema'

/**
 * Which collections are kept: every small collection. Each is written by an admin's change of
 * reference data, and `users` also when a person signs in for the first time or with a changed
 * name or role (identity.ts), which is rare next to the reads. Sessions are not among them: one
 * is written at every sign-in and read by token, and its expiry is judged at each read. A new
 * small collection must be decided here, and its table needs the trigger of migration 0009.
 */
const kept: Record<SmallCollection, true> = {
  users: true,
  states: true,
  chairpersonships: true,
  fieldOperations: true,
  fieldsOfWork: true,
  languages: true,
  structures: true,
}
export const cachedCollections = Object.keys(kept) as SmallCollection[]
const isCached = (name: CollectionName): name is SmallCollection => Object.hasOwn(kept, name)

/** The SQL table a collection is kept in: the name its revision row has. */
export const tableOf = (name: SmallCollection): string => getTableName(codecs[name].table)

/** What a request reads through the cache: the records of a collection, and one of them by id. */
export type CachedReads = Pick<StorageReader, 'get' | 'all'>

/** A collection as kept: its records in insertion order, frozen, and by id. */
type Indexed = { records: readonly object[]; byId: ReadonlyMap<string, object> }

/** Freezes a record and everything in it (arrays, nested objects). */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const field of Object.values(value)) deepFreeze(field)
    Object.freeze(value)
  }
  return value
}

function indexed(records: readonly object[]): Indexed {
  const frozen = deepFreeze([...records])
  return { records: frozen, byId: new Map(frozen.map((record) => [(record as { id: string }).id, record])) }
}

/**
 * A cache over `db` (the database outside any transaction) whose misses read with `uncached`
 * (the storage's own reads of the same database). One per storage: one per process.
 */
export function createReferenceCache(db: Executor, uncached: CachedReads) {
  const copies = new Map<SmallCollection, { revision: string; collection: Promise<Indexed> }>()
  let statement: { execute(): Promise<Array<{ tableName: string; revision: string }>> } | undefined
  const readRevisions = async (): Promise<ReadonlyMap<string, string>> => {
    statement ??= db.select().from(referenceRevisions).prepare('newsroom_reference_revisions')
    return new Map((await statement.execute()).map((row) => [row.tableName, row.revision]))
  }

  /** The collection at `revision`: the kept copy if it has it, else the table read now (read once by requests at once). */
  function collectionAt(name: SmallCollection, revision: string): Promise<Indexed> {
    const known = copies.get(name)
    if (known?.revision === revision) return known.collection
    const copy = { revision, collection: uncached.all(name).then(indexed) }
    copies.set(name, copy)
    copy.collection.catch(() => {
      if (copies.get(name) === copy) copies.delete(name)
    })
    return copy.collection
  }

  return {
    /** The reads of one request: the revisions are read at its first read of a kept collection, and once. */
    forRequest(): CachedReads {
      let revisions: Promise<ReadonlyMap<string, string>> | undefined
      const revisionsNow = () => {
        if (!revisions) {
          const reading = readRevisions()
          revisions = reading
          // A failed read is not kept: the request's next read asks again.
          reading.catch(() => {
            if (revisions === reading) revisions = undefined
          })
        }
        return revisions
      }
      const collection = async (name: SmallCollection): Promise<Indexed> => {
        const revision = (await revisionsNow()).get(tableOf(name))
        // No revision row (the table of revisions was emptied, by a test's TRUNCATE): read, keep nothing.
        return revision === undefined ? indexed(await uncached.all(name)) : collectionAt(name, revision)
      }
      return {
        async all<N extends SmallCollection>(name: N) {
          // Frozen: the type says an array, but no caller may change what every request shares.
          return (await collection(name)).records as StoredRecordOf<N>[]
        },
        async get<N extends CollectionName>(name: N, id: string) {
          if (!isCached(name)) return uncached.get(name, id)
          return (await collection(name)).byId.get(id) as StoredRecordOf<N> | undefined
        },
      }
    },
  }
}
