/**
 * `npm run bench:api` (`tsx bench/api.ts`), issue #16's API benchmark. A benchmark, never a
 * test: it never fails on a figure. For each engine (PGlite in a temporary folder; and the
 * PostgreSQL server of BENCH_DATABASE_URL when it is set, in a new database) and each size
 * (BENCH_API_SIZES, default 100000,1000000 releases): seeds a database (bench/api-seed.ts),
 * starts the real server on it (server/test-support/start-server.ts), and measures each
 * scenario (bench/api-scenarios.ts) with autocannon at concurrency 1 and 32 for
 * BENCH_API_DURATION seconds (10) each: p50/p95/p99 latency and 2xx answers per second,
 * beside the issue's budgets (which hold for the PostgreSQL server at 1,000,000 releases).
 * Prints a table per run and writes every figure, the date, the sizes, the engine and the
 * machine load (`os.loadavg()` at the start and end of each run) to bench/api-results.json
 * (BENCH_API_RESULTS elsewhere). Runs of other engines or sizes already in that file are kept,
 * so that a PGlite run and a PostgreSQL run can be made apart.
 *
 *   BENCH_API_SIZES=1000,100000 BENCH_API_ENGINES=pglite npx tsx bench/api.ts
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/api.ts
 *
 * BENCH_API_SKIP=report leaves out the scenarios whose name starts so (comma-separated).
 * BENCH_API_KEEP=1 keeps each seeded database (and prints where) for EXPLAIN ANALYZE by hand.
 * BENCH_API_FROM_DATABASE=<name> (postgres) measures a copy of that kept database, migrated to
 * today's schema, instead of seeding anew. BENCH_API_WORKERS=n runs the server with WORKERS=n.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as prettier from 'prettier'
import { startServer } from '../server/test-support/start-server'
import { measure, type Measurement } from './api-measure'
import { apiClient, buildScenarios, type Scenario } from './api-scenarios'
import { seedDatabase, type Engine } from './api-seed'

const env = process.env
const numberList = (value: string | undefined, fallback: number[]) =>
  value ? value.split(',').map((part) => Number(part.trim().replace(/_/g, ''))) : fallback

const sizes = numberList(env.BENCH_API_SIZES, [100_000, 1_000_000])
const durationSeconds = Number(env.BENCH_API_DURATION ?? 10)
const concurrencies = numberList(env.BENCH_API_CONCURRENCY, [1, 32])
const serverUrl = env.BENCH_DATABASE_URL || undefined
const engines = (env.BENCH_API_ENGINES?.split(',') ?? ['pglite', 'postgres']).filter(
  (engine): engine is Engine => engine === 'pglite' || (engine === 'postgres' && serverUrl !== undefined),
)
/** Up to this many releases the server's own seed; above it, copies of a template of BENCH_API_TEMPLATE. */
const directMax = Number(env.BENCH_API_DIRECT_SEED_MAX ?? 100_000)
const template = Number(env.BENCH_API_TEMPLATE ?? 100_000)
/** A scenario whose warm-up requests take (median) longer than this is measured at concurrency 1 only. */
const slowMs = Number(env.BENCH_API_SLOW_MS ?? 5_000)
/**
 * Scenarios left out, by name prefix (`report` leaves out the five reports: at a million
 * releases each of their requests reads every release, minutes each, and the server's heap).
 */
const skip = env.BENCH_API_SKIP?.split(',').filter(Boolean) ?? []
/** Keep the seeded database after the run (for EXPLAIN ANALYZE by hand): its folder or URL is printed. */
const keep = env.BENCH_API_KEEP === '1'
/** postgres: copy this database (seeded by an earlier run, kept) instead of seeding anew; one size. */
const fromDatabase = env.BENCH_API_FROM_DATABASE || undefined
/** The server's WORKERS (processes on its port; more than 1 needs the postgres engine). */
const workers = env.BENCH_API_WORKERS ?? '1'
const resultsPath = env.BENCH_API_RESULTS ?? fileURLToPath(new URL('./api-results.json', import.meta.url))

/** The issue's budgets (p95, ms), for the PostgreSQL server at 1,000,000 releases. */
const budgets: Record<Scenario['kind'], Partial<Record<number, number>>> = {
  read: { 1: 50, 32: 150 },
  write: { 1: 30 },
}

type ScenarioResult = {
  name: string
  kind: Scenario['kind']
  description: string
  /** The median of three requests before measuring (they also warm the caches). */
  warmUpMs: number
  runs: Array<Measurement & { budgetP95Ms: number | null; withinBudget: boolean | null }>
  skipped?: string
  /** What went wrong, when the scenario could not be measured (the server stopped, an answer failed). */
  error?: string
}

type Run = {
  engine: Engine
  size: number
  date: string
  load: { start: number[]; end: number[] }
  seeding: Awaited<ReturnType<typeof seedDatabase>>['seeding']
  /** The server's processes (WORKERS). */
  workers: number
  facts: Record<string, unknown>
  scenarios: ScenarioResult[]
}

const log = (text: string) => console.info(text)
const load = () => loadavg().map((value) => Math.round(value * 100) / 100)

/** One request of the scenario, as its first connection would send it: its time in ms. */
async function timedRequest(origin: string, scenario: Scenario): Promise<number> {
  const [request] = scenario.requests()
  const context: Record<string, unknown> = {}
  const prepared = request?.setupRequest ? request.setupRequest({ ...request }, context) : request!
  const started = performance.now()
  const response = await fetch(`${origin}${prepared.path ?? '/'}`, {
    method: prepared.method,
    headers: prepared.headers,
    body: prepared.body,
  })
  const body = await response.text()
  const ms = performance.now() - started
  request?.onResponse?.(response.status, body, context)
  if (!response.ok) throw new Error(`${scenario.name}: ${response.status} ${body.slice(0, 300)}`)
  return ms
}

/**
 * Three requests before measuring (caches warm, the plan cached): the median time. One when
 * the first is slow already (the reports at a million releases take tens of seconds).
 */
async function warmUp(origin: string, scenario: Scenario): Promise<number> {
  await scenario.prepare?.()
  const first = await timedRequest(origin, scenario)
  if (first > slowMs) return first
  const times = [first, await timedRequest(origin, scenario), await timedRequest(origin, scenario)]
  return times.toSorted((a, b) => a - b)[1]!
}

/**
 * Waits until the server has caught up: autocannon stops at its time without waiting for the
 * answers in flight, and the server still works through them (PGlite, one connection, one at a
 * time). Done when `/readyz` (a database round trip) answers within 100 ms, or after a minute.
 */
async function drain(origin: string): Promise<void> {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    const started = performance.now()
    const ok = await fetch(`${origin}/readyz`).then(
      (response) => response.ok,
      () => false,
    )
    if (ok && performance.now() - started < 100) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** Warms the scenario up, then measures it at each concurrency, into `result`. */
async function measureScenario(origin: string, scenario: Scenario, result: ScenarioResult) {
  await drain(origin)
  const warmUpMs = await warmUp(origin, scenario)
  result.warmUpMs = Math.round(warmUpMs)
  for (const connections of concurrencies) {
    if (connections > 1 && warmUpMs > slowMs) {
      result.skipped = `concurrency ${connections} not run: one request took ${(warmUpMs / 1000).toFixed(1)} s alone`
      log(`  ${scenario.name}: ${result.skipped}`)
      continue
    }
    await scenario.prepare?.()
    const measured = await measure({
      url: origin,
      connections,
      // A slow scenario runs long enough for a few answers.
      durationSeconds: Math.max(durationSeconds, warmUpMs > slowMs ? Math.ceil((3 * warmUpMs) / 1000) : 0),
      timeoutSeconds: Math.max(30, Math.ceil((4 * warmUpMs) / 1000)),
      headers: {},
      requests: scenario.requests(),
    })
    await drain(origin)
    const limit = budgets[scenario.kind][connections] ?? null
    result.runs.push({
      ...measured,
      budgetP95Ms: limit,
      withinBudget: limit === null ? null : measured.latencyMs.p95 <= limit,
    })
    log(`  ${line(scenario.name, measured, limit)}`)
  }
}

async function runOne(engine: Engine, size: number): Promise<Run> {
  const date = new Date().toISOString()
  const loadStart = load()
  log(`\n${engine}, ${size.toLocaleString('en')} releases (load ${loadStart.join(' ')})`)
  const seeded = await seedDatabase({
    engine,
    size,
    serverUrl,
    directMax,
    template,
    fromDatabase: engine === 'postgres' ? fromDatabase : undefined,
    log,
  })
  log(
    `  seeded ${seeded.seeding.releases.toLocaleString('en')} releases (${seeded.seeding.method}) in ${seeded.seeding.seconds.toFixed(0)} s`,
  )
  const start = () =>
    startServer({
      dataDir: seeded.dataDir,
      databaseUrl: seeded.databaseUrl,
      seedReleases: 0,
      // The API alone: no built app (a build in progress in ./dist must not stop the server).
      staticDir: join(tmpdir(), 'newsroom-bench-api-no-app'),
      // No sweep during the measurements: the seed's scheduled releases are days ahead anyway.
      env: { SCHEDULER_INTERVAL_MS: '3600000', LOG_LEVEL: 'warn', WORKERS: engine === 'postgres' ? workers : '1' },
      readyTimeoutMs: 300_000,
    })
  let server = await start()
  const stopped = () => server.process.exitCode !== null || server.process.signalCode !== null
  const dataDirs = [server.dataDir]
  try {
    const api = apiClient(server.origin)
    const { scenarios, facts } = await buildScenarios(api, { poolSize: 64 })
    log(`  ${JSON.stringify(facts)}`)
    const results: ScenarioResult[] = []
    for (const scenario of scenarios) {
      if (skip.some((prefix) => scenario.name.startsWith(prefix))) {
        log(`  ${scenario.name}: left out (BENCH_API_SKIP)`)
        results.push({
          name: scenario.name,
          kind: scenario.kind,
          description: scenario.description,
          warmUpMs: 0,
          runs: [],
          skipped: 'left out (BENCH_API_SKIP)',
        })
        continue
      }
      const result: ScenarioResult = {
        name: scenario.name,
        kind: scenario.kind,
        description: scenario.description,
        warmUpMs: 0,
        runs: [],
      }
      results.push(result)
      // Once more on a new process if the server stopped under it (on this shared machine it has
      // been stopped from outside, exit 0 with nothing in its log): the figures say so.
      for (let attempt = 1; attempt <= 2; attempt++) {
        try {
          await measureScenario(server.origin, scenario, result)
        } catch (error) {
          result.error = error instanceof Error ? error.message : String(error)
          log(`  ${scenario.name}: ${result.error}`)
        }
        if (!stopped()) break
        const why = `the server stopped (exit ${server.process.exitCode ?? server.process.signalCode}) during attempt ${attempt}; its last output: ${server.output().slice(-1000)}`
        log(`  ${scenario.name}: ${why}`)
        result.error = [result.error, why].filter(Boolean).join('\n')
        result.runs = []
        delete result.skipped
        server = await start()
        dataDirs.push(server.dataDir)
      }
    }
    return {
      engine,
      size,
      date,
      load: { start: loadStart, end: load() },
      seeding: seeded.seeding,
      workers: engine === 'postgres' ? Number(workers) : 1,
      facts,
      scenarios: results,
    }
  } finally {
    await server.stop()
    // With a database URL the helper made an empty folder it does not remove itself.
    if (seeded.databaseUrl) for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true })
    if (keep) log(`  kept: ${seeded.dataDir ?? seeded.databaseUrl}`)
    else await seeded.remove()
  }
}

const fixed = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–')

function line(name: string, m: Measurement, budget: number | null): string {
  const mark = budget === null ? '' : m.latencyMs.p95 <= budget ? ` ✓ ≤${budget}` : ` ✗ >${budget}`
  const failures = m.failed.non2xx + m.failed.errors + m.failed.timeouts
  return `${name.padEnd(34)} c=${String(m.connections).padEnd(3)} p50 ${fixed(m.latencyMs.p50).padStart(8)}  p95 ${fixed(m.latencyMs.p95).padStart(8)}${mark.padEnd(8)}  p99 ${fixed(m.latencyMs.p99).padStart(8)} ms  ${fixed(m.requestsPerSecond).padStart(7)} req/s${failures ? `  (${failures} not 2xx: ${JSON.stringify(m.failed.statuses)})` : ''}`
}

function printTable(run: Run) {
  log(
    `\n${run.engine} · ${run.seeding.releases.toLocaleString('en')} releases · ${run.workers} server process${run.workers > 1 ? 'es' : ''} · ${run.date} · load ${run.load.start.join(' ')} → ${run.load.end.join(' ')}`,
  )
  log(
    `${'scenario'.padEnd(34)} conc  p50 ms   p95 ms  budget    p99 ms    req/s   not 2xx   (budgets: the PostgreSQL server at 1M releases)`,
  )
  for (const scenario of run.scenarios) {
    for (const m of scenario.runs) {
      const budget = m.budgetP95Ms === null ? '' : `${m.withinBudget ? '✓' : '✗'} ${m.budgetP95Ms}`
      const failures = m.failed.non2xx + m.failed.errors + m.failed.timeouts
      log(
        `${scenario.name.padEnd(34)} ${String(m.connections).padStart(4)} ${fixed(m.latencyMs.p50).padStart(7)} ${fixed(m.latencyMs.p95).padStart(8)}  ${budget.padEnd(7)} ${fixed(m.latencyMs.p99).padStart(8)} ${fixed(m.requestsPerSecond).padStart(8)} ${String(failures).padStart(9)}`,
      )
    }
    if (scenario.skipped) log(`${scenario.name.padEnd(34)} ${scenario.skipped}`)
  }
}

type Results = { machine: Record<string, unknown>; runs: Run[] }

/** Adds the run to the results file, formatted as the repository's `prettier --check` wants it. */
async function save(run: Run) {
  const previous: Results = existsSync(resultsPath)
    ? (JSON.parse(readFileSync(resultsPath, 'utf8')) as Results)
    : { machine: {}, runs: [] }
  // One run per engine, size and number of server processes (runs before `workers` had one).
  const workersOf = (each: Run) => each.workers ?? 1
  const runs = previous.runs.filter(
    (other) => !(other.engine === run.engine && other.size === run.size && workersOf(other) === run.workers),
  )
  runs.push(run)
  runs.sort((a, b) => a.engine.localeCompare(b.engine) || a.size - b.size || workersOf(a) - workersOf(b))
  const results: Results = {
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      note: 'Shared with other work: compare figures only with the load beside them.',
    },
    runs,
  }
  const options = (await prettier.resolveConfig(resultsPath)) ?? {}
  writeFileSync(resultsPath, await prettier.format(JSON.stringify(results), { ...options, parser: 'json' }))
}

async function main() {
  if (engines.length === 0) throw new Error('No engine to run: BENCH_API_ENGINES=postgres needs BENCH_DATABASE_URL.')
  log(
    `bench:api: engines ${engines.join(', ')}; sizes ${sizes.join(', ')}; ${durationSeconds} s at concurrency ${concurrencies.join(' and ')}`,
  )
  for (const engine of engines) {
    for (const size of sizes) {
      const run = await runOne(engine, size)
      printTable(run)
      await save(run)
    }
  }
  log(`\nwrote ${resultsPath}`)
}

await main()
