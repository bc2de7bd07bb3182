/**
 * The plans behind `npm run bench:api`'s figures: on a database the benchmark kept
 * (BENCH_API_KEEP=1 prints its URL), turns on PostgreSQL's auto_explain for that database
 * (ANALYZE and BUFFERS, every statement slower than BENCH_EXPLAIN_MIN_MS, 10 ms), starts the
 * real server on it, sends each scenario's request once, and turns auto_explain off again.
 * The plans of exactly the statements the SQL adapter sent are then in the PostgreSQL
 * server's log. Needs a superuser (session_preload_libraries). BENCH_API_SKIP as for bench:api.
 *
 *   BENCH_EXPLAIN_DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsroom_bench_… npx tsx bench/api-explain.ts
 */
import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Client } from 'pg'
import { startServer } from '../server/test-support/start-server'
import { apiClient, buildScenarios } from './api-scenarios'

const databaseUrl = process.env.BENCH_EXPLAIN_DATABASE_URL
if (!databaseUrl) throw new Error('Set BENCH_EXPLAIN_DATABASE_URL to a database that bench:api kept.')
const minMs = Number(process.env.BENCH_EXPLAIN_MIN_MS ?? 10)
/** As bench:api's: scenarios left out by name prefix (`report` at a million releases). */
const skip = process.env.BENCH_API_SKIP?.split(',').filter(Boolean) ?? []
const name = new URL(databaseUrl).pathname.slice(1)
if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Unexpected database name ${JSON.stringify(name)}`)

const settings = {
  session_preload_libraries: 'auto_explain',
  'auto_explain.log_min_duration': `${minMs}ms`,
  'auto_explain.log_analyze': 'on',
  'auto_explain.log_buffers': 'on',
  'auto_explain.log_nested_statements': 'on',
}

async function alter(reset: boolean) {
  const client = new Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    for (const [setting, value] of Object.entries(settings))
      await client.query(
        reset
          ? `ALTER DATABASE ${name} RESET ${setting}`
          : `ALTER DATABASE ${name} SET ${setting} = '${value.replace(/'/g, "''")}'`,
      )
  } finally {
    await client.end()
  }
}

await alter(false)
try {
  const server = await startServer({
    databaseUrl,
    seedReleases: 0,
    staticDir: join(tmpdir(), 'newsroom-bench-api-no-app'),
    env: { SCHEDULER_INTERVAL_MS: '3600000', LOG_LEVEL: 'warn' },
    readyTimeoutMs: 300_000,
  })
  try {
    const { scenarios } = await buildScenarios(apiClient(server.origin), { poolSize: 4 })
    for (const scenario of scenarios.filter((candidate) => !skip.some((prefix) => candidate.name.startsWith(prefix)))) {
      const [request] = scenario.requests()
      const context: Record<string, unknown> = {}
      const prepared = request!.setupRequest ? request!.setupRequest({ ...request }, context) : request!
      const started = performance.now()
      const response = await fetch(`${server.origin}${prepared.path}`, {
        method: prepared.method,
        headers: prepared.headers,
        body: prepared.body,
      })
      const body = await response.text()
      request!.onResponse?.(response.status, body, context)
      console.info(
        `${new Date().toISOString()} ${scenario.name}: ${response.status} in ${(performance.now() - started).toFixed(0)} ms (${prepared.method} ${prepared.path})`,
      )
    }
  } finally {
    await server.stop()
    // With a database URL the helper still made an (empty) folder, and leaves it.
    rmSync(server.dataDir, { recursive: true, force: true })
  }
} finally {
  await alter(true)
}
console.info('The plans are in the PostgreSQL server log (auto_explain), between the times above.')
