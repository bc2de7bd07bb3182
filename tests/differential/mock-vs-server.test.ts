/**
 * The differential test (decision 0021, issue #16): from one seed, random sequences of requests
 * by random seeded users (writes of releases and reference data, workflow steps, translations,
 * assignments, comments, the inbox, lists with random filters, sorts and pages, counts, the CSV
 * export, reports) get the same statuses and bodies from the mock's memory storage and from the
 * server's SQL storage on PGlite. fast-check shrinks a failure to its shortest sequence; the
 * error names the first request answered differently and both answers.
 *
 * DIFF_RUNS (sequences, default 25), DIFF_LENGTH (requests per sequence at most, default 30),
 * DIFF_RELEASES (generated releases in the seed, default 30) and
 * DIFF_SEED (fast-check's seed, printed on a failure; with DIFF_PATH, the failing case alone)
 * deepen or replay a run. `examples.ts` holds sequences that once told the sides apart.
 */
import * as fc from 'fast-check'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { setNow } from '../../server/core/clock'
import { commands } from './commands'
import { examples } from './examples'
import { describeTally, newTally, runCommands } from './run'
import { openSides, type Sides } from './sides'

/** Generated releases in the seed (DIFF_RELEASES): enough for every status and some families, few enough to be quick. */
const releases = Number(process.env.DIFF_RELEASES ?? 30)
const runs = Number(process.env.DIFF_RUNS ?? 25)
const length = Number(process.env.DIFF_LENGTH ?? 30)
const seed = process.env.DIFF_SEED === undefined ? undefined : Number(process.env.DIFF_SEED)
const path = process.env.DIFF_PATH

let sides: Sides
beforeAll(async () => {
  sides = await openSides(releases)
}, 180_000)
afterAll(async () => {
  setNow(null)
  await sides?.close()
})

it(
  'the mock and the server answer every request alike',
  async () => {
    const tally = newTally()
    await fc.assert(
      fc.asyncProperty(commands(length), async (sequence) => {
        await sides.reset()
        await runCommands(sides, sequence, releases, tally)
      }),
      {
        numRuns: runs,
        // Replaying one case (DIFF_PATH) runs that case alone.
        examples: path === undefined ? examples.map((sequence) => [sequence]) : [],
        ...(seed === undefined ? {} : { seed }),
        ...(path === undefined ? {} : { path }),
      },
    )
    const statuses = [...tally.byStatus].toSorted(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`)
    console.info(`differential: ${runs} sequences, ${tally.requests} requests compared; statuses ${statuses.join(' ')}`)
    console.info(describeTally(tally))
    // A run that only ever met refusals would prove little: most requests must have been answered.
    const answered = [...tally.byStatus].filter(([status]) => status < 300).reduce((sum, [, n]) => sum + n, 0)
    expect(answered / tally.requests).toBeGreaterThan(0.4)
    // A few seconds a sequence on a busy machine; more when a failure shrinks.
  },
  120_000 + runs * 10_000,
)
