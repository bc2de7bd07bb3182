import { setupWorker } from 'msw/browser'
import { startBackend, type Backend } from './backend/page'
import { ensureTabIsServed, withQuietUpdates } from './worker-tab'

export type MockWorkerOptions = {
  baseUrl: string
  /** How many releases to generate, besides the source page's release. */
  seedReleases: number
  latencyMs: number
}

let backend: Backend | null = null

const scriptUrl = '/mockServiceWorker.js'

/**
 * Starts the mock API in the browser: the backend's Web Worker (`backend/`, decision 0019),
 * which seeds, replays the journal of changes kept in localStorage and follows other tabs'
 * changes off the page's main thread, then MSW's service worker, which hands it every API
 * request, and makes sure that one serves this tab (it may reload the tab once for that).
 * Await it before rendering, or the first requests miss the service worker; it does not wait
 * for the seed (requests do, in the backend's worker).
 */
export async function startMockWorker(options: MockWorkerOptions): Promise<void> {
  backend?.stop()
  backend = startBackend(options)
  const worker = setupWorker(backend.handler)
  await withQuietUpdates(() =>
    worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: scriptUrl } }),
  )
  await ensureTabIsServed(scriptUrl)
}

/**
 * "Reset demo data": forgets every change, in this tab and every other one. Without a backend
 * worker (the app in Node's tests, served by mocks/node.ts in the same process) the database of
 * this process is reset; that code loads only then, so the page's chunk stays without the seed.
 */
export async function resetDemoData(): Promise<void> {
  if (backend) return backend.reset()
  const [{ store }, { resetStore }] = await Promise.all([import('./db'), import('./persistence/sync')])
  return resetStore(store)
}
