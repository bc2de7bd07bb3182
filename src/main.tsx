import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { holdRequestsUntil } from './api/http'
import { App } from './app'
import { createAppInstance } from './app-instance'
import { env } from './config/env'
import './styles'

const { queryClient, router } = createAppInstance()

/**
 * Starts the mock backend; false when it could not, because the connection dropped while its code
 * was still loading: a failed import stays failed in this page, so it reloads once back online.
 */
async function startMockBackend(load: () => Promise<typeof import('../mocks/browser')>): Promise<boolean> {
  try {
    const { startMockWorker } = await load()
    await startMockWorker({ baseUrl: env.apiBaseUrl, seedReleases: env.seedReleases, latencyMs: env.mockLatencyMs })
    return true
  } catch (error) {
    if (navigator.onLine) {
      // Rendered all the same: each call then says the demo backend is not running in this tab.
      console.error('The mock backend did not start.', error)
      return true
    }
    return false
  }
}

function showOffline(root: HTMLElement) {
  root.innerHTML =
    '<p role="alert" style="padding:1rem">No connection: the demo backend could not load. This page reloads when the connection is back.</p>'
  window.addEventListener('online', () => window.location.reload(), { once: true })
}

function start() {
  const container = document.getElementById('root')
  if (!container) throw new Error('index.html has no #root element')
  const root = createRoot(container)
  // Written out literally so the production build (VITE_MOCKING=off) drops the mock backend.
  if (import.meta.env.VITE_MOCKING === 'on') {
    // The app renders (its code loads, the router matches, pages draw what needs no answer) while
    // MSW's service worker starts; its requests wait for it, or they would miss it. The mock's
    // database seeds in a worker of its own and never holds up this thread (decision 0019).
    // oxlint-disable-next-line no-restricted-imports -- the allowed dynamic import that starts the mock backend
    const started = startMockBackend(() => import('../mocks/browser'))
    holdRequestsUntil(started)
    void started.then((ok) => {
      if (ok) return
      root.unmount()
      showOffline(container)
    })
  }

  root.render(
    <StrictMode>
      <App queryClient={queryClient} router={router} />
    </StrictMode>,
  )
}

// No top-level await: the entry shares a chunk with the code the mock backend imports, and a
// module awaiting an import of a chunk that imports it back would wait forever.
start()
