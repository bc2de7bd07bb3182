/**
 * The reports in SQL (server/db/reports.ts over the figures migration 0006's triggers keep):
 * the edge cases of the core's rules, each with its figure, and a random history of writes
 * after which every report answers what the core's pure functions answer over the same records.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedFieldOperations } from '../../mocks/seed/field-operations'
import { seedFieldsOfWork } from '../../mocks/seed/fields-of-work'
import { seedLanguages } from '../../mocks/seed/languages'
import { seedPressRelease } from '../../mocks/seed/press-release'
import { createRandom } from '../../mocks/seed/prng'
import { releaseListQuerySchema } from '../../src/api/contract'
import type { StoredHistoryEntry, StoredRelease } from '../core/records'
import { perFieldOfWork, perFieldOperation, publishedPerMonth, reviewTurnaround } from '../core/reports/compute'
import { translationTurnaround } from '../core/reports/translation-turnaround'
import type { Storage } from '../core/storage'
import type { OpenedDatabase } from './connect'
import { createSqlStorage } from './storage'
import { OPENING, testEngines } from './testing'

const HOUR = 3_600_000
const everyRelease = releaseListQuerySchema.omit({ page: true, pageSize: true }).parse({})

/** A release of the seed's shape: its own id, no history of its own, the changes given. */
const release = (id: string, changes: Partial<StoredRelease> = {}): StoredRelease => ({
  ...structuredClone(seedPressRelease),
  id,
  originalId: null,
  publishedAt: null,
  status: 'draft',
  ...changes,
})

let entries = 0
const entry = (releaseId: string, kind: string, to: string, at: string | number): StoredHistoryEntry => ({
  id: `history-${String(entries++).padStart(6, '0')}`,
  releaseId,
  kind: kind as StoredHistoryEntry['kind'],
  from: null,
  to: to as StoredHistoryEntry['to'],
  actorId: null,
  at: new Date(at).toISOString(),
  comment: null,
  publishAt: null,
})

describe.each(testEngines)('the reports in SQL on %s', (engine, open) => {
  let opened: OpenedDatabase
  let storage: Storage
  beforeAll(async () => {
    opened = await open()
    storage = createSqlStorage(opened, { sessionLifetimeMs: HOUR })
    await storage.transaction(async (tx) => {
      for (const language of seedLanguages) await tx.insert('languages', language)
      for (const operation of seedFieldOperations) await tx.insert('fieldOperations', operation)
      for (const field of seedFieldsOfWork) await tx.insert('fieldsOfWork', field)
    })
  }, OPENING)
  afterAll(() => opened.close())

  const write = (records: { releases?: StoredRelease[]; history?: StoredHistoryEntry[] }) =>
    storage.transaction(async (tx) => {
      for (const record of records.releases ?? []) await tx.insert('releases', record)
      for (const record of records.history ?? []) await tx.insert('history', record)
    })

  /** What the core's pure functions answer over every record the storage holds. */
  async function fromTheCore(now: Date, months: number) {
    const releases = await storage.releases.all(everyRelease)
    const histories: StoredHistoryEntry[][] = []
    for await (const history of storage.histories()) histories.push(history)
    return {
      publishedPerMonth: publishedPerMonth(releases, now, months),
      perFieldOperation: perFieldOperation(releases, await storage.all('fieldOperations')),
      perFieldOfWork: perFieldOfWork(releases, await storage.all('fieldsOfWork')),
      reviewTurnaround: reviewTurnaround(histories, now, months),
      translationTurnaround: translationTurnaround(releases, histories, await storage.all('languages'), now, months),
    }
  }

  async function fromSql(now: Date, months: number) {
    return {
      publishedPerMonth: await storage.reports.publishedPerMonth(now, months),
      perFieldOperation: await storage.reports.perFieldOperation(),
      perFieldOfWork: await storage.reports.perFieldOfWork(),
      reviewTurnaround: await storage.reports.reviewTurnaround(now, months),
      translationTurnaround: await storage.reports.translationTurnaround(now, months),
    }
  }

  it('counts only releases published now: a withdrawn one leaves every report', async () => {
    const now = new Date('2020-03-15T00:00:00.000Z')
    const fieldOperationCount = async () =>
      (await storage.reports.perFieldOperation()).items.find(
        (item) => item.fieldOperation.id === 'field-operation-presence-in-albania',
      )!.count
    const before = await fieldOperationCount()
    const named = { fieldOperationIds: ['field-operation-presence-in-albania'] }
    await write({
      releases: [
        release('withdrawn-a', { status: 'published', publishedAt: '2020-03-01T10:00:00.000Z', ...named }),
        release('withdrawn-b', { status: 'published', publishedAt: '2020-03-02T10:00:00.000Z', ...named }),
        // Published once, then withdrawn: it was published in March, but is not now.
        release('withdrawn-c', { status: 'withdrawn', publishedAt: '2020-03-03T10:00:00.000Z', ...named }),
        // A status of published without a publication time is not published now.
        release('withdrawn-d', { status: 'published', publishedAt: null, ...named }),
      ],
    })
    expect((await storage.reports.publishedPerMonth(now, 2)).items).toEqual([
      { month: '2020-02', count: 0 },
      { month: '2020-03', count: 2 },
    ])
    expect(await fieldOperationCount()).toBe(before + 2)

    await storage.transaction(async (tx) => {
      const published = (await tx.get('releases', 'withdrawn-b'))!
      await tx.replace('releases', { ...published, status: 'withdrawn' })
    })
    expect((await storage.reports.publishedPerMonth(now, 1)).items).toEqual([{ month: '2020-03', count: 1 }])
    expect(await fieldOperationCount()).toBe(before + 1)

    await storage.transaction((tx) => tx.delete('releases', 'withdrawn-a'))
    expect((await storage.reports.publishedPerMonth(now, 1)).items).toEqual([{ month: '2020-03', count: 0 }])
    expect(await fieldOperationCount()).toBe(before)
  })

  it('takes the median of an even count as the mean of the two middle waits; a month without approvals has none', async () => {
    const approval = (id: string, submitted: string, waitedHours: number) => {
      const at = Date.parse(submitted)
      return [entry(id, 'submit', 'in-review', at), entry(id, 'approve', 'published', at + waitedHours * HOUR)]
    }
    await write({
      history: [
        ...approval('review-a', '2019-05-01T08:00:00.000Z', 1),
        ...approval('review-b', '2019-05-02T08:00:00.000Z', 2),
        ...approval('review-c', '2019-05-03T08:00:00.000Z', 4),
        ...approval('review-d', '2019-05-04T08:00:00.000Z', 10.25),
        // Approved again without a new submission: the second approval does not count.
        entry('review-a', 'approve', 'published', '2019-05-20T08:00:00.000Z'),
        // Submitted twice: the wait runs from the latest submission.
        entry('review-e', 'submit', 'in-review', '2019-07-01T00:00:00.000Z'),
        entry('review-e', 'submit', 'in-review', '2019-07-01T06:00:00.000Z'),
        entry('review-e', 'approve', 'scheduled', '2019-07-01T06:30:00.000Z'),
      ],
    })
    expect((await storage.reports.reviewTurnaround(new Date('2019-07-31T23:59:59.999Z'), 3)).items).toEqual([
      { month: '2019-05', medianHours: 3, count: 4 },
      { month: '2019-06', medianHours: null, count: 0 },
      { month: '2019-07', medianHours: 0.5, count: 1 },
    ])
  })

  it('counts a translation published before its original as 0 hours, and takes the 90th percentile by nearest rank', async () => {
    const now = new Date('2018-06-30T00:00:00.000Z')
    const original = release('turnaround-original', { status: 'published', publishedAt: '2018-06-01T00:00:00.000Z' })
    const start = Date.parse('2018-06-01T00:00:00.000Z')
    // Ten German translations that waited 1 to 10 hours: the 90th percentile is the ninth, 9 hours.
    const german = Array.from({ length: 10 }, (_, index) =>
      release(`turnaround-de-${index}`, {
        language: 'de',
        originalId: original.id,
        status: 'published',
        publishedAt: new Date(start + (index + 1) * HOUR).toISOString(),
      }),
    )
    // A French one out a day before its original.
    const french = release('turnaround-fr', {
      language: 'fr',
      originalId: original.id,
      status: 'published',
      publishedAt: '2018-05-31T00:00:00.000Z',
    })
    // A Russian one withdrawn: not counted, and its language lacks one.
    const russian = release('turnaround-ru', {
      language: 'ru',
      originalId: original.id,
      status: 'withdrawn',
      publishedAt: '2018-06-02T00:00:00.000Z',
    })
    await write({ releases: [original, ...german, french, russian] })
    const report = await storage.reports.translationTurnaround(now, 2)
    expect(report.originals).toBe(1)
    expect(report.items.find((item) => item.language === 'de')).toEqual({
      language: 'de',
      count: 10,
      medianHours: 5.5,
      p90Hours: 9,
      missing: 0,
    })
    expect(report.items.find((item) => item.language === 'fr')).toEqual({
      language: 'fr',
      count: 1,
      medianHours: 0,
      p90Hours: 0,
      missing: 0,
    })
    expect(report.items.find((item) => item.language === 'ru')).toMatchObject({ count: 0, missing: 1 })

    // The original's first publication is its history's, even after a later one (withdrawn, corrected, out again).
    await write({
      history: [
        entry(original.id, 'published', 'published', '2018-05-01T00:00:00.000Z'),
        entry(original.id, 'published', 'published', '2018-06-01T00:00:00.000Z'),
      ],
    })
    const later = await storage.reports.translationTurnaround(now, 1)
    expect(later.originals).toBe(0)
    expect(later.items.find((item) => item.language === 'de')).toMatchObject({ count: 10, p90Hours: 753 })
    expect(later).toEqual((await fromTheCore(now, 1)).translationTurnaround)
  })

  it("answers as the core's functions after any writes: inserts, changes, deletes, history out of order", async () => {
    const random = createRandom(16)
    const start = Date.parse('2021-01-01T00:00:00.000Z')
    const instant = () => start + random.int(0, 400) * 6 * HOUR + random.pick([0, 0, 1, 999, 1_800_000])
    const languages = ['en', 'ru', 'de', 'fr', 'xx']
    const statuses = ['draft', 'in-review', 'scheduled', 'published', 'published', 'published', 'withdrawn'] as const
    const operations = [...seedFieldOperations.slice(0, 4).map((operation) => operation.id), 'field-operation-gone']
    const fields = [...seedFieldsOfWork.slice(0, 4).map((field) => field.id), 'field-of-work-gone']
    const ids: string[] = []
    const originals: string[] = []
    const randomRelease = (id: string): StoredRelease => {
      const translation = originals.length > 0 && random.next() < 0.5
      return release(id, {
        language: random.pick(languages),
        originalId: translation ? random.pick([...originals, 'random-missing']) : null,
        status: random.pick(statuses),
        publishedAt: random.next() < 0.8 ? new Date(instant()).toISOString() : null,
        fieldOperationIds: random.sample(operations, random.int(0, 3)),
        fieldOfWorkIds: [...random.sample(fields, random.int(0, 2)), ...(random.next() < 0.1 ? [fields[0]!] : [])],
      })
    }
    const randomEntries = (count: number) =>
      Array.from({ length: count }, () => {
        const [kind, to] = random.pick([
          ['submit', 'in-review'],
          ['submit', 'in-review'],
          ['approve', 'published'],
          ['approve', 'scheduled'],
          ['published', 'published'],
          ['withdraw', 'withdrawn'],
        ] as const)
        return entry(random.pick([...ids, 'random-missing']), kind, to, instant())
      })
    const expectTheCore = async () => {
      for (const [now, months] of [
        [new Date('2021-12-31T12:00:00.000Z'), 24],
        [new Date('2021-06-15T00:00:00.000Z'), 3],
        [new Date('2022-02-01T00:00:00.000Z'), 120],
      ] as const)
        expect(await fromSql(now, months)).toEqual(await fromTheCore(now, months))
    }

    for (let round = 0; round < 4; round++) {
      const added = Array.from({ length: 25 }, (_, index) => {
        const made = randomRelease(`random-${round}-${index}`)
        ids.push(made.id)
        if (!made.originalId) originals.push(made.id)
        return made
      })
      await write({ releases: added, history: randomEntries(60) })
      await expectTheCore()
      // Changes: what the reports read (status, times, family, language, references), and deletes.
      await storage.transaction(async (tx) => {
        for (const id of random.sample(ids, 12)) {
          const current = await tx.get('releases', id)
          if (!current) continue
          const changed = randomRelease(id)
          if (random.next() < 0.15) await tx.delete('releases', id)
          else
            await tx.replace('releases', {
              ...current,
              ...random.pick([
                { status: changed.status },
                { publishedAt: changed.publishedAt },
                { originalId: changed.originalId === id ? null : changed.originalId },
                { language: changed.language },
                { fieldOperationIds: changed.fieldOperationIds, fieldOfWorkIds: changed.fieldOfWorkIds },
              ]),
            })
        }
      })
      await write({ history: randomEntries(30) })
      await expectTheCore()
    }
  }, 120_000)

  // PGlite has one connection: only a server runs transactions side by side.
  it.runIf(engine.startsWith('PostgreSQL'))(
    'keeps its figures when many transactions change one family and one month at once',
    async () => {
      const now = new Date('2017-09-30T00:00:00.000Z')
      const at = (day: number, hour = 0) => Date.UTC(2017, 8, day, hour)
      const original = release('together-original', { status: 'published', publishedAt: new Date(at(1)).toISOString() })
      await write({ releases: [original] })
      const languages = ['de', 'fr', 'ru', 'es', 'it', 'tr']
      await Promise.all(
        Array.from({ length: 24 }, (_, index) =>
          storage.transaction(async (tx) => {
            const id = `together-${index}`
            const publishedAt = new Date(at(2 + (index % 20), index % 24)).toISOString()
            // As the core writes a change: the release first, then its history entries. Published
            // by its history alone, naming nothing, so that no count of the same row orders these
            // transactions: only the reports' own locks do.
            await tx.insert('releases', {
              ...release(id, { language: languages[index % languages.length]!, originalId: original.id }),
              status: 'published',
              fieldOperationIds: [],
              fieldOfWorkIds: [],
            })
            // Held open a moment, so that the transactions overlap.
            await new Promise((resolve) => setTimeout(resolve, 20))
            await tx.insert('history', entry(id, 'published', 'published', publishedAt))
            await tx.insert('history', entry(id, 'submit', 'in-review', at(1, index % 24)))
            await tx.insert('history', entry(id, 'approve', 'published', publishedAt))
          }),
        ),
      )
      await Promise.all(
        Array.from({ length: 12 }, (_, index) =>
          storage.transaction(async (tx) => {
            const id = `together-${index * 2}`
            const current = (await tx.get('releases', id))!
            await tx.replace('releases', { ...current, status: 'withdrawn' })
            await tx.insert('history', entry(id, 'withdraw', 'withdrawn', at(25, index)))
          }),
        ),
      )
      expect(await fromSql(now, 2)).toEqual(await fromTheCore(now, 2))
      const report = await storage.reports.translationTurnaround(now, 1)
      expect(report.items.reduce((sum, item) => sum + item.count, 0)).toBe(12)
    },
    120_000,
  )
})
