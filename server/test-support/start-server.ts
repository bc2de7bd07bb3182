/**
 * Starts the real server (`tsx server/main.ts`) as a child process for a test: on 127.0.0.1, a
 * port of its own, and by default a fresh embedded database in a temporary folder (or the
 * PostgreSQL server of `databaseUrl`). Resolves once `/readyz` answers 200. `stop()` sends
 * SIGTERM (graceful) and waits for the exit; `kill()` sends SIGKILL (a crash). The folder is
 * kept until `cleanUp()`, so a test may start a second process on the same data.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))

export type StartOptions = {
  /** A folder for PGlite; a new temporary one by default. */
  dataDir?: string
  /** A PostgreSQL server instead of PGlite. */
  databaseUrl?: string
  /** The built app to serve (default ./dist: it need not exist for API tests). */
  staticDir?: string
  /** Generated releases an empty database is seeded with (default 300, as the mock). */
  seedReleases?: number
  /** More environment variables (LOG_LEVEL, SCHEDULER_INTERVAL_MS…). */
  env?: Record<string, string>
  /** How long to wait for /readyz (default 60 s: a busy machine migrates and seeds slowly). */
  readyTimeoutMs?: number
  /** The port, when the caller must know the origin first (an identity provider's redirect URIs); a free one by default. */
  port?: number
}

export type RunningServer = {
  origin: string
  /** The API's base URL: `${origin}/api`. */
  apiBaseUrl: string
  dataDir: string
  process: ChildProcess
  /** What the process printed so far (its JSON log lines), for a failure message. */
  output(): string
  stop(): Promise<number | null>
  kill(): Promise<number | null>
  /** Removes the temporary data folder (only one this helper made). */
  cleanUp(): void
}

/** A port the OS reports free now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const ownFolder = options.dataDir === undefined && options.databaseUrl === undefined
  // PGlite's folder: a new temporary one unless given (a PostgreSQL server needs none).
  const dataDir = options.dataDir ?? (ownFolder ? mkdtempSync(join(tmpdir(), 'newsroom-server-')) : '')
  const cleanUp = () => {
    if (ownFolder) rmSync(dataDir, { recursive: true, force: true })
  }
  const port = options.port ?? (await freePort())
  const origin = `http://127.0.0.1:${port}`
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'server/main.ts')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: options.databaseUrl ?? '',
      STATIC_DIR: options.staticDir ?? join(root, 'dist'),
      SEED_RELEASES: String(options.seedReleases ?? 300),
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))

  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000)
  for (;;) {
    if (child.exitCode !== null) {
      cleanUp()
      throw new Error(`The server exited (${child.exitCode}) before it was ready:\n${output}`)
    }
    const ready = await fetch(`${origin}/readyz`).then(
      (response) => response.ok,
      () => false,
    )
    if (ready) break
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      await exited
      cleanUp()
      throw new Error(`The server was not ready within the time allowed:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }

  const end = (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    return exited
  }
  return {
    origin,
    apiBaseUrl: `${origin}/api`,
    dataDir,
    process: child,
    output: () => output,
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
    cleanUp,
  }
}
