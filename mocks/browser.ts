import { setupWorker } from 'msw/browser'
import { store } from './db'
import { createHandlers } from './handlers'
import { enablePersistence, listenToOtherTabs, resetStore } from './persistence/sync'
import { ensureTabIsServed, withQuietUpdates } from './worker-tab'

export type MockWorkerOptions = {
  baseUrl: string
  /** How many releases to generate, besides the source page's release. */
  seedReleases: number
  latencyMs: number
}

let stopListening: (() => void) | null = null

const scriptUrl = '/mockServiceWorker.js'

/**
 * Starts the mock API in the browser: seeds, replays the journal of changes kept in
 * localStorage, follows other tabs' changes, then starts the service worker and makes sure it
 * serves this tab (it may reload the tab once for that). Await it before rendering, or the
 * first requests miss the worker.
 */
export async function startMockWorker(options: MockWorkerOptions): Promise<void> {
  store.releases = options.seedReleases
  await enablePersistence(store, window.localStorage)
  stopListening?.()
  stopListening = listenToOtherTabs(store, window)
  const worker = setupWorker(...createHandlers({ baseUrl: options.baseUrl, latencyMs: options.latencyMs }))
  await withQuietUpdates(() =>
    worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: scriptUrl } }),
  )
  await ensureTabIsServed(scriptUrl)
}

/** "Reset demo data": forgets every change, in this tab and every other one. */
export function resetDemoData(): Promise<void> {
  return resetStore(store)
}
