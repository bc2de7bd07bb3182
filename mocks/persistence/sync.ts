import { createJournal, parseJournalKey, parseJournalValue, type Journal } from './journal'
import { seedRecordOf } from '../collections'
import { applyEntry, applyRecord, enqueue, reseed, reseedNow, type Store } from './store'

/**
 * Writes settings of a new generation after the records were cleared. Storage still full (of
 * other things, such as the editor's local copies) must not stop the demo from starting or
 * resetting: the journal is empty either way, the other tabs learn of a reset from the removed
 * entries, and writes answer 503 until there is room (decision 0014).
 */
async function newSettings(journal: Journal, releases: number): Promise<void> {
  try {
    await journal.writeSettings({ releases, generation: crypto.randomUUID() })
  } catch {
    // See above.
  }
}

/**
 * Turns persistence on for a store (browser only): seeds, replays the journal, and from
 * then on writes every commit to the journal. A journal made on another seed (a different
 * release count) is dropped: its records would not line up with this seed.
 */
export function enablePersistence(store: Store, storage: Storage): Promise<void> {
  return enableJournal(store, createJournal(storage))
}

/** `enablePersistence` with a journal of any kind (one in another thread: `backend-worker.ts`). */
export async function enableJournal(store: Store, journal: Journal): Promise<void> {
  const settings = await journal.readSettings()
  if (settings?.releases !== store.releases) {
    await journal.clearRecords()
    await newSettings(journal, store.releases)
  }
  store.journal = journal
  await reseed(store)
}

/**
 * What another tab did, as a `storage` event reports it: a record entry is applied; a
 * new generation of the settings (a reset) or a cleared storage reseeds.
 */
export async function applyStorageChange(store: Store, key: string | null, newValue: string | null): Promise<void> {
  if (!store.journal) return
  if (key === null) return reseed(store)
  const parsed = parseJournalKey(key)
  if (parsed === null) return
  if (parsed.kind === 'settings') {
    const settings = await store.journal.readSettings()
    if (settings) store.releases = settings.releases
    return reseed(store)
  }
  if (newValue === null) {
    // A removed entry (a reset, or a write the other tab could not store in full and undid):
    // the record is the seed's again, or nothing when the seed has none.
    const seeded = seedRecordOf(parsed.name, parsed.id, store.releases)
    return enqueue(store, () => applyRecord(store.database, parsed.name, parsed.id, seeded ?? null))
  }
  const entry = parseJournalValue(parsed.name, newValue)
  if (entry) await enqueue(store, () => applyEntry(store.database, parsed.name, parsed.id, entry))
}

/** Listens to the other tabs' writes; answers a function that stops listening. */
export function listenToOtherTabs(store: Store, target: Window): () => void {
  const onStorage = (event: StorageEvent) => {
    void applyStorageChange(store, event.key, event.newValue).catch((error: unknown) =>
      console.warn('[mocks] could not apply a change from another tab', error),
    )
  }
  target.addEventListener('storage', onStorage)
  return () => target.removeEventListener('storage', onStorage)
}

/**
 * "Reset demo data": forget every change, here and (through the settings key) in every
 * other tab. Sessions are kept: resetting the data does not sign anybody out.
 */
export function resetStore(store: Store): Promise<void> {
  // In the queue, so that no transaction is half way when the journal goes.
  return enqueue(store, async () => {
    if (store.journal) {
      await store.journal.clearRecords({ keep: ['sessions'] })
      await newSettings(store.journal, store.releases)
    }
    await reseedNow(store)
  })
}
