/**
 * Where the journal's entries live, as raw strings: localStorage. `localJournalStorage` is the
 * one place that touches it. In the demo the backend runs in a Web Worker, which has no
 * localStorage: the page serves these same operations to it (`backend/page.ts`), so this module
 * imports nothing but the core's small error class (no schema, no seed) and the page's code
 * stays small (decision 0019).
 */
import { StorageUnavailable as CoreStorageUnavailable } from '../../server/core/storage'

/**
 * The browser refused to store the journal (its storage is full, or storage is switched off). No Retry-After:
 * waiting does not make room, the person does (Reset demo data, or clearing the site's data).
 */
export class StorageUnavailable extends CoreStorageUnavailable {
  constructor(cause: unknown) {
    super(
      'The demo’s browser storage is full',
      'This browser’s storage, where the demo keeps its data, is full, so nothing was saved. Reset demo data (or clear this site’s data) to make room.',
      { cause },
    )
  }
}

/** A key's next value; null removes it. */
export type StorageChange = readonly [key: string, value: string | null]

export type JournalStorage = {
  getItem(key: string): string | null | Promise<string | null>
  /** Every key that starts with `prefix`, with its value. */
  entries(prefix: string): Array<[string, string]> | Promise<Array<[string, string]>>
  /** All of the changes or none: see `localJournalStorage`. */
  writeAll(changes: readonly StorageChange[]): void | Promise<void>
}

export function localJournalStorage(storage: Storage): {
  getItem(key: string): string | null
  entries(prefix: string): Array<[string, string]>
  writeAll(changes: readonly StorageChange[]): void
} {
  return {
    getItem: (key) => storage.getItem(key),
    entries(prefix) {
      const found: Array<[string, string]> = []
      for (let index = 0; index < storage.length; index++) {
        const key = storage.key(index)
        if (!key?.startsWith(prefix)) continue
        const value = storage.getItem(key)
        if (value !== null) found.push([key, value])
      }
      return found
    },
    /**
     * Writes the changes all or none: when the browser refuses one (its storage is full), those
     * already made get their earlier values back and StorageUnavailable is thrown. The entries
     * that grew are put back first, so each step of the undoing needs no more room than was in
     * use before. Removals need no room.
     */
    writeAll(changes) {
      const written: Array<{ key: string; previous: string | null; grew: boolean }> = []
      try {
        for (const [key, value] of changes) {
          const previous = storage.getItem(key)
          if (value === null) storage.removeItem(key)
          else storage.setItem(key, value)
          written.push({ key, previous, grew: value !== null && (previous === null || value.length > previous.length) })
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
  }
}
