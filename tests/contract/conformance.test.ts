/**
 * The conformance suite: any implementation of docs/openapi.json must pass it (tests/README.md).
 * For every operation of the document it runs the cases of cases/ (valid requests and invalid
 * ones, as each role and signed out), checks every answer against the document (http.ts,
 * document.ts), and at the end checks coverage both ways: every status an operation documents
 * was produced by some case, and no case produced one it does not document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { document, methodsOf, operations, schemaProblem } from './document'
import { call, expectThat, refusedButSchemaValid, requestCount, seen } from './http'
import { cleanUp, prepare } from './fixtures'
import { merge } from './cases/case'
import { familyCases } from './cases/families'
import { genericCases } from './cases/generic'
import { otherCases } from './cases/others'
import { referenceCases } from './cases/reference'
import { reportCases } from './cases/reports'
import { releaseCases } from './cases/releases'
import { translationCases } from './cases/translations'
import { workflowCases } from './cases/workflow'
import { pendingUntil } from './pending'

/** Statuses a client cannot make a server answer; documenting them is right, provoking them is not possible. */
const beyondAClient: Record<number, string> = {
  503: 'the server is down or cannot store (the demo: the browser’s storage is full)',
  429: 'the server limits the rate of requests',
}

const ownCases = merge(
  otherCases,
  releaseCases,
  familyCases,
  translationCases,
  workflowCases,
  referenceCases,
  reportCases,
)
const allCases = merge(ownCases, genericCases)
const operationKeys = new Set(operations.map((operation) => operation.key))

/** One test of the table: its name, and what it runs (a case, a path's 405, an operation's coverage). */
type Entry = { name: string; run: () => Promise<void> }

const caseEntries: Entry[] = operations.flatMap((operation) =>
  (allCases[operation.key] ?? []).map((entry) => ({ name: `${operation.key} › ${entry.name}`, run: entry.run })),
)

/** Each path, with a method it does not have: 405, and Allow lists exactly the document's methods. */
const pathEntries: Entry[] = Object.keys(document.paths).flatMap((path) => {
  const methods = methodsOf(path)
  const other = ['PUT', 'POST', 'PATCH', 'DELETE', 'GET'].find((method) => !methods.includes(method))
  if (!other) return []
  const run = async () => {
    const operation = operations.find((candidate) => candidate.path === path)!
    const params = Object.fromEntries(
      [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name!, 'contract-no-such-id']),
    )
    const answer = await call(operation.key, { as: 'admin', method: other, params, body: {} })
    expectThat(answer, answer.status === 405, `expected 405, got ${answer.status}`)
    const allowed = (answer.headers.get('Allow') ?? '').split(',').map((method) => method.trim().toUpperCase())
    const extra = allowed.filter((method) => !methods.includes(method) && method !== 'HEAD' && method !== 'OPTIONS')
    expectThat(
      answer,
      methods.every((method) => allowed.includes(method)) && extra.length === 0,
      `Allow lists the document's methods ${methods.join(', ')} (got ${JSON.stringify(answer.headers.get('Allow'))})`,
    )
    const wrong = /problem\+json/.test(answer.headers.get('Content-Type') ?? '')
      ? schemaProblem({ $ref: '#/components/schemas/Problem' }, answer.json)
      : 'its Content-Type is not application/problem+json'
    expectThat(answer, wrong === null, `a 405 answers a Problem: ${wrong}`)
  }
  return [{ name: `${path} › a method it does not have (${other}): 405 with Allow`, run }]
})

pathEntries.push({
  name: 'a path the API does not have: 404 with a Problem',
  run: async () => {
    const answer = await call('GET /users', { as: 'admin', path: '/contract-no-such-path' })
    expectThat(answer, answer.status === 404, `expected 404, got ${answer.status}`)
    const wrong = /problem\+json/.test(answer.headers.get('Content-Type') ?? '')
      ? schemaProblem({ $ref: '#/components/schemas/Problem' }, answer.json)
      : 'its Content-Type is not application/problem+json'
    expectThat(answer, wrong === null, `a 404 answers a Problem: ${wrong}`)
  },
})

const covers = (status: string, code: number) =>
  status === String(code) || (/^[1-5]XX$/.test(status) && status[0] === String(code)[0])

/** Each operation: every status it documents was produced by some case, and none it does not document. */
const coverageEntries: Entry[] = operations.map((operation) => ({
  name: `coverage › ${operation.key}`,
  run: async () => {
    const produced = [...(seen.get(operation.key)?.keys() ?? [])]
    const documented = operation.statuses
    const missing = documented.filter(
      (status) =>
        status !== 'default' && !(Number(status) in beyondAClient) && !produced.some((code) => covers(status, code)),
    )
    const undocumented = produced
      .filter((code) => !documented.some((status) => covers(status, code)) && !documented.includes('default'))
      .map((code) => `${code} (first by ${seen.get(operation.key)!.get(code)})`)
    if (missing.length > 0 || undocumented.length > 0)
      throw new Error(
        `${operation.key}\n  documented but never produced: ${missing.join(', ') || 'none'}\n  produced but not documented: ${undocumented.join(', ') || 'none'}`,
      )
  },
}))

/**
 * A pending entry runs as it.fails, its name saying what it waits for. CONTRACT_PENDING=ignore
 * runs them as ordinary tests, to see what they report today.
 */
const pendingNow = process.env.CONTRACT_PENDING === 'ignore' ? {} : pendingUntil
const split = (entries: Entry[]) => ({
  now: entries.filter((entry) => !pendingNow[entry.name]).map((entry) => [entry.name, entry.run] as const),
  pending: entries
    .filter((entry) => pendingNow[entry.name])
    .map((entry) => [`${entry.name} [pending: ${pendingNow[entry.name]}]`, entry.run] as const),
})
const tables = { cases: split(caseEntries), paths: split(pathEntries), coverage: split(coverageEntries) }
let casesRun = 0

beforeAll(prepare, 60_000)
afterAll(async () => {
  console.info(`conformance: ${requestCount} requests`)
  // CONTRACT_REPORT=1: the refusals only prose can tell a client of (the schema accepts the request).
  if (process.env.CONTRACT_REPORT) {
    const rules = new Set(
      refusedButSchemaValid.map(({ operation, errors }) => `${operation}: ${JSON.stringify(errors)}`),
    )
    console.info(`422s the document's schemas do not express (${rules.size}):\n${[...rules].join('\n')}`)
  }
  await cleanUp()
}, 60_000)

describe('the suite itself', () => {
  it('has cases of its own for every operation of the document, and none for an operation it lacks', () => {
    expect(operations.length).toBeGreaterThan(0)
    expect(
      operations.filter((operation) => !ownCases[operation.key]?.length).map((operation) => operation.key),
    ).toEqual([])
    expect(Object.keys(allCases).filter((key) => !operationKeys.has(key))).toEqual([])
  })
  it('has no pending entry that names no test', () => {
    const names = new Set([...caseEntries, ...pathEntries, ...coverageEntries].map((entry) => entry.name))
    expect(Object.keys(pendingUntil).filter((name) => !names.has(name))).toEqual([])
  })
})

// The cases assert through expectCall and expectThat (http.ts), which throw with the request and what differs.
describe('cases', () => {
  it.for(tables.cases.now)('%s', async ([, run]) => {
    casesRun += 1
    await expect(run()).resolves.toBeUndefined()
  })
  it.fails.for(tables.cases.pending)('%s', async ([, run]) => {
    casesRun += 1
    await expect(run()).resolves.toBeUndefined()
  })
})

describe('paths', () => {
  it.for(tables.paths.now)('%s', async ([, run]) => {
    await expect(run()).resolves.toBeUndefined()
  })
  it.fails.for(tables.paths.pending)('%s', async ([, run]) => {
    await expect(run()).resolves.toBeUndefined()
  })
})

// Only after every case: a run of some of them (vitest -t) cannot judge coverage, and skips it.
describe('coverage', () => {
  it.for(tables.coverage.now)('%s', async ([, run], context) => {
    context.skip(casesRun < caseEntries.length, 'only some cases ran')
    await expect(run()).resolves.toBeUndefined()
  })
  it.fails.for(tables.coverage.pending)('%s', async ([, run], context) => {
    context.skip(casesRun < caseEntries.length, 'only some cases ran')
    await expect(run()).resolves.toBeUndefined()
  })
})
