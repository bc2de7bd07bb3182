/// <reference types="vitest/config" />
import { tanstackRouter } from '@tanstack/router-plugin/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [tanstackRouter({ target: 'react', autoCodeSplitting: true }), react()],
  // Crawl every route and the mock backend at start: otherwise Vite discovers their
  // dependencies on first use and reloads the page, which a cold CI run trips over.
  optimizeDeps: { entries: ['index.html', 'src/**/*.tsx', 'mocks/browser.ts'] },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    sourcemap: true,
    // The initial chunk below is ~650 kB minified (~250 kB gzip): large on
    // purpose, since all of it loads on every first visit anyway. Warn above that.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
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
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'tests/integration/**/*.test.{ts,tsx}', 'tests/tools/**/*.test.ts'],
    restoreMocks: true,
    testTimeout: 15_000,
    // In CI a failed test runs once more (as Playwright's do) and the report still names it:
    // whole-route tests on a busy 2-core machine have failed once in a few runs.
    retry: process.env.CI ? 1 : 0,
  },
})
