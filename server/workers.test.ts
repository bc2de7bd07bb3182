/**
 * WORKERS: several processes serving one port (server/http/workers.ts), on a PostgreSQL server
 * (the embedded database is one process's). Runs when TEST_DATABASE_URL names a server, as in
 * `.ci/run`; the configuration check runs always.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServerTestDatabase, testDatabaseUrl } from './db/testing'
import { runMain, type LogLine } from './test-support/run-main'
import { freePort } from './test-support/start-server'

const listeningPids = (lines: LogLine[]) =>
  new Set(lines.filter((line) => line.msg === 'listening').map((line) => line.pid as number))

describe('WORKERS', () => {
  it('needs a PostgreSQL server: the embedded database is one process’s', async () => {
    const { exited, stderr } = runMain({ WORKERS: '2' })
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
        const server = runMain({ WORKERS: '2', DATABASE_URL: database.url, PORT: String(port), SEED_RELEASES: '20' })
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
