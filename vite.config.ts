/// <reference types="vitest/config" />
import { cpSync, existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { basename, resolve } from 'node:path'
import { tanstackRouter } from '@tanstack/router-plugin/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv, type Plugin, type ResolvedConfig } from 'vite'

/**
 * A build that talks to a real backend must not publish MSW's worker, which Vite would copy
 * from public/ (where `npx msw init` keeps it for the dev server and the demo). This copies
 * public/ as Vite does, without that one file; tests/tools/check-build-output.mjs checks dist/.
 */
function publicDirWithoutMockWorker(): Plugin {
  let config: ResolvedConfig
  return {
    name: 'newsroom:public-dir-without-mock-worker',
    apply: 'build',
    config: () => ({ build: { copyPublicDir: false } }),
    configResolved(resolved) {
      config = resolved
    },
    writeBundle() {
      if (!config.publicDir || !existsSync(config.publicDir)) return
      const outDir = resolve(config.root, config.build.outDir)
      cpSync(config.publicDir, outDir, {
        recursive: true,
        filter: (source) => basename(source) !== 'mockServiceWorker.js',
      })
    },
  }
}

/** Tests of what is on screen while a lazy chunk loads: in a shared worker it may have loaded already. */
const isolatedTests = [
  'src/features/release-editor/body-field.test.tsx',
  'src/features/reports/report-panel-loading.test.tsx',
]

export default defineConfig(({ mode }) => {
  // As src/config/env.ts reads it: the mode's .env files and the environment; off unless 'on'.
  const mocking = loadEnv(mode, process.cwd(), 'VITE_').VITE_MOCKING === 'on'
  return {
    plugins: [
      tanstackRouter({ target: 'react', autoCodeSplitting: true }),
      react(),
      mocking ? null : publicDirWithoutMockWorker(),
    ],
    // Crawl every route and the mock backend at start: otherwise Vite discovers their
    // dependencies on first use and reloads the page, which a cold CI run trips over.
    optimizeDeps: { entries: ['index.html', 'src/**/*.tsx', 'mocks/browser.ts'] },
    server: { host: '127.0.0.1', port: 5173, strictPort: true },
    preview: { host: '127.0.0.1', port: 4173, strictPort: true },
    build: {
      // Source maps only with the mock backend (the demo). A production build has none: nothing
      // collects its errors from the field to map, and any map in dist/ is served to everyone.
      sourcemap: mocking,
      // The initial chunk below is ~650 kB minified (~250 kB gzip): large on
      // purpose, since all of it loads on every first visit anyway. Warn above that.
      chunkSizeWarningLimit: 700,
      rolldownOptions: {
        // The contract's modules only declare (schemas, rules, the endpoints' table): one of
        // them no imported name is used from, such as endpoints.ts with the API document's
        // texts (used only by the mock and the OpenAPI generator), is left out of the bundle
        // instead of kept for its calls to zod (docs/decisions/0009-first-load-budget.md).
        treeshake: { moduleSideEffects: [{ test: /\/src\/api\/contract\//, sideEffects: false }] },
        output: {
          codeSplitting: {
            // Everything the entry imports statically (React, the router, the query client, the
            // contract, Mantine's provider, every route's loader) loads on every first visit
            // anyway: one chunk rather than some thirty small ones compresses better (about
            // 15 kB less gzip) and takes fewer requests. Lazily loaded code (route components,
            // dialogs, the editor, charts) is untouched: `$initial` holds only the static graph.
            groups: [{ name: 'app', tags: ['$initial'] }],
          },
        },
      },
    },
    test: {
      environment: 'jsdom',
      globals: true,
      setupFiles: ['./tests/setup.ts'],
      restoreMocks: true,
      testTimeout: 15_000,
      // Vitest's default is one worker per core but one; on a 2-core machine that is a single
      // worker, and the suite took 400 s instead of 260 s (jsdom setup and imports run per file).
      maxWorkers: Math.max(2, availableParallelism() - 1),
      // Files share their worker's modules instead of importing everything again each (the
      // contract, the mock, React, Mantine): the suite took 356 s isolated, about 190 s so. Each
      // test still starts clean (tests/setup.ts: the database, storage, toasts, the DOM, React's
      // act switch). The files that watch a lazy chunk load run isolated (see projects below).
      isolate: false,
      projects: [
        {
          extends: true,
          test: {
            name: 'shared',
            include: [
              'src/**/*.test.{ts,tsx}',
              'mocks/**/*.test.ts',
              'tests/integration/**/*.test.{ts,tsx}',
              'tests/tools/**/*.test.ts',
            ],
            exclude: isolatedTests,
          },
        },
        { extends: true, test: { name: 'isolated', include: isolatedTests, isolate: true } },
        // The conformance suite (tests/README.md): one seed per file, against the in-process mock
        // (jsdom: it sanitizes HTML with the DOM), or the server at API_BASE_URL (npm run test:contract).
        {
          test: {
            name: 'contract',
            include: ['tests/contract/*.test.ts'],
            environment: 'jsdom',
            setupFiles: ['./tests/contract/setup.ts'],
            testTimeout: 15_000,
          },
        },
      ],
      // In CI a failed test runs once more (as Playwright's do) and the report still names it:
      // whole-route tests on a busy 2-core machine have failed once in a few runs.
      retry: process.env.CI ? 1 : 0,
    },
  }
})
