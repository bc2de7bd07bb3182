/**
 * The reports in the differential test (decision 0021, issue #16): the mock answers them with
 * the core's pure functions over its collections, the server from the figures its triggers keep
 * (server/db/reports.ts). After each random sequence of requests (the same generator as
 * mock-vs-server.test.ts: creations, workflow steps, translations, withdrawals, deletions,
 * clock moves), every report is asked over one month, two years and ten, and both sides must
 * answer alike. Here the reports come after every sequence, not by chance in a few of them.
 *
 * DIFF_REPORT_RELEASES (generated releases in the seed, default 200), DIFF_REPORT_RUNS
 * (sequences, default 15) and DIFF_LENGTH (requests per sequence at most,
 * default 30) deepen a run; DIFF_SEED replays one.
 */
import * as fc from 'fast-check'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { seedUsers } from '../../mocks/seed/users'
import { setNow } from '../../server/core/clock'
import { command, type Command } from './commands'
import { newTally, runCommands, START } from './run'
import { openSides, type Sides } from './sides'

/** More generated releases than the main run's: enough translations for a median and a 90th percentile. */
const releases = Number(process.env.DIFF_REPORT_RELEASES ?? 200)
const runs = Number(process.env.DIFF_REPORT_RUNS ?? 15)
const length = Number(process.env.DIFF_LENGTH ?? 30)
const seed = process.env.DIFF_SEED === undefined ? undefined : Number(process.env.DIFF_SEED)

/** Every report, over each period, asked by the first seeded person. */
const everyReport: Command[] = [
  { kind: 'report', as: 0, report: 'per-field-operation', query: {} },
  { kind: 'report', as: 0, report: 'per-field-of-work', query: {} },
  ...['published-per-month', 'review-turnaround', 'translation-turnaround'].flatMap((report) =>
    ['1', '24', '120'].map((months): Command => ({ kind: 'report', as: 0, report, query: { months } })),
  ),
]

let sides: Sides
beforeAll(async () => {
  sides = await openSides(releases)
}, 180_000)
afterAll(async () => {
  setNow(null)
  await sides?.close()
})

it('starts from figures worth comparing: publications, approvals and translations in the seed', async () => {
  await sides.reset()
  setNow(new Date(START))
  const signIn = await sides.mock.fetch(
    new Request('http://test/api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userId: seedUsers[0]!.id }),
    }),
  )
  const { token } = (await signIn.json()) as { token: string }
  const report = async <T>(path: string) =>
    (await (
      await sides.mock.fetch(
        new Request(`http://test/api/reports/${path}`, { headers: { Authorization: `Bearer ${token}` } }),
      )
    ).json()) as T
  type Counted = { items: { count: number; medianHours?: number | null }[] }
  const sum = (answer: Counted) => answer.items.reduce((total, item) => total + item.count, 0)
  expect(sum(await report<Counted>('published-per-month?months=24'))).toBeGreaterThan(10)
  expect(sum(await report<Counted>('per-field-operation'))).toBeGreaterThan(10)
  // Over ten years: months with approvals (a median) and months without (null).
  const reviews = await report<Counted>('review-turnaround?months=120')
  expect(sum(reviews)).toBeGreaterThan(10)
  expect(new Set(reviews.items.map((item) => item.medianHours === null))).toEqual(new Set([true, false]))
  const translations = await report<Counted & { originals: number }>('translation-turnaround?months=120')
  expect(translations.originals).toBeGreaterThan(20)
  expect(sum(translations)).toBeGreaterThan(10)
})

it(
  'the mock and the server answer every report alike after any writes',
  async () => {
    const tally = newTally()
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: length, size: 'max' }), async (sequence) => {
        await sides.reset()
        await runCommands(sides, [...everyReport, ...sequence, ...everyReport], releases, tally)
      }),
      { numRuns: runs, ...(seed === undefined ? {} : { seed }) },
    )
    const reports = [...tally.byRequest].filter(([request]) => request.includes('/reports/'))
    console.info(
      `differential reports: ${runs} sequences; ${reports.map(([request, statuses]) => `${request} ${[...statuses].map(([status, n]) => `${status}×${n}`).join(' ')}`).join('; ')}`,
    )
    // Every report was answered (200) before and after every sequence, on both sides alike.
    expect(reports).toHaveLength(5)
    for (const [, statuses] of reports) expect(statuses.get(200)).toBeGreaterThanOrEqual(2 * runs)
  },
  120_000 + runs * 15_000,
)
