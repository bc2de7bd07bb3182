// `npm run bench`: builds the app twice (mocking off, as deployed; mocking on with 10,000
// releases, as the demo), measures what a first visit downloads, then times what a person
// waits for in Chromium under 4× CPU throttling (median of cold runs). It prints a table
// and writes bench/results.json. It is a benchmark, not a test: it never fails on a figure.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { coldRun, type Timings } from './browser-timings'
import { firstLoad, lazyModulesIn, routeEntries as routes } from './bundle-size'
import { chromiumPath } from '../tests/e2e/chromium'

const runs = Number(process.env.BENCH_RUNS ?? 5)
const port = Number(process.env.BENCH_PORT ?? 4399)
const filterWord = process.env.BENCH_WORD ?? 'border'
const prodDir = 'bench/tmp/prod'
const demoDir = 'bench/tmp/demo'

const kB = (bytes: number) => Math.round(bytes / 102.4) / 10

function build(mode: 'production' | 'demo', outDir: string, env: Record<string, string> = {}) {
  console.info(`building (${mode}) into ${outDir}…`)
  execFileSync('npx', ['vite', 'build', '--mode', mode, '--outDir', outDir, '--manifest', '--emptyOutDir'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  })
}

async function startPreview(): Promise<ChildProcess> {
  const server = spawn('npx', ['vite', 'preview', '--outDir', demoDir, '--port', String(port), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  })
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error('vite preview did not start')
}

const median = (values: number[]) => {
  const sorted = values.toSorted((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

build('production', prodDir)
build('demo', demoDir, { VITE_SEED_RELEASES: '10000', VITE_MOCK_LATENCY_MS: '0' })

const sizes = {
  releasesMockingOff: firstLoad(prodDir, routes.releases),
  editorMockingOff: firstLoad(prodDir, routes.editor),
  releasesMockingOn: firstLoad(demoDir, [...routes.releases, 'mocks/browser.ts']),
  editorMockingOn: firstLoad(demoDir, [...routes.editor, 'mocks/browser.ts']),
}
const lazyInReleases = lazyModulesIn(
  prodDir,
  sizes.releasesMockingOff,
  /tiptap|body-editor|charts|release-editor|react-hook-form/i,
)

const server = await startPreview()
const samples: Timings[] = []
try {
  for (let run = 1; run <= runs; run++) {
    const timings = await coldRun(`http://127.0.0.1:${port}`, chromiumPath, filterWord)
    console.info(
      `run ${run}/${runs}: ${Object.entries(timings)
        .map(([name, ms]) => `${name} ${Math.round(ms)} ms`)
        .join(', ')}`,
    )
    samples.push(timings)
  }
} finally {
  if (server.pid) process.kill(-server.pid)
}
const timing = (name: keyof Timings) => Math.round(median(samples.map((sample) => sample[name])))

const rows: Array<[string, string, string]> = [
  ['/releases first-load JS, mocking off (gzip)', `${kB(sizes.releasesMockingOff.js)} kB`, '≤ 200 kB'],
  ['/releases first-load CSS, mocking off (gzip)', `${kB(sizes.releasesMockingOff.css)} kB`, '≤ 15 kB'],
  ['editor first-load JS, mocking off (gzip)', `${kB(sizes.editorMockingOff.js)} kB`, '≤ 200 kB'],
  ['editor first-load CSS, mocking off (gzip)', `${kB(sizes.editorMockingOff.css)} kB`, '≤ 15 kB'],
  ['/releases first-load JS, mocking on (gzip)', `${kB(sizes.releasesMockingOn.js)} kB`, '(demo)'],
  ['/releases first-load CSS, mocking on (gzip)', `${kB(sizes.releasesMockingOn.css)} kB`, '(demo)'],
  ['editor first-load JS, mocking on (gzip)', `${kB(sizes.editorMockingOn.js)} kB`, '(demo)'],
  ['editor, forms, charts in /releases first load', lazyInReleases.length ? lazyInReleases.join(', ') : 'none', 'none'],
  [`navigation to first release row (4× CPU, median of ${runs})`, `${timing('firstRow')} ms`, '≤ 2500 ms'],
  [`typing a filter word to matching rows (incl. debounce)`, `${timing('filter')} ms`, '≤ 200 ms'],
  ['clicking Edit to the editor’s Title field', `${timing('openEditor')} ms`, '≤ 300 ms'],
  ['pressing Save to "Saved"', `${timing('save')} ms`, '≤ 300 ms'],
]
const width = Math.max(...rows.map(([name]) => name.length))
console.info(`\n${'measure'.padEnd(width)} | figure     | budget`)
for (const [name, figure, budget] of rows) console.info(`${name.padEnd(width)} | ${figure.padEnd(10)} | ${budget}`)

writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ date: new Date().toISOString(), runs, cpuThrottling: 4, releases: 10_000, sizesGzipBytes: Object.fromEntries(Object.entries(sizes).map(([name, load]) => [name, { js: load.js, css: load.css }])), lazyInReleases, timingsMs: { firstRow: timing('firstRow'), filter: timing('filter'), openEditor: timing('openEditor'), save: timing('save') }, samples }, null, 2)}\n`,
)
console.info('\nwrote bench/results.json')
