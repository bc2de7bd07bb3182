/**
 * The database gone while the server runs (issue #16, Proof: faults): a PostgreSQL server
 * stopped under the running process. Every request that needs it answers 503 problem+json in
 * the storage's words (never a 500), /readyz answers 503 so a load balancer sends traffic
 * elsewhere, nothing is written; when the database is back, the same process answers again,
 * without a restart. PGlite lives inside the process and cannot go away by itself, so this runs
 * on a throwaway cluster of its own (Debian's PostgreSQL, as .ci/run starts one): a shared
 * TEST_DATABASE_URL is not ours to stop.
 */
import { execFileSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DrizzleQueryError } from 'drizzle-orm/errors'
import { afterAll, describe, expect, it } from 'vitest'
import { problemSchema } from '../src/api/contract'
import { isDatabaseUnreachable } from './db/connect'
import { databaseUnreachable } from './db/storage'
import { freePort, startServer, type RunningServer } from './test-support/start-server'

/** A PostgreSQL cluster in a temporary folder, on 127.0.0.1, that the test stops and starts. */
type Cluster = { url: string; start(): void; stop(): void; remove(): void }

/** Makes the cluster, or says why it cannot be made here. */
async function makeCluster(): Promise<Cluster | string> {
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql') : []
  const version = versions.toSorted((a, b) => Number(a) - Number(b)).at(-1)
  if (!version) return 'no PostgreSQL in /usr/lib/postgresql (Debian: apt-get install postgresql)'
  const bin = `/usr/lib/postgresql/${version}/bin`
  const folder = mkdtempSync(join(tmpdir(), 'newsroom-unavailable-'))
  // initdb refuses to run as root: as root, the cluster belongs to the postgres user.
  const asRoot = process.getuid?.() === 0
  const run = (command: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', `${bin}/${command}`, ...args], { stdio: 'pipe' })
      : execFileSync(`${bin}/${command}`, args, { stdio: 'pipe' })
  try {
    if (asRoot) {
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim())
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim())
      chownSync(folder, uid, gid)
    }
    run('initdb', ['-D', `${folder}/data`, '-U', 'postgres', '-A', 'trust', '--no-sync'])
  } catch (error) {
    rmSync(folder, { recursive: true, force: true })
    return `initdb failed: ${(error as { stderr?: Buffer }).stderr?.toString() ?? String(error)}`
  }
  const port = await freePort()
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${folder} -c fsync=off`
  const cluster: Cluster = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start: () => run('pg_ctl', ['-D', `${folder}/data`, '-l', `${folder}/server.log`, '-w', '-o', options, 'start']),
    stop: () => run('pg_ctl', ['-D', `${folder}/data`, '-m', 'fast', '-w', 'stop']),
    remove: () => {
      try {
        if (existsSync(`${folder}/data/postmaster.pid`))
          run('pg_ctl', ['-D', `${folder}/data`, '-m', 'immediate', '-w', 'stop'])
      } finally {
        rmSync(folder, { recursive: true, force: true })
      }
    },
  }
  try {
    cluster.start()
  } catch (error) {
    cluster.remove()
    return `pg_ctl start failed: ${(error as { stderr?: Buffer }).stderr?.toString() ?? String(error)}`
  }
  return cluster
}

async function call(server: RunningServer, method: string, path: string, token: string, body?: unknown) {
  const response = await fetch(`${server.origin}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  // oxlint-disable-next-line typescript/no-explicit-any -- a test reads a few fields of the answer
  const json: any = text ? JSON.parse(text) : null
  return {
    status: response.status,
    contentType: response.headers.get('Content-Type'),
    retryAfter: response.headers.get('Retry-After'),
    json,
  }
}

/** A 503 problem+json that says, in the storage's words, that the database is not answering. */
function expectUnavailable(answer: Awaited<ReturnType<typeof call>>, what: string) {
  expect({ what, status: answer.status, body: answer.json }).toMatchObject({ what, status: 503 })
  expect(answer.contentType).toMatch(/^application\/problem\+json/)
  const problem = problemSchema.parse(answer.json)
  expect(problem.status).toBe(503)
  expect(problem.title).toBe(databaseUnreachable.title)
  expect(problem.detail).toBe(databaseUnreachable.detail)
  // Waiting helps: the app's autosave waits as long as this says.
  expect(answer.retryAfter).toBe('5')
}

const cleanUps: Array<() => Promise<unknown> | void> = []
afterAll(async () => {
  for (const cleanUp of cleanUps.toReversed()) await cleanUp()
})

describe('the database stopped while the server runs', () => {
  it(
    'answers 503 problem+json, never 500, writes nothing, and recovers without a restart',
    { timeout: 300_000 },
    async (context) => {
      const cluster = await makeCluster()
      if (typeof cluster === 'string') {
        console.info(`Skipped: no throwaway PostgreSQL cluster (${cluster})`)
        context.skip()
        return
      }
      cleanUps.push(() => cluster.remove())
      const server = await startServer({
        databaseUrl: cluster.url,
        // No built app: the API is what is tested.
        staticDir: join(tmpdir(), 'newsroom-unavailable-no-app'),
        seedReleases: 20,
        readyTimeoutMs: 180_000,
      })
      cleanUps.push(() => server.kill())

      const anonymous = await call(server, 'GET', '/api/users', '')
      const editor = (anonymous.json.items as Array<{ id: string; role: string }>).find(
        (user) => user.role === 'editor',
      )!
      const token = (await call(server, 'POST', '/api/session', '', { userId: editor.id })).json.token as string
      const sourceId = (await call(server, 'GET', '/api/structures?kind=secretariat', token)).json.items[0].id
      const created = await call(server, 'POST', '/api/releases', token, {
        type: 'press-release',
        title: 'Written before the database stopped',
        dateline: { place: 'Vienna', date: '2026-11-20' },
        summary: 'A draft.',
        body: '<p>A draft.</p>',
        sourceIds: [sourceId],
      })
      expect({ status: created.status, body: created.json }).toMatchObject({ status: 201 })
      const target = created.json as { id: string; version: number }
      expect(target.version).toBeGreaterThan(0)

      cluster.stop()
      expectUnavailable(await call(server, 'GET', '/api/releases', token), 'GET /api/releases')
      expectUnavailable(await call(server, 'GET', `/api/releases/${target.id}`, token), 'GET /api/releases/{id}')
      expectUnavailable(
        await call(server, 'PATCH', `/api/releases/${target.id}`, token, {
          version: target.version,
          summary: 'Sent while the database was stopped',
        }),
        'PATCH /api/releases/{id}',
      )
      expectUnavailable(await call(server, 'POST', '/api/session', '', { userId: editor.id }), 'POST /api/session')
      const ready = await call(server, 'GET', '/readyz', '')
      expect(ready.status).toBe(503)
      expect(ready.contentType).toMatch(/^application\/problem\+json/)
      // The process itself is alive: a probe of liveness does not get it restarted for the database's sake.
      expect((await call(server, 'GET', '/healthz', '')).status).toBe(200)
      expect(server.process.exitCode).toBeNull()

      cluster.start()
      // The same process, without a restart: ready again as soon as the pool reconnects.
      for (let tries = 0; (await call(server, 'GET', '/readyz', '')).status !== 200; tries++) {
        expect(tries, 'ready again once the database is back').toBeLessThan(600)
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      expect((await call(server, 'GET', '/api/releases', token)).status).toBe(200)
      // The PATCH refused during the outage wrote nothing: the version it was based on is still the current one.
      const after = await call(server, 'PATCH', `/api/releases/${target.id}`, token, {
        version: target.version,
        summary: 'Sent once the database was back',
      })
      expect({ status: after.status, body: after.json }).toMatchObject({ status: 200 })
      expect(after.json.version).toBe(target.version + 1)
      expect(after.json.summary).toBe('Sent once the database was back')
      expect(await server.stop()).toBe(0)
    },
  )
})

describe('which errors mean the database cannot be reached', () => {
  const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code })

  it('a refused or broken connection, a server shutting down or starting up: yes', () => {
    expect(isDatabaseUnreachable(withCode('ECONNREFUSED'))).toBe(true)
    expect(isDatabaseUnreachable(new Error('Connection terminated unexpectedly'))).toBe(true)
    expect(isDatabaseUnreachable(new Error('timeout exceeded when trying to connect'))).toBe(true)
    expect(isDatabaseUnreachable(withCode('57P01', 'terminating connection due to administrator command'))).toBe(true)
    expect(isDatabaseUnreachable(withCode('57P03', 'the database system is starting up'))).toBe(true)
    expect(isDatabaseUnreachable(withCode('08006'))).toBe(true)
    // Drizzle wraps the driver's error; Node tries each address of a name and gathers the failures.
    expect(isDatabaseUnreachable(new DrizzleQueryError('select 1', [], withCode('ECONNRESET')))).toBe(true)
    expect(isDatabaseUnreachable(new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')]))).toBe(true)
  })

  it('a wrong query, a broken constraint, a bug: no (those stay 500s, and are logged)', () => {
    expect(isDatabaseUnreachable(withCode('42601', 'syntax error'))).toBe(false)
    expect(isDatabaseUnreachable(withCode('23505', 'duplicate key'))).toBe(false)
    expect(isDatabaseUnreachable(new DrizzleQueryError('select 1', [], withCode('22P02')))).toBe(false)
    expect(isDatabaseUnreachable(new TypeError('undefined is not a function'))).toBe(false)
    expect(isDatabaseUnreachable(undefined)).toBe(false)
  })
})
