import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app'
import { createAppInstance } from './app-instance'
import { env } from './config/env'
import './styles'

const { queryClient, router } = createAppInstance()

/** The code of the page being opened (its route chunks), fetched without running any loader. */
function preloadPageCode() {
  const [routes] = router.getMatchedRoutes(window.location.pathname)
  for (const route of routes) void router.loadRouteChunk(route)?.catch(() => undefined)
}

/**
 * Starts the mock backend; false when it could not, because the connection dropped while its code
 * was still loading: a failed import stays failed in this page, so it reloads once back online.
 */
async function startMockBackend(
  root: HTMLElement,
  load: () => Promise<typeof import('../mocks/browser')>,
): Promise<boolean> {
  try {
    const { startMockWorker } = await load()
    // Requests sent before the worker is ready would miss it: start it before rendering.
    await startMockWorker({ baseUrl: env.apiBaseUrl, seedReleases: env.seedReleases, latencyMs: env.mockLatencyMs })
    return true
  } catch (error) {
    if (navigator.onLine) {
      // Rendered all the same: each call then says the demo backend is not running in this tab.
      console.error('The mock backend did not start.', error)
      return true
    }
    root.innerHTML =
      '<p role="alert" style="padding:1rem">No connection: the demo backend could not load. This page reloads when the connection is back.</p>'
    window.addEventListener('online', () => window.location.reload(), { once: true })
    return false
  }
}

async function start() {
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root element')
  // Written out literally so the production build (VITE_MOCKING=off) drops the mock backend.
  if (import.meta.env.VITE_MOCKING === 'on') {
    // The page's code downloads while MSW's service worker starts (the mock's database seeds in
    // a worker of its own and never holds up this thread, decision 0019).
    preloadPageCode()
    // oxlint-disable-next-line no-restricted-imports -- the allowed dynamic import that starts the mock backend
    if (!(await startMockBackend(root, () => import('../mocks/browser')))) return
  }

  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} router={router} />
    </StrictMode>,
  )
}

// No top-level await: the entry shares a chunk with the code the mock backend imports, and a
// module awaiting an import of a chunk that imports it back would wait forever.
void start()
