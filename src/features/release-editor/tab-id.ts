import { newIdempotencyKey } from '../../api/idempotency'

/**
 * Which tab this is, for the local copies of new releases: kept in sessionStorage, so a
 * reloaded tab is the same tab and finds its own copy, while every other tab has its own.
 * Whether a tab still lives is a Web Lock it holds until it is closed (or crashes):
 * a copy whose tab holds no lock is nobody's, and may be offered to the person's other tabs.
 */
const storageKey = 'newsroom-admin.tab-id'
const lockPrefix = 'newsroom-admin:tab:'

const locks = (): LockManager | null => (typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null)

export function currentTabId(): string {
  try {
    const stored = sessionStorage.getItem(storageKey)
    if (stored) return stored
    const made = newIdempotencyKey()
    sessionStorage.setItem(storageKey, made)
    return made
  } catch {
    return 'this-tab'
  }
}

/** Lets go of the lock as the page goes, so that its reload takes it again at once. */
let letGo: (() => void) | null = null

/** Holds the tab's lock until the page goes; answers false when another live tab keeps it. */
function hold(tabId: string, waitMs: number): Promise<boolean> {
  const manager = locks()
  if (!manager) return Promise.resolve(true)
  return new Promise((acquired) => {
    manager
      .request(`${lockPrefix}${tabId}`, { signal: AbortSignal.timeout(waitMs) }, () => {
        acquired(true)
        return new Promise<void>((done) => {
          letGo = done
        })
      })
      .catch(() => acquired(false))
  })
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', (event) => {
    // A page kept for Back (bfcache) stays this tab; one that is unloaded lets go.
    if (!event.persisted) letGo?.()
  })
}

let claimed: Promise<string> | null = null

/**
 * Makes this tab the owner of its id. A duplicated tab copies sessionStorage, and with it the
 * id: when the lock stays with another live tab (a reload lets go of it as the old page goes),
 * this tab takes a new id, so two tabs never write over one copy.
 */
export function claimTab(): Promise<string> {
  if (!locks()) return Promise.resolve(currentTabId())
  claimed ??= (async () => {
    const tabId = currentTabId()
    // A reload finds the lock let go of, or soon is; only a duplicated tab waits out the whole time.
    if (await hold(tabId, 8000)) return tabId
    const fresh = newIdempotencyKey()
    sessionStorage.setItem(storageKey, fresh)
    await hold(fresh, 8000)
    return fresh
  })()
  return claimed
}

/** The ids of the tabs open now, or null when this browser cannot tell (no Web Locks). */
export async function liveTabIds(): Promise<Set<string> | null> {
  const manager = locks()
  if (!manager) return null
  try {
    const { held = [] } = await manager.query()
    return new Set(
      held.flatMap((lock) => (lock.name?.startsWith(lockPrefix) ? [lock.name.slice(lockPrefix.length)] : [])),
    )
  } catch {
    return null
  }
}
