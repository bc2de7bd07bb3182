import type { ReleaseFormValues } from './form-values'
import { type CreateAttempt, type LocalCopy, localCopySchema } from './local-copy-schema'

/**
 * Local copies of unsaved release text, in localStorage, one per person and release, and
 * one per person and tab for a release not created yet (decision 0013):
 *   newsroom-admin:local-copy:<user>:release:<release id>
 *   newsroom-admin:local-copy:<user>:new:<tab id>
 * Every copy is checked against its schema when read: a bad one is removed, never used.
 */
const prefix = 'newsroom-admin:local-copy:'
/** Before decision 0013: one copy per release for everyone in the browser. Nobody's to offer. */
const legacyPrefix = 'newsroom-admin:release-draft:'

const userPrefix = (userId: string) => `${prefix}${encodeURIComponent(userId)}:`
const newPrefix = (userId: string) => `${userPrefix(userId)}new:`

export const releaseCopyKey = (userId: string, releaseId: string) => `${userPrefix(userId)}release:${releaseId}`
export const newCopyKey = (userId: string, tabId: string) => `${newPrefix(userId)}${tabId}`

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

export function clearLocalCopy(key: string) {
  try {
    localStorage.removeItem(key)
  } catch {
    // Blocked storage: there is nothing to clear.
  }
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

const keysStartingWith = (start: string): string[] => {
  try {
    return Object.keys(localStorage).filter((key) => key.startsWith(start))
  } catch {
    return []
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

/** At sign-out: none of the person's words stay behind in this browser. */
export function removeLocalCopiesOf(userId: string) {
  for (const key of keysStartingWith(userPrefix(userId))) clearLocalCopy(key)
  removeLegacyCopies()
}

/** Copies kept before they were per person cannot be told apart: they are removed unread. */
export function removeLegacyCopies() {
  for (const key of keysStartingWith(legacyPrefix)) clearLocalCopy(key)
}
