import { setupServer } from 'msw/node'
import { createHandlers } from './handlers'

/** The mock API for tests (Vitest, jsdom): relative `fetch('/api/…')` resolves against http://localhost:3000. */
export const server = setupServer(...createHandlers({ baseUrl: '/api', latencyMs: 0 }))
