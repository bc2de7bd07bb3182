/**
 * The live mock database: the one store the handlers, the workflow and the tests share
 * (collections from `collections.ts`, seeded from the source page), its one write path
 * (`commit`) inside transactions (`transaction`: all of a request's writes or none, decision
 * 0014), reset and test sign-in. In the browser only, a journal in localStorage keeps its
 * changes across reloads and tabs. Why a journal and not persist()/sync(): see mocks/README.md.
 */
import { now, setNow } from '../server/core/clock'
import { DEFAULT_RELEASE_COUNT, type CollectionName, type StoredRecordOf } from './collections'
import { createStore, findRecord, reseed } from './persistence/store'
import { commitTo, transact } from './persistence/transaction'
import { newToken } from '../server/core/routes/auth'
import { createMemoryStorage } from './storage/memory-storage'

export { clock, now, setNow } from '../server/core/clock'
export { DEFAULT_RELEASE_COUNT, type CollectionName, type Database, type StoredRecordOf } from './collections'

/** The store the handlers use: its database and (in the browser, once enabled) its journal. */
export const store = createStore(DEFAULT_RELEASE_COUNT)
export const db = store.database
/** The same store as the core's storage port sees it (decision 0021): what the handlers read and write through. */
export const storage = createMemoryStorage(store)

/** Reseeds (the source page's release plus `releases` generated ones, default 300) and lets the clock follow real time again. */
export async function resetDb(options: { releases?: number } = {}): Promise<void> {
  setNow(null)
  store.releases = options.releases ?? DEFAULT_RELEASE_COUNT
  await reseed(store)
}

/**
 * Runs `work` as one transaction: the writes it makes with `commit` reach the journal and
 * the collections together when it ends, or not at all when it throws (a refusal) or the
 * browser cannot store them (StorageUnavailable).
 */
export function transaction<T>(work: () => Promise<T>): Promise<T> {
  return transact(store, work)
}

/** Writes one record as part of the running transaction (or one of its own); see `commitTo`. `mutate` may throw an ApiProblem to refuse. */
export function commit<N extends CollectionName>(
  name: N,
  id: string,
  mutate: (current: StoredRecordOf<N> | undefined) => StoredRecordOf<N> | null,
): Promise<StoredRecordOf<N> | null> {
  return commitTo(store, name, id, mutate)
}

export function find<N extends CollectionName>(name: N, id: string): StoredRecordOf<N> | undefined {
  return findRecord(db, name, id)
}

/** Signs a seeded user in without HTTP (for tests); answers the bearer token. */
export async function signInAs(userId: string): Promise<string> {
  if (!find('users', userId)) throw new Error(`signInAs: no user ${userId}`)
  const token = newToken()
  await commit('sessions', token, () => ({ token, userId, createdAt: now().toISOString() }))
  return token
}
