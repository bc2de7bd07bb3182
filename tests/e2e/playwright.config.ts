import { defineConfig, devices } from '@playwright/test'
import { chromiumArgs, chromiumPath } from './chromium'

const port = Number(process.env.E2E_PORT ?? 5199)
const baseURL = `http://127.0.0.1:${port}`

export default defineConfig({
  testDir: '.',
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
    // The dev server with the MSW worker and demo data, as a person runs it.
    command: `npx vite --port ${port} --strictPort`,
    // The config lives in tests/e2e; the app's root is two levels up.
    cwd: '../..',
    url: baseURL,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { VITE_MOCK_LATENCY_MS: '50' },
  },
})
