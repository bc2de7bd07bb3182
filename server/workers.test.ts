/**
 * WORKERS: several processes serving one port (server/http/workers.ts), on a PostgreSQL server
 * (the embedded database is one process's). Runs when TEST_DATABASE_URL names a server, as in
 * `.ci/run`; the configuration check runs always.
 */
import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServerTestDatabase, testDatabaseUrl } from './db/testing'
import { freePort } from './test-support/start-server'

const root = resolve(import.meta.dirname, '..')
const tsx = join(root, 'node_modules', '.bin', 'tsx')

function run(env: Record<string, string>) {
  const child = spawn(tsx, ['server/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const lines: Record<string, unknown>[] = []
  const waiters: Array<() => void> = []
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(JSON.parse(line) as Record<string, unknown>)
    for (const wake of waiters.splice(0)) wake()
  })
  /** Waits until the log holds what `holds` looks for (the process's own log, not a clock). */
  const until = async (holds: (logged: Record<string, unknown>[]) => boolean) => {
    while (!holds(lines)) {
      if (child.exitCode !== null) throw new Error(`exited: ${stderr}`)
      await new Promise<void>((wake) => waiters.push(wake))
    }
  }
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)))
  return { child, lines, until, exited, stderr: () => stderr }
}

const listeningPids = (lines: Record<string, unknown>[]) =>
  new Set(lines.filter((line) => line.msg === 'listening').map((line) => line.pid as number))

describe('WORKERS', () => {
  it('needs a PostgreSQL server: the embedded database is one process’s', async () => {
    const { exited, stderr } = run({ WORKERS: '2' })
    expect(await exited).toBe(1)
    expect(stderr()).toContain('WORKERS: expected a whole number from 1 to 64 of processes')
    expect(stderr()).toContain('without DATABASE_URL')
  })

  describe.skipIf(!testDatabaseUrl)('on a PostgreSQL server (TEST_DATABASE_URL)', () => {
    let database: Awaited<ReturnType<typeof createServerTestDatabase>>
    beforeAll(async () => {
      database = await createServerTestDatabase(testDatabaseUrl!)
    })
    afterAll(() => database?.drop())

    it(
      'serves one port from two processes, replaces one that dies, and stops both with 0 on SIGTERM',
      { timeout: 180_000 },
      async () => {
        const port = await freePort()
        const server = run({ WORKERS: '2', DATABASE_URL: database.url, PORT: String(port), SEED_RELEASES: '20' })
        await server.until((lines) => listeningPids(lines).size === 2)
        const [first, second] = [...listeningPids(server.lines)]
        const origin = `http://127.0.0.1:${port}`
        for (let index = 0; index < 20; index++) expect((await fetch(`${origin}/readyz`)).status).toBe(200)

        // One dies unasked: another takes its place, and the port goes on answering meanwhile.
        process.kill(first!, 'SIGKILL')
        await server.until((lines) => listeningPids(lines).size === 3)
        expect(server.lines.some((line) => line.msg === 'a worker stopped unasked; starting another')).toBe(true)
        for (let index = 0; index < 20; index++) expect((await fetch(`${origin}/healthz`)).status).toBe(200)
        expect(listeningPids(server.lines).has(second!)).toBe(true)

        server.child.kill('SIGTERM')
        expect(await server.exited).toBe(0)
        expect(server.lines.filter((line) => line.msg === 'stopped')).toHaveLength(2)
      },
    )
  })
})
