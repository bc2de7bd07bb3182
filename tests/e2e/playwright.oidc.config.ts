/**
 * Real sign-in end to end (issue #17): `oidc-sign-in.spec.ts` starts a local OpenID Connect
 * provider and the real server that trusts it (both on 127.0.0.1, ports the OS picks), and
 * drives the production build through the provider's login page.
 * `npx playwright test -c tests/e2e/playwright.oidc.config.ts`
 *
 * It builds the app (mocking off, as `npm start` builds it) into the server journeys' folder
 * first; E2E_SERVER_STATIC_DIR serves a build made already (`npm test` passes the one its server
 * journeys just made).
 */
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { defineConfig, devices } from '@playwright/test'
import { chromiumArgs, chromiumPath } from './chromium'

const root = fileURLToPath(new URL('../..', import.meta.url))
const builtDir = process.env.E2E_SERVER_STATIC_DIR
const staticDir = builtDir ?? fileURLToPath(new URL('../../node_modules/.cache/e2e-server-oidc', import.meta.url))
// For the spec, which starts the server on it (workers inherit the runner's environment).
process.env.E2E_OIDC_STATIC_DIR = staticDir

// Once per run, in the runner's process (Playwright evaluates this file in each worker too).
if (!builtDir && !process.env.TEST_WORKER_INDEX)
  execFileSync('npx', ['vite', 'build', '--outDir', staticDir, '--logLevel', 'error'], { cwd: root, stdio: 'inherit' })

export default defineConfig({
  testDir: '.',
  testMatch: ['oidc-sign-in.spec.ts'],
  outputDir: '../../test-results/e2e-oidc-artifacts',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // One provider and one server for the file: its tests run in order (the editor's release is the reviewer's).
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '../../test-results/e2e-oidc.json' }]],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    {
      name: 'chromium-oidc',
      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath: chromiumPath, args: chromiumArgs } },
    },
  ],
})
