/**
 * Local copies of unsaved release text, in localStorage, one per person and release, and
 * one per person and tab for a release not created yet (decision 0013):
 *   newsroom-admin:local-copy:<user>:release:<release id>
 *   newsroom-admin:local-copy:<user>:new:<tab id>
 * Every copy is checked against its schema when read: a bad one is removed, never used
 * (features/release-editor/local-copy-store.ts). The keys live here, below the features, so
 * that sign-out can remove a person's copies.
 */
const prefix = 'newsroom-admin:local-copy:'
/** Before decision 0013: one copy per release for everyone in the browser. Nobody's to offer. */
const legacyPrefix = 'newsroom-admin:release-draft:'

const userPrefix = (userId: string) => `${prefix}${encodeURIComponent(userId)}:`
export const newPrefix = (userId: string) => `${userPrefix(userId)}new:`

export const releaseCopyKey = (userId: string, releaseId: string) => `${userPrefix(userId)}release:${releaseId}`
export const newCopyKey = (userId: string, tabId: string) => `${newPrefix(userId)}${tabId}`

export const keysStartingWith = (start: string): string[] => {
  try {
    return Object.keys(localStorage).filter((key) => key.startsWith(start))
  } catch {
    return []
  }
}

export function clearLocalCopy(key: string) {
  try {
    localStorage.removeItem(key)
  } catch {
    // Blocked storage: there is nothing to clear.
  }
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
