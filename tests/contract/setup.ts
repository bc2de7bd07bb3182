/**
 * The conformance suite's only link to the mock: without API_BASE_URL the cases' requests are
 * answered by the MSW handlers in this process (seeded once per file, as a server is seeded
 * once); with it, nothing here runs and the cases talk to that server. The cases never touch
 * the mock's data: they find and create what they need through the API.
 */
import { afterAll, beforeAll } from 'vitest'
import { inProcessBaseUrl } from './target'

if (!process.env.API_BASE_URL) {
  const { setupServer } = await import('msw/node')
  const { createHandlers } = await import('../../mocks/handlers')
  const { resetDb } = await import('../../mocks/db')
  const server = setupServer(...createHandlers({ baseUrl: inProcessBaseUrl, latencyMs: 0 }))
  beforeAll(async () => {
    // The shared seed with 30 generated releases instead of 300: no case counts them, and every
    // list request of the mock scans them all (the suite runs in a third of the time).
    await resetDb({ releases: 30 })
    server.listen({ onUnhandledRequest: 'error' })
  })
  afterAll(() => server.close())
}
