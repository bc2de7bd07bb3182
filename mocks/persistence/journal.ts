import { z } from 'zod'
import { collectionNames, storedSchemas, type CollectionName, type StoredRecordOf } from '../collections'
import { localJournalStorage, type JournalStorage } from './journal-storage'

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

export { StorageUnavailable } from './journal-storage'

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

/** The journal in a page's localStorage. */
export function createJournal(storage: Storage) {
  return journalIn(localJournalStorage(storage))
}

/**
 * The journal over its storage: localStorage (`createJournal`), or in the demo's backend worker
 * the page's localStorage through the link (decision 0019), whose answers come later: every
 * method answers a promise.
 */
export function journalIn(storage: JournalStorage) {
  const ownEntries = async () => storage.entries(JOURNAL_PREFIX)

  return {
    async read<N extends CollectionName>(name: N, id: string): Promise<JournalEntry<N> | undefined> {
      return parseJournalValue(name, await storage.getItem(recordKey(name, id)))
    },
    /**
     * Writes the entries of one transaction, all or none: when the browser refuses one (its
     * storage is full), those already written get their earlier values back and
     * StorageUnavailable is thrown (`localJournalStorage`).
     */
    async writeAll(writes: readonly JournalWrite[]): Promise<void> {
      await storage.writeAll(
        writes.map(({ name, id, record }) => [
          recordKey(name, id),
          JSON.stringify(record === null ? { deleted: true } : { record }),
        ]),
      )
    },
    async entries(): Promise<Array<{ name: CollectionName; id: string; entry: JournalEntry }>> {
      return (await ownEntries()).flatMap(([key, value]) => {
        const parsed = parseJournalKey(key)
        if (parsed?.kind !== 'record') return []
        const entry = parseJournalValue(parsed.name, value)
        return entry ? [{ name: parsed.name, id: parsed.id, entry }] : []
      })
    },
    async readSettings(): Promise<SeedSettings | null> {
      try {
        const parsed = settingsSchema.safeParse(JSON.parse((await storage.getItem(SETTINGS_KEY)) ?? 'null'))
        return parsed.success ? parsed.data : null
      } catch {
        return null
      }
    },
    async writeSettings(settings: SeedSettings): Promise<void> {
      await storage.writeAll([[SETTINGS_KEY, JSON.stringify(settings)]])
    },
    /** Removes the record entries, but those of the `keep` collections (the settings stay until rewritten). */
    async clearRecords(options: { keep?: CollectionName[] } = {}): Promise<void> {
      const removed = (await ownEntries()).flatMap(([key]) => {
        const parsed = parseJournalKey(key)
        return parsed?.kind === 'record' && !options.keep?.includes(parsed.name) ? [[key, null] as const] : []
      })
      await storage.writeAll(removed)
    },
  }
}
export type Journal = ReturnType<typeof journalIn>
