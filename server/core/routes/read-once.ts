import type { CollectionName } from '../records'
import type { Transaction } from '../storage'

/**
 * One request's store, asking the storage for each record and each small collection once.
 *
 * A request reads the same things from several places: the PATCH of a release reads it in the
 * route and again where the change is committed, the reference check and the answer's names
 * both read the states, the fields of work and the sources. On the server each read is a
 * round trip to the database (a PATCH made 20 statements, 10 of them repeats), so the first
 * answer is kept for the rest of the request. A write to a collection forgets what was kept of
 * it, so the request still reads its own writes; nothing is kept past the request, so another
 * request's (or process's) writes are seen by the next request, as before.
 *
 * Its reads go to the storage's `forRequest()` when it offers one (the server's storage outside a
 * transaction, which may answer small collections from a cache it keeps current): one per request.
 */
export function readOnce(store: Transaction): Transaction {
  const kept = new Map<CollectionName, Map<string, Promise<unknown>>>()
  const { forRequest, ...rest } = store
  const reads = forRequest?.call(store) ?? store

  /** The kept answer of `key` in `name`, or the storage's (kept unless it failed: a retry asks again). */
  function once<T>(name: CollectionName, key: string, read: () => Promise<T>): Promise<T> {
    let answers = kept.get(name)
    if (!answers) kept.set(name, (answers = new Map()))
    const known = answers.get(key) as Promise<T> | undefined
    if (known) return known
    const answer = read()
    answers.set(key, answer)
    answer.catch(() => answers.delete(key))
    return answer
  }

  /** A write to `name`: forget what was read of it, before and after (a read may have started meanwhile). */
  async function writing(name: CollectionName, write: () => Promise<void>): Promise<void> {
    kept.delete(name)
    try {
      await write()
    } finally {
      kept.delete(name)
    }
  }

  return {
    ...rest,
    get: (name, id) => once(name, `id:${id}`, () => reads.get(name, id)),
    all: (name) => once(name, '#all', () => reads.all(name)),
    insert: (name, record) => writing(name, () => store.insert(name, record)),
    replace: (name, record, options) => writing(name, () => store.replace(name, record, options)),
    delete: (name, id) => writing(name, () => store.delete(name, id)),
  }
}
