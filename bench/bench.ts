// `npm run bench`: this project beside its peers (issue #14). It builds the project as
// deployed (mocking off, for sizes) and as the demo (mocking on) at 1,000, 10,000 and
// 100,000 releases, and the two anchors of bench/anchors (react-admin, the bare stack) over
// the same generated releases; sums what each first visit downloads; then times, in
// Chromium with 4× CPU throttling, cold runs of every app interleaved (each run takes every
// app once, in an order rotated from run to run). It prints every figure beside its peers
// with the ratios the goals use, and writes bench/results.json. It is a benchmark, not a
// test: it never fails on a figure. bench/README.md says what is comparable.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import {
  type AppAdapter,
  bareAdapter,
  coldRun,
  projectAdapter,
  reactAdminAdapter,
  type Timings,
} from './browser-timings'
import { type FirstLoad, firstLoad, lazyModulesIn, routeEntries as routes } from './bundle-size'
import {
  type Anchor,
  anchorPreview,
  buildAnchor,
  ensureAnchorsInstalled,
  typecheckAnchors,
  writeAnchorReleases,
} from './peers'
import { chromiumPath } from '../tests/e2e/chromium'

const runs = Number(process.env.BENCH_RUNS ?? 5)
const firstPort = Number(process.env.BENCH_PORT ?? 4399)
const filterWord = process.env.BENCH_WORD ?? 'border'
const releaseCount = Number(process.env.BENCH_RELEASES ?? 1000)
// BENCH_RESULTS: where to write the figures (a trial run on a busy machine need not touch bench/results.json).
const resultsPath = process.env.BENCH_RESULTS ?? 'bench/results.json'
const prodDir = 'bench/tmp/prod'
const releasesJson = 'bench/tmp/anchors/releases.json'
const startedAt = new Date()
const loadAtStart = loadavg()

type Build = { kind: 'demo'; releases: number } | { kind: 'anchor'; anchor: Anchor }
type App = { id: string; label: string; releases: number; build: Build; adapter: AppAdapter; timeoutMs: number }

const thousands = (count: number) => (count >= 1000 && count % 1000 === 0 ? `${count / 1000}k` : String(count))
const demo = (releases: number): Build => ({ kind: 'demo', releases })
const allApps: App[] = [
  {
    id: 'project',
    label: `project @${thousands(releaseCount)}`,
    releases: releaseCount,
    build: demo(releaseCount),
    adapter: projectAdapter,
    timeoutMs: 120_000,
  },
  {
    id: 'react-admin',
    label: `react-admin @${thousands(releaseCount)}`,
    releases: releaseCount,
    build: { kind: 'anchor', anchor: 'react-admin' },
    adapter: reactAdminAdapter('default'),
    timeoutMs: 120_000,
  },
  {
    id: 'react-admin-no-debounce',
    label: `react-admin, debounce 0 @${thousands(releaseCount)}`,
    releases: releaseCount,
    build: { kind: 'anchor', anchor: 'react-admin' },
    adapter: reactAdminAdapter('none'),
    timeoutMs: 120_000,
  },
  {
    id: 'bare',
    label: `bare stack @${thousands(releaseCount)}`,
    releases: releaseCount,
    build: { kind: 'anchor', anchor: 'bare' },
    adapter: bareAdapter,
    timeoutMs: 120_000,
  },
  // The scale goal; seeding may be slow today, hence the long timeouts.
  {
    id: 'project@10k',
    label: 'project @10k',
    releases: 10_000,
    build: demo(10_000),
    adapter: projectAdapter,
    timeoutMs: 300_000,
  },
  {
    id: 'project@100k',
    label: 'project @100k',
    releases: 100_000,
    build: demo(100_000),
    adapter: projectAdapter,
    timeoutMs: 900_000,
  },
]

// BENCH_APPS=project,react-admin,bare: a subset (react-admin takes both of its debounce variants).
const wanted = (process.env.BENCH_APPS ?? '')
  .split(',')
  .map((id) => id.trim())
  .filter(Boolean)
for (const id of wanted) {
  if (!allApps.some((app) => app.id === id))
    throw new Error(`BENCH_APPS: no app "${id}" (apps: ${allApps.map((app) => app.id).join(', ')})`)
}
const apps = wanted.length
  ? allApps.filter(
      (app) => wanted.includes(app.id) || (app.id === 'react-admin-no-debounce' && wanted.includes('react-admin')),
    )
  : allApps

const outDirOf = (build: Build) =>
  build.kind === 'demo' ? `bench/tmp/demo-${build.releases}` : `bench/tmp/anchors/${build.anchor}`
const buildKey = (build: Build) => outDirOf(build)

function buildProject(mode: 'production' | 'demo', outDir: string, env: Record<string, string> = {}) {
  console.info(`building the project (${mode}) into ${outDir}…`)
  execFileSync('npx', ['vite', 'build', '--mode', mode, '--outDir', outDir, '--manifest', '--emptyOutDir'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  })
}

async function startPreview(command: string, args: string[], cwd: string, port: number): Promise<ChildProcess> {
  const server = spawn(command, args, { cwd, stdio: 'ignore', detached: true })
  for (let attempt = 0; attempt < 150; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  if (server.pid) process.kill(-server.pid)
  throw new Error(`${args.join(' ')} did not start`)
}

const median = (values: number[]) => {
  const sorted = values.toSorted((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

// Builds: the project as deployed (sizes), each distinct demo or anchor build the apps need.
const builds = new Map(apps.map((app) => [buildKey(app.build), app.build]))
const needsAnchors = [...builds.values()].some((build) => build.kind === 'anchor')
if (needsAnchors) {
  ensureAnchorsInstalled()
  typecheckAnchors()
  console.info(`${writeAnchorReleases(releasesJson, releaseCount)} releases written to ${releasesJson}`)
}
buildProject('production', prodDir)
for (const build of builds.values()) {
  if (build.kind === 'demo') {
    buildProject('demo', outDirOf(build), { VITE_SEED_RELEASES: String(build.releases), VITE_MOCK_LATENCY_MS: '0' })
  } else {
    buildAnchor(build.anchor, outDirOf(build), releasesJson)
  }
}

// Sizes: what a first visit downloads (gzip), from each build's manifest.
const mainDemo = apps.find((app) => app.id === 'project')
const sizes: Record<string, FirstLoad> = {
  releasesMockingOff: firstLoad(prodDir, routes.releases),
  editorMockingOff: firstLoad(prodDir, routes.editor),
  ...(mainDemo && {
    releasesMockingOn: firstLoad(outDirOf(mainDemo.build), [...routes.releases, 'mocks/browser.ts']),
    editorMockingOn: firstLoad(outDirOf(mainDemo.build), [...routes.editor, 'mocks/browser.ts']),
  }),
}
for (const build of builds.values()) {
  // An anchor is one bundle: its entry and its static imports are every screen's first load.
  if (build.kind === 'anchor') sizes[build.anchor] = firstLoad(outDirOf(build), [])
}
const lazyInReleases = lazyModulesIn(
  prodDir,
  sizes.releasesMockingOff!,
  /tiptap|body-editor|charts|release-editor|react-hook-form/i,
)

/** Stops a preview server and its children (its process group); one that already ended is left be. */
function stopPreview(server: ChildProcess) {
  if (!server.pid) return
  try {
    process.kill(-server.pid)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
  }
}

// Timings: one server per build, every app once per run, the order rotated each run.
const servers: ChildProcess[] = []
const baseUrls = new Map<string, string>()
const samples: Record<string, Timings[]> = Object.fromEntries(apps.map((app) => [app.id, []]))
const failures: Record<string, string[]> = Object.fromEntries(apps.map((app) => [app.id, []]))
try {
  let port = firstPort
  for (const [key, build] of builds) {
    const { command, args, cwd } =
      build.kind === 'demo'
        ? {
            command: 'npx',
            args: ['vite', 'preview', '--outDir', key, '--port', String(port), '--strictPort'],
            cwd: '.',
          }
        : anchorPreview(build.anchor, key, port)
    servers.push(await startPreview(command, args, cwd, port))
    baseUrls.set(key, `http://127.0.0.1:${port}`)
    port++
  }
  for (let run = 1; run <= runs; run++) {
    const order = apps.map((_, index) => apps[(index + run - 1) % apps.length]!)
    for (const app of order) {
      // An app that failed twice (one that cannot start, or cannot finish in its timeout) is left out of later runs.
      if (failures[app.id]!.length >= 2) continue
      try {
        const timings = await coldRun(
          baseUrls.get(buildKey(app.build))!,
          chromiumPath,
          filterWord,
          app.adapter,
          app.timeoutMs,
        )
        samples[app.id]!.push(timings)
        console.info(
          `run ${run}/${runs} · ${app.label}: ${Object.entries(timings)
            .map(([name, ms]) => `${name} ${Math.round(ms)} ms`)
            .join(', ')}`,
        )
      } catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0]! : String(error)
        failures[app.id]!.push(`run ${run}: ${message}`)
        console.warn(`run ${run}/${runs} · ${app.label}: failed: ${message}`)
      }
    }
  }
} finally {
  for (const server of servers) stopPreview(server)
}
const loadAtEnd = loadavg()

type Measure = keyof Timings
const measures: Measure[] = ['firstRow', 'filter', 'openEditor', 'wholeForm', 'save']
const medians: Record<string, Partial<Record<Measure, number>>> = Object.fromEntries(
  apps.map((app) => [
    app.id,
    samples[app.id]!.length
      ? Object.fromEntries(
          measures.map((name) => [name, Math.round(median(samples[app.id]!.map((sample) => sample[name])))]),
        )
      : {},
  ]),
)
const ms = (id: string, name: Measure) => medians[id]?.[name]
const kib = (bytes: number | undefined) => (bytes === undefined ? undefined : Math.round(bytes / 102.4) / 10)
const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || b === 0 ? undefined : a / b
const show = (value: number | undefined, unit = '') => (value === undefined ? '—' : `${value}${unit}`)
const times = (value: number | undefined) => (value === undefined ? '—' : `${value.toFixed(2)}×`)
const verdict = (...checks: Array<boolean | undefined>) =>
  checks.some((check) => check === undefined) ? '?' : checks.every(Boolean) ? '✓' : '✗'
const atMost = (value: number | undefined, limit: number) => (value === undefined ? undefined : value <= limit)

// The comparison with the peers (issue #14's goals).
const P = 'project'
const RA = 'react-admin'
const projectJs = kib(sizes.releasesMockingOff!.js)
const raJs = kib(sizes['react-admin']?.js)
type GoalRow = {
  measure: string
  project: string
  reactAdmin: string
  bare: string
  ratio: string
  goal: string
  met: string
}
/** A timing beside both peers, whose goal is an absolute budget. */
const timingRow = (name: Measure, measure: string, budgetMs: number): GoalRow => ({
  measure,
  project: show(ms(P, name), ' ms'),
  reactAdmin: show(ms(RA, name), ' ms'),
  bare: show(ms('bare', name), ' ms'),
  ratio: `${times(ratio(ms(P, name), ms(RA, name)))} RA, ${times(ratio(ms(P, name), ms('bare', name)))} bare`,
  goal: `≤ ${budgetMs} ms`,
  met: verdict(atMost(ms(P, name), budgetMs)),
})
const goals: GoalRow[] = [
  {
    measure: 'navigation to the first row',
    project: show(ms(P, 'firstRow'), ' ms'),
    reactAdmin: show(ms(RA, 'firstRow'), ' ms'),
    bare: show(ms('bare', 'firstRow'), ' ms'),
    ratio: `${times(ratio(ms(P, 'firstRow'), ms('bare', 'firstRow')))} bare, ${times(ratio(ms(P, 'firstRow'), ms(RA, 'firstRow')))} RA`,
    goal: '≤ 1.3× bare, ≤ 0.6× RA',
    met: verdict(
      atMost(ratio(ms(P, 'firstRow'), ms('bare', 'firstRow')), 1.3),
      atMost(ratio(ms(P, 'firstRow'), ms(RA, 'firstRow')), 0.6),
    ),
  },
  {
    measure: 'typing a filter word to matching rows',
    project: show(ms(P, 'filter'), ' ms'),
    reactAdmin: `${show(ms(RA, 'filter'), ' ms')} / ${show(ms('react-admin-no-debounce', 'filter'), ' ms')} (debounce 500 / 0)`,
    bare: show(ms('bare', 'filter'), ' ms'),
    ratio: `${times(ratio(ms(P, 'filter'), ms(RA, 'filter')))} RA (500 ms), ${times(ratio(ms(P, 'filter'), ms('bare', 'filter')))} bare`,
    goal: '≤ 0.25× RA (500 ms)',
    met: verdict(atMost(ratio(ms(P, 'filter'), ms(RA, 'filter')), 0.25)),
  },
  timingRow('openEditor', 'Edit → Title shown', 300),
  timingRow('wholeForm', 'Edit → whole form (RA, bare: their two fields)', 500),
  timingRow('save', 'Save → "Saved" (RA: "Element updated")', 300),
  {
    measure: '/releases first-load JS, gzip',
    project: show(projectJs, ' KiB'),
    reactAdmin: show(raJs, ' KiB'),
    bare: show(kib(sizes.bare?.js), ' KiB'),
    ratio: `${times(ratio(projectJs, raJs))} RA, ${times(ratio(projectJs, kib(sizes.bare?.js)))} bare`,
    goal: '≤ 0.6× RA, ≤ 194 KiB',
    met: verdict(atMost(ratio(projectJs, raJs), 0.6), atMost(projectJs, 194)),
  },
  {
    measure: '/releases first-load CSS, gzip',
    project: show(kib(sizes.releasesMockingOff!.css), ' KiB'),
    reactAdmin: show(kib(sizes['react-admin']?.css), ' KiB'),
    bare: show(kib(sizes.bare?.css), ' KiB'),
    ratio: '',
    goal: '≤ 15 KiB',
    met: verdict(atMost(kib(sizes.releasesMockingOff!.css), 15)),
  },
  {
    measure: 'editor first-load JS, gzip',
    project: show(kib(sizes.editorMockingOff!.js), ' KiB'),
    reactAdmin: '(one bundle)',
    bare: '(one bundle)',
    ratio: '',
    goal: '≤ 220 KiB',
    met: verdict(atMost(kib(sizes.editorMockingOff!.js), 220)),
  },
  {
    measure: 'editor first-load CSS, gzip',
    project: show(kib(sizes.editorMockingOff!.css), ' KiB'),
    reactAdmin: '',
    bare: '',
    ratio: '',
    goal: '',
    met: '',
  },
  {
    measure: 'editor, forms, charts in /releases',
    project: lazyInReleases.length ? lazyInReleases.join(', ') : 'none',
    reactAdmin: '',
    bare: '',
    ratio: '',
    goal: 'none',
    met: verdict(lazyInReleases.length === 0),
  },
]

// Scale: the demo at 10,000 and 100,000 releases against its own figure at 1,000.
const scale = (['project@10k', 'project@100k'] as const)
  .filter((id) => apps.some((app) => app.id === id))
  .flatMap((id) =>
    measures.map((name) => {
      const factor = ratio(ms(id, name), ms(P, name))
      const limit = name === 'firstRow' ? 1.2 : 1.1
      return {
        measure: `${name} ${id.replace('project', '')}`,
        atBase: show(ms(P, name), ' ms'),
        figure: show(ms(id, name), ' ms'),
        ratio: times(factor),
        goal: `≤ ${limit.toFixed(2)}× @${thousands(releaseCount)}`,
        met: verdict(atMost(factor, limit)),
      }
    }),
  )

function printTable(header: string[], rows: string[][]) {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)))
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`
  console.info(line(header))
  console.info(line(widths.map((width) => '-'.repeat(width))))
  for (const row of rows) console.info(line(row))
}

const loadText = (load: number[]) => load.map((value) => value.toFixed(2)).join(' ')
console.info(
  `\n${startedAt.toISOString()} · ${cpus().length} CPUs · load ${loadText(loadAtStart)} at start, ${loadText(loadAtEnd)} at end · medians of ${runs} cold runs at 4× CPU throttling · ${releaseCount} releases, 25 a page · filter word "${filterWord}"\n`,
)
printTable(
  ['measure', 'project', 'react-admin', 'bare stack', 'ratio', 'goal', '✓/✗'],
  goals.map((row) => [row.measure, row.project, row.reactAdmin, row.bare, row.ratio, row.goal, row.met]),
)
if (scale.length) {
  console.info('\nScale: the demo at more releases, beside its figure at the base count\n')
  printTable(
    ['measure', `@${thousands(releaseCount)}`, 'figure', 'ratio', 'goal', '✓/✗'],
    scale.map((row) => [row.measure, row.atBase, row.figure, row.ratio, row.goal, row.met]),
  )
}
console.info('\nEvery app (medians; runs that finished)\n')
printTable(
  ['app', 'first row', 'filter', 'Edit → Title', 'Edit → whole form', 'Save → saved', 'runs'],
  apps.map((app) => [
    app.label,
    ...measures.map((name) => show(ms(app.id, name), ' ms')),
    `${samples[app.id]!.length}/${runs}`,
  ]),
)
if (sizes.releasesMockingOn) {
  console.info(
    `\nMocking on (the demo): /releases ${kib(sizes.releasesMockingOn.js)} KiB JS, ${kib(sizes.releasesMockingOn.css)} KiB CSS; editor ${kib(sizes.editorMockingOn!.js)} KiB JS`,
  )
}
for (const [id, messages] of Object.entries(failures)) {
  for (const message of messages) console.warn(`failed: ${id}, ${message}`)
}

writeFileSync(
  resultsPath,
  `${JSON.stringify(
    {
      date: startedAt.toISOString(),
      machine: { cpus: cpus().length, loadavgAtStart: loadAtStart, loadavgAtEnd: loadAtEnd },
      runs,
      cpuThrottling: 4,
      releases: releaseCount,
      filterWord,
      sizesGzipBytes: Object.fromEntries(
        Object.entries(sizes).map(([name, load]) => [name, { js: load.js, css: load.css }]),
      ),
      lazyInReleases,
      // The project @base count, as earlier results had it (those were at 10,000 releases: see apps["project@10k"]).
      timingsMs: medians[P] ?? {},
      apps: Object.fromEntries(
        apps.map((app) => [
          app.id,
          {
            label: app.label,
            releases: app.releases,
            listPath: app.adapter.listPath,
            mediansMs: medians[app.id],
            samples: samples[app.id],
            failures: failures[app.id],
          },
        ]),
      ),
      goals,
      scale,
    },
    null,
    2,
  )}\n`,
)
console.info(`\nwrote ${resultsPath}`)
