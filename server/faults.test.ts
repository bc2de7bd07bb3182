/**
 * A crash in the middle of saves (issue #16, Proof: faults): the real server, as a process,
 * takes many concurrent writes (creates with an Idempotency-Key, PATCHes on a version,
 * comments, transitions) and is killed with SIGKILL while some are in flight; a new process on
 * the same data then shows that every write answered 2xx is there exactly as answered, that
 * nothing was written twice, and that retrying a create with its Idempotency-Key gives the first
 * answer (or creates it once, when the first never reached the database). Twice over, on PGlite
 * in a folder (`npm start`'s default); on the PostgreSQL server of TEST_DATABASE_URL too.
 *
 * Each worker walks one release through a fixed chain (create, then edit, comment, submit,
 * comment, recall, over and over); every step but a comment raises the version by one, so the
 * version found after the restart says exactly which steps were written, and from that the
 * history each release must have, entry for entry.
 */
import { randomUUID } from 'node:crypto'
import { rmSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase, queryRows } from './db/connect'
import { createServerTestDatabase, testDatabaseUrl } from './db/testing'
import { startServer, type RunningServer } from './test-support/start-server'

const WORKERS = 8
/** The 2xx answers each round waits for before the kill: enough that many writes are in flight by then. */
const ANSWERS_BEFORE_KILL = 60

type Step = 'create' | 'edit' | 'comment' | 'submit' | 'recall'
/** The chain after the create: edit, comment, submit, comment, recall, and again. */
const cycle: Step[] = ['edit', 'comment', 'submit', 'comment', 'recall']

/** One write sent: what it was, and its answer if one came back before the kill. */
type Sent = {
  step: Step
  /** The version the write leads to (a comment: the version it was made on). */
  version: number
  /** A create's Idempotency-Key and body, to retry it after the restart. */
  key?: string
  body: Record<string, unknown>
  answer?: { status: number; json: Record<string, unknown> }
  /** The request failed (the process died under it): no answer. */
  lost?: boolean
}

/** One worker's release and everything sent for it. */
type Chain = { title: string; id?: string; sent: Sent[] }

type Context = { apiBaseUrl: string; token: string; sourceId: string }

async function call(
  context: Pick<Context, 'apiBaseUrl' | 'token'>,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${context.apiBaseUrl}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${context.token}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  return {
    status: response.status,
    headers: response.headers,
    // oxlint-disable-next-line typescript/no-explicit-any -- a test reads a few fields of the answer
    json: (text ? JSON.parse(text) : null) as any,
  }
}

async function signIn(server: RunningServer): Promise<Context> {
  const anonymous = { apiBaseUrl: server.apiBaseUrl, token: '' }
  const users = (await call(anonymous, 'GET', '/users')).json.items as Array<{ id: string; role: string }>
  const editor = users.find((user) => user.role === 'editor')!
  const session = await call(anonymous, 'POST', '/session', { userId: editor.id })
  expect(session.status).toBe(201)
  const context = { apiBaseUrl: server.apiBaseUrl, token: session.json.token as string }
  const structures = await call(context, 'GET', '/structures?kind=secretariat')
  return { ...context, sourceId: structures.json.items[0].id as string }
}

const releaseBody = (title: string, sourceId: string) => ({
  type: 'press-release',
  title,
  dateline: { place: 'Vienna', date: '2026-11-20' },
  summary: 'Written while the server was about to be killed.',
  body: '<p>A release of the crash test.</p>',
  sourceIds: [sourceId],
})

/** What one step sends: method, path and body. */
function request(
  step: Step,
  chain: Chain,
  version: number,
  n: number,
): { method: string; path: string; body: Record<string, unknown> } {
  const path = `/releases/${chain.id}`
  switch (step) {
    case 'edit':
      return { method: 'PATCH', path, body: { version, summary: `${chain.title} summary ${n}` } }
    case 'comment':
      return { method: 'POST', path: `${path}/comments`, body: { body: `${chain.title} comment ${n}` } }
    case 'submit':
    case 'recall':
      return { method: 'POST', path: `${path}/transitions`, body: { action: step, version } }
    default:
      throw new Error(`no request for ${step}`)
  }
}

/**
 * Runs WORKERS chains at once until ANSWERS_BEFORE_KILL writes were answered 2xx, then kills
 * the process (SIGKILL) while the others are in flight. Answers the chains and how many requests
 * were in flight at the kill.
 */
async function writeUntilKilled(server: RunningServer, context: Context, round: string) {
  let answered = 0
  let inFlight = 0
  const state: { killed?: Promise<unknown> } = {}
  const refusals: string[] = []
  let inFlightAtKill = 0
  const send = async (entry: Sent, run: () => Promise<{ status: number; json: Record<string, unknown> }>) => {
    inFlight++
    try {
      entry.answer = await run()
      if (entry.answer.status >= 200 && entry.answer.status < 300 && ++answered === ANSWERS_BEFORE_KILL) {
        inFlightAtKill = inFlight - 1
        state.killed = server.kill()
      }
    } catch {
      entry.lost = true
    } finally {
      inFlight--
    }
  }
  const worker = async (index: number): Promise<Chain> => {
    const chain: Chain = { title: `Crash ${round} ${randomUUID()} worker ${index}`, sent: [] }
    const create: Sent = {
      step: 'create',
      version: 1,
      key: randomUUID(),
      body: releaseBody(chain.title, context.sourceId),
    }
    chain.sent.push(create)
    await send(create, () => call(context, 'POST', '/releases', create.body, { 'Idempotency-Key': create.key! }))
    if (create.answer?.status !== 201) return chain
    chain.id = create.answer.json.id as string
    let version = 1
    for (let n = 0; state.killed === undefined; n++) {
      const step = cycle[n % cycle.length]!
      const next = step === 'comment' ? version : version + 1
      const { method, path, body } = request(step, chain, version, n)
      const entry: Sent = { step, version: next, body }
      chain.sent.push(entry)
      await send(entry, () => call(context, method, path, body))
      if (entry.lost || entry.answer === undefined) break
      // Any refusal here is a bug of its own: the chain is one writer's, so every step is allowed.
      if (entry.answer.status >= 300) {
        refusals.push(
          `${method} ${path} ${JSON.stringify(body)}: ${entry.answer.status} ${JSON.stringify(entry.answer.json)}`,
        )
        break
      }
      version = next
    }
    return chain
  }
  const chains = await Promise.all(Array.from({ length: WORKERS }, (_, index) => worker(index)))
  await state.killed
  return { chains, inFlightAtKill, refusals }
}

const succeeded = (entry: Sent) => entry.answer !== undefined && entry.answer.status < 300

/**
 * What the restarted server shows of one chain that breaks the rules, in words (empty when it
 * keeps them all): every answered write there once and as answered, nothing twice.
 */
async function brokenRules(context: Context, chain: Chain): Promise<string[]> {
  const broken: string[] = []
  const rule = (kept: boolean, what: string) => {
    if (!kept) broken.push(`${chain.title}: ${what}`)
  }
  const create = chain.sent[0]!
  // The create again, with its key: its first answer (replayed) if it reached the database, else a create now.
  const retried = await call(context, 'POST', '/releases', create.body, { 'Idempotency-Key': create.key! })
  rule(retried.status === 201, `a retried create answers 201, not ${retried.status} ${JSON.stringify(retried.json)}`)
  if (succeeded(create)) {
    rule(retried.headers.get('Idempotent-Replayed') === 'true', 'an answered create, retried, is replayed')
    rule(
      JSON.stringify(retried.json) === JSON.stringify(create.answer!.json),
      `an answered create, retried, gets its first answer (${JSON.stringify(retried.json)})`,
    )
  }
  // And once more: whichever it was, the same release from now on.
  const again = await call(context, 'POST', '/releases', create.body, { 'Idempotency-Key': create.key! })
  rule(again.json?.id === retried.json?.id, 'a create retried twice names one release')
  const id = retried.json?.id as string
  rule(!chain.id || id === chain.id, `the retried create names the release first answered (${id})`)

  const release = (await call(context, 'GET', `/releases/${id}`)).json
  // Every answered step is there: the version is at least the last answered one's; a step sent
  // but not answered may have been written too, but only the one that was in flight.
  const lastAnswered = chain.sent.filter(succeeded).at(-1)
  const highest = Math.max(...chain.sent.map((entry) => entry.version))
  rule(
    release.version >= (chain.id ? lastAnswered!.version : 1) && release.version <= (chain.id ? highest : 1),
    `version ${release.version} is between the last answered (${lastAnswered?.version}) and the last sent (${highest})`,
  )
  // The release as the last write that changed it answered.
  const writes = chain.sent.filter((entry) => entry.step !== 'comment' && entry.version <= release.version)
  const last = writes.at(-1)!
  if (succeeded(last)) {
    for (const field of ['title', 'summary', 'status', 'version', 'body', 'updatedAt'])
      rule(
        JSON.stringify(release[field]) === JSON.stringify(last.answer!.json[field]),
        `${field} is as the last write answered: ${JSON.stringify(release[field])}, answered ${JSON.stringify(last.answer!.json[field])}`,
      )
  } else if (last.step === 'edit') {
    rule(release.summary === last.body.summary, 'an edit written but not answered is written whole')
  }

  // The history: created once, then exactly the transitions that were written, each once.
  const history = (await call(context, 'GET', `/releases/${id}/history`)).json.items as Array<{
    id: string
    kind: string
  }>
  const kinds = history.map((entry) => entry.kind)
  const written = [
    'created',
    ...writes.filter((entry) => entry.step !== 'edit' && entry.step !== 'create').map((entry) => entry.step),
  ]
  rule(
    JSON.stringify(kinds) === JSON.stringify(written),
    `the history is ${written.join(', ')}, not ${kinds.join(', ')}`,
  )
  rule(new Set(history.map((entry) => entry.id)).size === history.length, 'no history entry twice')

  // The comments: every answered one once, nothing twice, at most the one in flight besides.
  const comments = (await call(context, 'GET', `/releases/${id}/comments`)).json.items as Array<{
    id: string
    body: string
  }>
  const bodies = comments.map((comment) => comment.body)
  rule(new Set(bodies).size === bodies.length, `no comment twice (${bodies.join(' | ')})`)
  const answeredComments = chain.sent.filter((sent) => sent.step === 'comment' && succeeded(sent))
  for (const entry of answeredComments) {
    const kept = comments.filter((comment) => comment.id === entry.answer!.json.id)
    rule(
      kept.length === 1 && kept[0]!.body === entry.body.body,
      `the answered comment ${entry.answer!.json.id} is there`,
    )
  }
  rule(comments.length - answeredComments.length <= 1, 'no comment beyond the answered ones and the one in flight')
  return broken
}

/** Checks, on the restarted server, every chain; answers how many writes the process died under were written all the same. */
async function checkChains(context: Context, chains: Chain[]): Promise<number> {
  const broken: string[] = []
  for (const chain of chains) broken.push(...(await brokenRules(context, chain)))
  expect(broken).toEqual([])
  let writtenUnanswered = 0
  for (const chain of chains.filter((each) => each.id)) {
    const release = (await call(context, 'GET', `/releases/${chain.id}`)).json
    writtenUnanswered += chain.sent.filter(
      (entry) => entry.lost && entry.step !== 'comment' && entry.version <= release.version,
    ).length
  }
  return writtenUnanswered
}

/** Below the API: no release title of these chains twice, no history entry twice for one step. */
async function checkTables(database: { databaseUrl?: string; dataDir: string }, chains: Chain[]) {
  const opened = await openDatabase({ ...database, migrate: false })
  try {
    const titles = chains.map((chain) => chain.title)
    const duplicates = await queryRows<{ title: string; n: number }>(
      opened.db,
      sql`SELECT title, count(*)::int AS n FROM releases WHERE title IN ${titles} GROUP BY title HAVING count(*) > 1`,
    )
    expect(duplicates).toEqual([])
    const stored = await queryRows<{ n: number }>(
      opened.db,
      sql`SELECT count(*)::int AS n FROM releases WHERE title IN ${titles}`,
    )
    expect(stored[0]!.n).toBe(chains.length)
    // PostgreSQL checks its own pages: an index that disagrees with its table would show here.
    const history = await queryRows<{ n: number }>(
      opened.db,
      sql`SELECT count(*)::int AS n FROM (SELECT release_id, kind, from_status, to_status, at FROM history
          GROUP BY 1, 2, 3, 4, 5 HAVING count(*) > 1) AS twice`,
    )
    expect(history[0]!.n).toBe(0)
  } finally {
    await opened.close()
  }
}

type Engine = { name: string; place: () => Promise<{ dataDir: string; databaseUrl?: string; drop(): Promise<void> }> }

const engines: Engine[] = [
  {
    name: 'PGlite in a folder',
    place: async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'newsroom-faults-'))
      return { dataDir, drop: async () => rmSync(dataDir, { recursive: true, force: true }) }
    },
  },
  ...(testDatabaseUrl
    ? [
        {
          name: 'PostgreSQL (TEST_DATABASE_URL)',
          place: async () => {
            const database = await createServerTestDatabase(testDatabaseUrl!)
            return { dataDir: '', databaseUrl: database.url, drop: () => database.drop() }
          },
        },
      ]
    : []),
]

const cleanUps: Array<() => Promise<void>> = []
afterAll(async () => {
  for (const cleanUp of cleanUps) await cleanUp()
})

describe.each(engines)('the server killed (SIGKILL) in the middle of saves, on $name', ({ place }) => {
  it('keeps every write answered 2xx, exactly as answered, and none twice', { timeout: 600_000 }, async () => {
    const where = await place()
    const start = () =>
      startServer({
        dataDir: where.dataDir,
        databaseUrl: where.databaseUrl,
        // No built app: the API is what is tested (./dist may be a build of another version).
        staticDir: join(tmpdir(), 'newsroom-faults-no-app'),
        seedReleases: 20,
        readyTimeoutMs: 180_000,
      })
    let server = await start()
    cleanUps.push(async () => {
      await server.kill()
      await where.drop()
    })
    const allChains: Chain[] = []
    for (const round of ['first', 'second']) {
      const context = await signIn(server)
      const { chains, inFlightAtKill, refusals } = await writeUntilKilled(server, context, round)
      expect(refusals).toEqual([])
      expect(server.process.signalCode).toBe('SIGKILL')
      // The kill came while writes were under way: the test is about those.
      expect(inFlightAtKill).toBeGreaterThan(0)
      allChains.push(...chains)
      const all = chains.flatMap((chain) => chain.sent)
      console.info(
        `${round} round: ${all.filter(succeeded).length} writes answered 2xx, ${all.filter((entry) => entry.lost).length} lost with the process (${inFlightAtKill} in flight at the kill)`,
      )
      server = await start()
      // The session of before the crash is still there (sessions are rows), so the same token goes on.
      const writtenUnanswered = await checkChains({ ...context, apiBaseUrl: server.apiBaseUrl }, allChains)
      console.info(
        `after the restart: all answered writes there once; ${writtenUnanswered} unanswered edits or transitions were written too (so far)`,
      )
    }
    expect(await server.stop()).toBe(0)
    await checkTables(where, allChains)
  })
})
