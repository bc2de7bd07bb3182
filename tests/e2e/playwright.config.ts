import { defineConfig, devices } from '@playwright/test'
import { chromiumArgs, chromiumPath } from './chromium'

const port = Number(process.env.E2E_PORT ?? 5199)
const baseURL = `http://127.0.0.1:${port}`
// Where the demo build the tests run on goes: out of the formatter's, the linter's and git's way.
const outDir = `node_modules/.cache/e2e-demo-${port}`

export default defineConfig({
  testDir: '.',
  // Real sign-in runs its own provider and server (playwright.oidc.config.ts), not on the demo.
  testIgnore: ['oidc-sign-in.spec.ts'],
  outputDir: '../../test-results/e2e-artifacts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Files run side by side on two workers (the tests of a file in order): the suite took 11 minutes
  // on one. Each test has its own browser context, so its own demo database and sessions.
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: '../../test-results/e2e.json' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
      },
    },
  ],
  webServer: {
    // The demo (the MSW worker and demo data, as `npm run build:demo` builds it) bundled, served
    // by `vite preview`. The dev server sends every page hundreds of modules one by one (and each
    // test is a fresh browser, without a cache), and reloads pages whenever someone saves a
    // source file: the same tests took more than twice as long there. Built with
    // NODE_ENV=development (below), so React is its development build as on the dev server: its
    // warnings fail a test (fixtures.ts), and StrictMode runs effects twice. E2E_SERVER=dev runs
    // the tests on the dev server. The build takes seconds, into a folder of its own per port.
    command:
      process.env.E2E_SERVER === 'dev'
        ? `npx vite --port ${port} --strictPort`
        : `npx vite build --mode demo --outDir ${outDir} --logLevel error && npx vite preview --outDir ${outDir} --port ${port} --strictPort`,
    // The config lives in tests/e2e; the app's root is two levels up.
    cwd: '../..',
    url: baseURL,
    reuseExistingServer: false,
    // The build and the server's start, on a loaded machine.
    timeout: 180_000,
    // Read at build time (before .env.demo's 150 ms): the demo backend's latency in the tests.
    env: { VITE_MOCK_LATENCY_MS: '50', NODE_ENV: 'development' },
  },
})
