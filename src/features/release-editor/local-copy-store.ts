import type { ReleaseFormValues } from './form-values'
import { clearLocalCopy, keysStartingWith, newPrefix } from '../../lib/local-copy-keys'
import { type CreateAttempt, type LocalCopy, localCopySchema } from './local-copy-schema'

/** Reading and writing the local copies of unsaved release text (their keys: src/lib/local-copy-keys.ts). */

export type ReadCopy = { copy: LocalCopy | null; unreadable: boolean }

/** The copy under `key`; a malformed one is removed (unless only peeking) and reported as unreadable. */
export function readLocalCopy(key: string, { peek = false } = {}): ReadCopy {
  let stored: string | null
  try {
    stored = localStorage.getItem(key)
  } catch {
    return { copy: null, unreadable: false }
  }
  if (stored === null) return { copy: null, unreadable: false }
  try {
    const parsed = localCopySchema.safeParse(JSON.parse(stored))
    if (parsed.success) return { copy: parsed.data, unreadable: false }
  } catch {
    // Not JSON: unreadable too.
  }
  if (!peek) clearLocalCopy(key)
  return { copy: null, unreadable: true }
}

export type CopyToKeep = {
  values: ReleaseFormValues
  baseVersion: number
  createAttempt: CreateAttempt | null
  savedAt?: string
}

export function writeLocalCopy(key: string, { savedAt = new Date().toISOString(), ...copy }: CopyToKeep) {
  try {
    localStorage.setItem(key, JSON.stringify({ ...copy, savedAt } satisfies LocalCopy))
  } catch {
    // A full or blocked storage must not break typing; the server copy still autosaves.
  }
}

export type NewCopy = { key: string; tabId: string; copy: LocalCopy }

/** The person's copies of new releases, of every tab, newest first; malformed ones are removed. */
export function newCopiesOf(userId: string): { copies: NewCopy[]; unreadable: boolean } {
  let unreadable = false
  const copies: NewCopy[] = []
  for (const key of keysStartingWith(newPrefix(userId))) {
    const read = readLocalCopy(key)
    unreadable ||= read.unreadable
    if (read.copy) copies.push({ key, tabId: key.slice(newPrefix(userId).length), copy: read.copy })
  }
  copies.sort((a, b) => Date.parse(b.copy.savedAt) - Date.parse(a.copy.savedAt))
  return { copies, unreadable }
}
