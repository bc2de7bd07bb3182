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

async function start() {
  // Written out literally so the production build (VITE_MOCKING=off) drops the mock backend.
  if (import.meta.env.VITE_MOCKING === 'on') {
    // The mock backend seeds its database first, which takes a while with many releases:
    // meanwhile the page's code downloads, instead of after it.
    preloadPageCode()
    // oxlint-disable-next-line no-restricted-imports -- the allowed dynamic import that starts the mock backend
    const { startMockWorker } = await import('../mocks/browser')
    // Requests sent before the worker is ready would miss it: start it before rendering.
    await startMockWorker({ baseUrl: env.apiBaseUrl, seedReleases: env.seedReleases, latencyMs: env.mockLatencyMs })
  }

  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root element')
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} router={router} />
    </StrictMode>,
  )
}

// No top-level await: the entry shares a chunk with the code the mock backend imports, and a
// module awaiting an import of a chunk that imports it back would wait forever.
void start()
