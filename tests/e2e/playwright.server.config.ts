/**
 * The three roles' journeys against the real server (issue #16): the production build (mocking
 * off, as `npm start` builds it) served with the API by `server/main.ts` on the embedded
 * database, seeded afresh for every run (300 generated releases, as the demo).
 * `npx playwright test -c tests/e2e/playwright.server.config.ts`
 *
 * One server, so one database for the whole run, where the demo has one per browser context: a
 * journey finds what the ones before it left. They run one at a time, in Playwright's order
 * (files alphabetically), and none depends on that order: each works on what it creates or on
 * what it finds first (an editor's latest draft, the newest published release), never on a
 * seeded record another journey changes. Not here: what tests the demo itself (connection and
 * tabs: MSW's service worker and the demo backend's code; console-fixture: no app at all), and
 * the checks of one page's layout or accessibility, which the front end decides alone and the
 * demo's run covers (accessibility-*, every-width, phone-header, long-title, small-things,
 * reference-row-actions).
 */
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig, devices } from '@playwright/test'
import { chromiumArgs, chromiumPath } from './chromium'

const port = Number(process.env.E2E_SERVER_PORT ?? 5340)
const baseURL = `http://127.0.0.1:${port}`
// The production build, out of the formatter's, the linter's and git's way; E2E_SERVER_STATIC_DIR
// serves one built already (`npx vite build --outDir <dir>`) instead of building it here.
const builtDir = process.env.E2E_SERVER_STATIC_DIR
const staticDir = builtDir ?? `node_modules/.cache/e2e-server-${port}`
// Emptied at every start: each run begins on the seed, never on what the last run left.
const dataDir = join(tmpdir(), `newsroom-e2e-server-${port}`)

/** The journeys, by role (they run alphabetically, one worker, one database). */
const journeys = [
  // An editor's day.
  'foundation.spec.ts',
  'release-editor.spec.ts',
  'source-release.spec.ts',
  'keyboard-editor.spec.ts',
  'local-copy.spec.ts',
  'editor-conflict.spec.ts',
  'language-versions.spec.ts',
  'workflow.spec.ts',
  // A reviewer's day.
  'review-queue.spec.ts',
  'review-corrections.spec.ts',
  'release-activity.spec.ts',
  'stale-decision.spec.ts',
  'publication-calendar.spec.ts',
  // An admin's day.
  'admin-journey.spec.ts',
  'admin-unassigned.spec.ts',
  'assignment.spec.ts',
  'reports.spec.ts',
]

export default defineConfig({
  testDir: '.',
  testMatch: journeys,
  outputDir: '../../test-results/e2e-server-artifacts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // One database: the journeys run one after the other.
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '../../test-results/e2e-server.json' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium-server',
      metadata: { backend: 'server' },
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
      },
    },
  ],
  webServer: {
    command: [
      `rm -rf ${JSON.stringify(dataDir)}`,
      ...(builtDir ? [] : [`npx vite build --outDir ${JSON.stringify(staticDir)} --logLevel error`]),
      'node --import tsx server/main.ts',
    ].join(' && '),
    // The config lives in tests/e2e; the app's root is two levels up.
    cwd: '../..',
    url: `${baseURL}/readyz`,
    reuseExistingServer: false,
    // The build, the migrations and the seed, on a loaded machine.
    timeout: 240_000,
    // SIGTERM: the server closes its database before it exits (server/http/lifecycle.ts).
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    // Its warnings and errors (LOG_LEVEL below), beside the failure they may explain.
    stdout: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: '',
      DATA_DIR: dataDir,
      STATIC_DIR: staticDir,
      SEED_RELEASES: '300',
      LOG_LEVEL: 'warn',
      // A scheduled release goes out within a second of its time (the workflow journey waits for it).
      SCHEDULER_INTERVAL_MS: '1000',
    },
  },
})
