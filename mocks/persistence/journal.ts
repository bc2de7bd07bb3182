import { z } from 'zod'
import { collectionNames, storedSchemas, type CollectionName, type StoredRecordOf } from '../collections'

/**
 * The journal: one localStorage key per changed record, on top of the deterministic seed.
 * See mocks/README.md for why this replaces @msw/data's persist()/sync().
 *
 *   newsroom-demo/v2/settings            → { releases, generation }
 *   newsroom-demo/v2/releases/<id>       → { record } (the stored record) or { deleted: true }
 */
// v2 since #4: stored releases gained submittedAt (v1 entries would no longer parse) and the workflow's collections arrived.
export const JOURNAL_PREFIX = 'newsroom-demo/v2/'
const SETTINGS_KEY = `${JOURNAL_PREFIX}settings`

export type JournalEntry<N extends CollectionName = CollectionName> = { record: StoredRecordOf<N> } | { deleted: true }
/** One record's next value in a transaction; null deletes it. */
export type JournalWrite = {
  [N in CollectionName]: { name: N; id: string; record: StoredRecordOf<N> | null }
}[CollectionName]

/** The browser refused to store the journal (its storage is full, or storage is switched off). */
export class StorageUnavailable extends Error {
  constructor(cause: unknown) {
    super('The browser refused to store the demo’s changes', { cause })
    this.name = 'StorageUnavailable'
  }
}

const settingsSchema = z.object({ releases: z.number().int().min(0), generation: z.string() })
export type SeedSettings = z.infer<typeof settingsSchema>

export type ParsedKey = { kind: 'settings' } | { kind: 'record'; name: CollectionName; id: string } | null

export function parseJournalKey(key: string | null): ParsedKey {
  if (key === null || !key.startsWith(JOURNAL_PREFIX)) return null
  if (key === SETTINGS_KEY) return { kind: 'settings' }
  const rest = key.slice(JOURNAL_PREFIX.length)
  const slash = rest.indexOf('/')
  const name = rest.slice(0, slash) as CollectionName
  if (slash < 1 || !collectionNames.includes(name)) return null
  return { kind: 'record', name, id: rest.slice(slash + 1) }
}

/** Reads an entry's JSON; anything unreadable or no longer matching the stored schema is ignored. */
export function parseJournalValue<N extends CollectionName>(
  name: N,
  value: string | null,
): JournalEntry<N> | undefined {
  if (value === null) return undefined
  try {
    const json: unknown = JSON.parse(value)
    if (typeof json === 'object' && json !== null && 'deleted' in json && json.deleted === true)
      return { deleted: true }
    if (typeof json !== 'object' || json === null || !('record' in json)) return undefined
    const parsed = storedSchemas[name].safeParse(json.record)
    return parsed.success ? { record: parsed.data as StoredRecordOf<N> } : undefined
  } catch {
    return undefined
  }
}

const recordKey = (name: CollectionName, id: string) => `${JOURNAL_PREFIX}${name}/${id}`

export function createJournal(storage: Storage) {
  const ownKeys = () => {
    const keys: string[] = []
    for (let index = 0; index < storage.length; index++) {
      const key = storage.key(index)
      if (key?.startsWith(JOURNAL_PREFIX)) keys.push(key)
    }
    return keys
  }

  return {
    read<N extends CollectionName>(name: N, id: string): JournalEntry<N> | undefined {
      return parseJournalValue(name, storage.getItem(recordKey(name, id)))
    },
    /**
     * Writes the entries of one transaction, all or none: when the browser refuses one
     * (its storage is full), those already written get their earlier values back and
     * StorageUnavailable is thrown. The entries that grew are put back first, so each step
     * of the undoing needs no more room than was in use before the transaction began.
     */
    writeAll(writes: readonly JournalWrite[]): void {
      const written: Array<{ key: string; previous: string | null; grew: boolean }> = []
      try {
        for (const { name, id, record } of writes) {
          const key = recordKey(name, id)
          const previous = storage.getItem(key)
          const value = JSON.stringify(record === null ? { deleted: true } : { record })
          storage.setItem(key, value)
          written.push({ key, previous, grew: previous === null || value.length > previous.length })
        }
      } catch (error) {
        for (const { key, previous } of [
          ...written.filter((entry) => entry.grew),
          ...written.filter((entry) => !entry.grew),
        ]) {
          try {
            if (previous === null) storage.removeItem(key)
            else storage.setItem(key, previous)
          } catch {
            // Only a storage that refuses any write gets here; the others are still put back.
          }
        }
        throw new StorageUnavailable(error)
      }
    },
    entries(): Array<{ name: CollectionName; id: string; entry: JournalEntry }> {
      return ownKeys().flatMap((key) => {
        const parsed = parseJournalKey(key)
        if (parsed?.kind !== 'record') return []
        const entry = parseJournalValue(parsed.name, storage.getItem(key))
        return entry ? [{ name: parsed.name, id: parsed.id, entry }] : []
      })
    },
    readSettings(): SeedSettings | null {
      try {
        const parsed = settingsSchema.safeParse(JSON.parse(storage.getItem(SETTINGS_KEY) ?? 'null'))
        return parsed.success ? parsed.data : null
      } catch {
        return null
      }
    },
    writeSettings(settings: SeedSettings): void {
      storage.setItem(SETTINGS_KEY, JSON.stringify(settings))
    },
    /** Removes the record entries, but those of the `keep` collections (the settings stay until rewritten). */
    clearRecords(options: { keep?: CollectionName[] } = {}): void {
      for (const key of ownKeys()) {
        const parsed = parseJournalKey(key)
        if (parsed?.kind === 'record' && !options.keep?.includes(parsed.name)) storage.removeItem(key)
      }
    },
  }
}
export type Journal = ReturnType<typeof createJournal>

/**
 * A journal as the store uses it: `createJournal`'s, or one in another thread that answers
 * later (the demo's backend runs in a Web Worker, which has no localStorage: its journal asks
 * the page, `backend-worker.ts`). The store awaits every answer.
 */
export type JournalAccess = {
  [K in keyof Journal]: (...args: Parameters<Journal[K]>) => ReturnType<Journal[K]> | Promise<ReturnType<Journal[K]>>
}
