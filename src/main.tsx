import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app'
import { createAppInstance } from './app-instance'
import { env } from './config/env'
import './styles'

// Written out literally so the production build (VITE_MOCKING=off) drops the mock backend.
if (import.meta.env.VITE_MOCKING === 'on') {
  // oxlint-disable-next-line no-restricted-imports -- the allowed dynamic import that starts the mock backend
  const { startMockWorker } = await import('../mocks/browser')
  // Requests sent before the worker is ready would miss it: start it before rendering.
  await startMockWorker({ baseUrl: env.apiBaseUrl, seedReleases: env.seedReleases, latencyMs: env.mockLatencyMs })
}

const { queryClient, router } = createAppInstance()
const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

createRoot(root).render(
  <StrictMode>
    <App queryClient={queryClient} router={router} />
  </StrictMode>,
)
