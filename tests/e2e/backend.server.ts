/**
 * Which backend a spec runs against: the demo (MSW in the page, a database per browser context)
 * or the real server (`playwright.server.config.ts`: one database for every test of the run).
 * A journey that runs on both asks this only where the two must differ, as a clock moved in the
 * page, which the server does not follow.
 */
import { test } from './fixtures'

export type Backend = 'demo' | 'server'

/** The project's `metadata.backend`; the demo's config sets none. */
export function backend(): Backend {
  return test.info().project.metadata?.backend === 'server' ? 'server' : 'demo'
}
