/**
 * Runs the conformance suite against the real server, as `npm test` does (tests/README.md):
 * starts server/main.ts on a fresh PGlite folder, or with `--postgres` on a new database of the
 * PostgreSQL server at TEST_DATABASE_URL, seeded with 30 generated releases like the in-process
 * run; runs `vitest run --project contract` with API_BASE_URL set to it; then stops the server
 * and removes its folder or database, whether the tests passed or not (also on SIGINT/SIGTERM).
 * Exits with Vitest's status. Started here rather than in setup.ts: the contract project runs in
 * jsdom, where Vite rewrites `new URL(…, import.meta.url)` and the server's modules cannot load.
 *
 *   npx tsx tests/contract/against-server.ts [--postgres] [more options for vitest run…]
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startServer } from '../../server/test-support/start-server'

const seedReleases = 30
const vitestCli = fileURLToPath(new URL('../../node_modules/vitest/vitest.mjs', import.meta.url))
const onPostgres = process.argv[2] === '--postgres'
const vitestOptions = process.argv.slice(onPostgres ? 3 : 2)
const engine = onPostgres ? 'PostgreSQL (TEST_DATABASE_URL)' : 'PGlite'

let vitest: ChildProcess | undefined
let interrupted: NodeJS.Signals | undefined
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    interrupted = signal
    vitest?.kill(signal)
  })

async function main(): Promise<number> {
  let database: { url: string; drop(): Promise<void> } | undefined
  if (onPostgres) {
    const serverUrl = process.env.TEST_DATABASE_URL
    if (!serverUrl) {
      console.error('--postgres needs TEST_DATABASE_URL=postgres://… (a user who may create databases)')
      return 2
    }
    const { createServerTestDatabase } = await import('../../server/db/testing')
    database = await createServerTestDatabase(serverUrl)
  }
  // PGlite's folder, ours to remove even when the server fails to start (unused on PostgreSQL).
  const dataDir = mkdtempSync(join(tmpdir(), 'newsroom-contract-'))
  try {
    const started = Date.now()
    // The API alone: a folder without a built app (a stale dist/ must not matter; CI builds later).
    const staticDir = join(dataDir, 'no-app')
    const server = await startServer({ dataDir, databaseUrl: database?.url, seedReleases, staticDir })
    console.info(
      `conformance: the server on ${engine} is ready at ${server.apiBaseUrl} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    )
    try {
      return interrupted ? 1 : await runVitest(server.apiBaseUrl)
    } finally {
      const { exitCode, signalCode } = server.process
      if (exitCode !== null || signalCode !== null)
        console.warn(`conformance: the server ended during the run (${signalCode ?? `exit code ${exitCode}`})`)
      const code = await server.stop()
      if (code !== 0) console.warn(`conformance: the server exited with ${code} when stopped`)
      // Its errors explain a 500 that a case reports.
      const errors = server.output().split('\n').filter(isError)
      if (errors.length > 0)
        console.info(`conformance: the server on ${engine} logged:\n${errors.slice(-40).join('\n')}`)
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
    await database?.drop()
  }
}

/** A line of the server's output that is an error: its JSON log's level, or anything else it printed. */
function isError(line: string): boolean {
  if (line.trim() === '') return false
  try {
    return (JSON.parse(line) as { level?: string }).level === 'error'
  } catch {
    return true
  }
}

function runVitest(apiBaseUrl: string): Promise<number> {
  return new Promise((resolve) => {
    // A case sends up to a few hundred requests: a real server on a busy 2-core machine may take
    // longer than the project's 15 s for one (its answers, not its speed, are under test).
    const options = vitestOptions.some((option) => option.startsWith('--testTimeout'))
      ? vitestOptions
      : ['--testTimeout=60000', ...vitestOptions]
    // Vitest itself, not through npx: a signal forwarded to it reaches it.
    vitest = spawn(process.execPath, [vitestCli, 'run', '--project', 'contract', ...options], {
      stdio: 'inherit',
      env: { ...process.env, API_BASE_URL: apiBaseUrl },
    })
    vitest.once('error', (error) => {
      console.error(`conformance: could not start Vitest: ${error.message}`)
      resolve(1)
    })
    vitest.once('exit', (code) => resolve(code ?? 1))
  })
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error)
  return 1
})
