/// <reference types="vitest/config" />
import { cpSync, existsSync, readFileSync } from 'node:fs'
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

/**
 * zod's classic schemas carry the code that writes JSON Schema (`toJSONSchema()` and
 * `~standard.jsonSchema`), about 4.6 kB gzip in every first load. The app never writes JSON Schema
 * in the browser (docs/openapi.json is written in Node, by tests/tools), so a build swaps zod's two
 * modules for stand-ins that throw if called. Parsing does not use them; `aggregateChecks` (behind
 * `.maxValue`, `.minLength` and the like) stays zod's own. Tests run zod unchanged; the end-to-end
 * tests run a build with the stand-ins (docs/decisions/0009-first-load-budget.md).
 */
function zodWithoutJsonSchema(): Plugin {
  const prefix = '\0zod-without-json-schema:'
  const kept = new Set(['aggregateChecks'])
  return {
    name: 'newsroom:zod-without-json-schema',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || importer.startsWith(prefix) || !/[\\/]node_modules[\\/]zod[\\/]/.test(importer)) return null
      if (!/(^|\/)(json-schema-processors|to-json-schema)\.js$/.test(source)) return null
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true })
      return resolved ? prefix + resolved.id : null
    },
    load(id) {
      if (!id.startsWith(prefix)) return null
      const real = id.slice(prefix.length)
      const code = readFileSync(real, 'utf8')
      const names = [
        ...code.matchAll(/^export (?:const|function|let|class) (\w+)/gm),
        ...code.matchAll(/^export \{ \w+ as (\w+) \}/gm),
      ].map((match) => match[1]!)
      const lines = [
        "const unavailable = () => { throw new Error('JSON Schema is not written in this build (vite.config.ts)') }",
      ]
      for (const name of names) {
        if (kept.has(name)) lines.push(`export { ${name} } from ${JSON.stringify(real)}`)
        // The factories run when `~standard` is read (a Standard Schema consumer): theirs throws only if called.
        else if (name.startsWith('create')) lines.push(`export const ${name} = () => unavailable`)
        else lines.push(`export const ${name} = unavailable`)
      }
      return lines.join('\n')
    },
  }
}

/** Tests of what is on screen while a lazy chunk loads: in a shared worker it may have loaded already. */
const isolatedTests = [
  'src/features/release-editor/body-field.test.tsx',
  'src/features/reports/report-panel-loading.test.tsx',
  // It mocks oidc-client-ts (a stand-in identity provider), which must not leak into other files.
  'tests/integration/auth-provider.test.tsx',
]

export default defineConfig(({ mode }) => {
  // As src/config/env.ts reads it: the mode's .env files and the environment; off unless 'on'.
  const mocking = loadEnv(mode, process.cwd(), 'VITE_').VITE_MOCKING === 'on'
  return {
    plugins: [
      tanstackRouter({ target: 'react', autoCodeSplitting: true }),
      react(),
      mocking ? null : publicDirWithoutMockWorker(),
      zodWithoutJsonSchema(),
      // The mock backend (decision 0019). Its worker's dependencies are crawled at start like the
      // rest. In a build, the page fetches the mock's code beside the entry's instead of once that
      // ran, and starts the backend's worker (it seeds meanwhile) before the entry runs; with a
      // seed of another size than named here (env.ts's default is 300) the app starts its own.
      mocking
        ? ({
            name: 'newsroom:mock-backend',
            config: () => ({ optimizeDeps: { entries: ['mocks/backend/worker.ts'] } }),
            transformIndexHtml: {
              order: 'post',
              handler: (_html, { bundle }) => {
                const files = Object.values(bundle ?? {})
                const page = files.find(
                  (file) => file.type === 'chunk' && (file.facadeModuleId ?? '').endsWith('/mocks/browser.ts'),
                )
                if (page?.type !== 'chunk') return []
                const worker = files.find(
                  (file) => file.fileName.endsWith('.js') && page.code.includes(file.fileName) && file.type === 'asset',
                )
                const name = `mock-backend:${Number(loadEnv(mode, process.cwd(), 'VITE_').VITE_SEED_RELEASES || 300)}`
                const start = `try{window.newsroomMockBackend={worker:new Worker('/${worker?.fileName}',{type:'module',name:'${name}'}),name:'${name}'}}catch{}`
                return [
                  {
                    tag: 'link',
                    attrs: { rel: 'modulepreload', crossorigin: true, href: `/${page.fileName}` },
                    injectTo: 'head',
                  },
                  ...(worker ? [{ tag: 'script', children: start, injectTo: 'head-prepend' as const }] : []),
                ]
              },
            },
          } satisfies Plugin)
        : null,
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
        // The server's own tests (server/README.md): Node, no DOM, each file with its own database.
        {
          test: {
            name: 'server',
            include: ['server/**/*.test.ts'],
            environment: 'node',
            testTimeout: 30_000,
          },
        },
        // The differential test (decision 0021): the mock and the server, from one seed, answer alike.
        {
          test: {
            name: 'differential',
            include: ['tests/differential/**/*.test.ts'],
            environment: 'node',
            testTimeout: 300_000,
          },
        },
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
