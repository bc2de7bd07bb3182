/**
 * The kept counts (`release_counts`, migration 0005) follow every write of the releases:
 * inserts one by one and thousands a statement, status changes, deletions (an original's too,
 * which leaves a family of translations), TRUNCATE, and two writers at once on a server. After
 * each step the table equals the releases counted afresh, and the storage's counts and totals
 * equal the mock's (mocks/storage/release-queries.ts) over the same releases. Also the family
 * list where an original is gone or does not match: its first matching translation stands.
 */
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  familyCounts,
  familyRepresentatives,
  releaseComparators,
  releaseFilter,
  releaseTieBreak,
  versionCounts,
} from '../../mocks/storage/release-queries'
import { seedPressRelease } from '../../mocks/seed/press-release'
import { releaseListQuerySchema, releaseSortKeys, releaseStatuses, type ReleaseStatus } from '../../src/api/contract'
import { sortItems } from '../core/list'
import type { StoredRelease } from '../core/records'
import { releaseSearchWords } from '../core/search'
import type { ReleaseFilters, Storage } from '../core/storage'
import { arrayLiteral, bulkInsert } from './bulk-insert'
import { codecs } from './codecs'
import { queryRows, type OpenedDatabase } from './connect'
import { releases } from './schema'
import { createSqlStorage } from './storage'
import { OPENING, testDatabaseUrl, testEngines, withCanonicalInstants } from './testing'

const release = (id: string, changes: Partial<StoredRelease> = {}): StoredRelease =>
  withCanonicalInstants({ ...structuredClone(seedPressRelease), id, originalId: null, ...changes })
const translation = (original: string, language: string, changes: Partial<StoredRelease> = {}) =>
  release(`${original}-${language}`, { originalId: original, language, ...changes })

/** Every status at 0. */
const none = Object.fromEntries(releaseStatuses.map((status) => [status, 0])) as Record<ReleaseStatus, number>

type CountRow = { status: string; versions: number; families: number; originals: number }

/** The kept counts as stored, without the statuses nothing is in (none at all after a TRUNCATE). */
async function keptRows(opened: OpenedDatabase): Promise<CountRow[]> {
  const rows = (
    await queryRows<CountRow>(
      opened.db,
      sql`SELECT status, versions::int AS versions, families::int AS families, originals::int AS originals
          FROM release_counts ORDER BY status`,
    )
  ).filter((row) => row.versions !== 0 || row.families !== 0 || row.originals !== 0 || row.status === '')
  return rows.some((row) => row.status === '')
    ? rows
    : [{ status: '', versions: 0, families: 0, originals: 0 }, ...rows]
}

/** The same, counted afresh from the releases. */
const countedRows = (opened: OpenedDatabase) =>
  queryRows<CountRow>(
    opened.db,
    sql`SELECT coalesce(status, '') AS status, count(*)::int AS versions, count(DISTINCT coalesce(original_id, id))::int AS families,
          (count(*) FILTER (WHERE original_id IS NULL))::int AS originals
        FROM releases GROUP BY GROUPING SETS ((status), ()) ORDER BY 1`,
  )

describe.each(testEngines)('the kept release counts on %s', (_engine, open) => {
  let opened: OpenedDatabase
  let storage: Storage
  beforeAll(async () => {
    opened = await open()
    storage = createSqlStorage(opened, { sessionLifetimeMs: 3_600_000 })
  }, OPENING)
  afterAll(() => opened.close())

  /** Every release, as the mock would go through them. */
  const everything = async () => storage.releases.all(releaseListQuerySchema.parse({ sort: 'title' }))

  /** The kept table is right, and the storage answers as the mock over the same releases. */
  async function expectRight(filters: ReleaseFilters[] = [{}]) {
    const kept = await keptRows(opened)
    const counted = await countedRows(opened)
    expect(kept).toEqual(counted)
    const all = await everything()
    const source = () => all
    for (const filter of filters) {
      const matches = releaseFilter(source, filter)
      expect(await storage.releases.counts(filter)).toEqual(versionCounts(source, matches))
      expect(await storage.releases.counts({ ...filter, group: 'family' })).toEqual(familyCounts(source, matches))
      for (const status of [undefined, 'draft', 'published'] as const) {
        const query = releaseListQuerySchema.parse({ ...filter, status, pageSize: 100, sort: 'title' })
        const statusMatches = releaseFilter(source, query)
        const expected = sortItems(
          familyRepresentatives(source, statusMatches),
          'title',
          releaseComparators,
          releaseTieBreak,
        )
        const families = await storage.releases.listFamilies(query)
        expect({ filter, status, total: families.total, ids: families.items.map((item) => item.id) }).toEqual({
          filter,
          status,
          total: expected.length,
          ids: expected.slice(0, 100).map((item) => item.id),
        })
        const versions = await storage.releases.list(query)
        expect(versions.total).toBe(all.filter(statusMatches).length)
      }
    }
  }

  const write = (work: Parameters<Storage['transaction']>[0]) => storage.transaction(work)
  const setStatus = (id: string, status: ReleaseStatus) =>
    opened.db.execute(sql`UPDATE releases SET status = ${status} WHERE id = ${id}`)

  /** An unfiltered grouped list in every sort, both ways, as the mock's (with its original or not, a family is once). */
  async function expectEverySort() {
    const all = await everything()
    const representatives = familyRepresentatives(
      () => all,
      releaseFilter(() => all, {}),
    )
    for (const key of releaseSortKeys) {
      for (const sort of [key, `-${key}`]) {
        const query = releaseListQuerySchema.parse({ sort, group: 'family', pageSize: 100 })
        const answer = await storage.releases.listFamilies(query)
        const expected = sortItems(representatives, sort, releaseComparators, releaseTieBreak).slice(0, 100)
        expect({ sort, ids: answer.items.map((item) => item.id), total: answer.total }).toEqual({
          sort,
          ids: expected.map((item) => item.id),
          total: representatives.length,
        })
      }
    }
  }

  it('start at zero, and count each version and family as it is added', async () => {
    await expectRight()
    await write((tx) => tx.insert('releases', release('a', { status: 'draft' })))
    await expectRight()
    await write(async (tx) => {
      await tx.insert('releases', translation('a', 'fr', { status: 'draft' }))
      await tx.insert('releases', translation('a', 'de', { status: 'published' }))
      await tx.insert('releases', release('b', { status: 'published' }))
    })
    await expectRight([{}, { language: 'fr' }, { language: 'de,fr' }])
    await expectEverySort()
    expect(await storage.releases.counts({ group: 'family' })).toEqual({
      counts: { ...none, draft: 1, published: 2 },
      total: 2,
    })
  })

  it('move a family between statuses only when its last version there leaves', async () => {
    await setStatus('a', 'published')
    await expectRight()
    await setStatus('a-fr', 'published')
    await expectRight()
    await setStatus('a-de', 'withdrawn')
    await expectRight()
    // An edit that changes no status or family changes no count.
    await opened.db.execute(sql`UPDATE releases SET title = title || '!' WHERE id IN ('a', 'b')`)
    await opened.db.execute(sql`UPDATE releases SET status = 'draft' WHERE id IN ('a', 'a-fr', 'a-de', 'b')`)
    await expectRight([{}, { type: seedPressRelease.type }])
    expect(await storage.releases.counts({})).toEqual({ counts: { ...none, draft: 4 }, total: 4 })
  })

  it('keep a family whose original is deleted, stood for by its first matching translation', async () => {
    await write(async (tx) => {
      await tx.insert('releases', translation('a', 'ru', { status: 'published' }))
      await tx.delete('releases', 'a')
    })
    await expectRight([{}, { language: 'ru' }, { language: 'fr,ru' }, { missingLanguage: 'en' }])
    const page = await storage.releases.listFamilies(releaseListQuerySchema.parse({ sort: 'title', group: 'family' }))
    expect(page.items.map((item) => item.id).toSorted()).toEqual(['a-de', 'b'])
    await expectEverySort()
    await setStatus('a-de', 'published')
    await expectRight([{}, { language: 'ru' }])
    await write((tx) => tx.delete('releases', 'a-de'))
    await expectRight([{}, { language: 'de' }])
  })

  it('count thousands of rows a statement, and follow their deletion and TRUNCATE', async () => {
    const { total: before } = await storage.releases.counts({})
    const statuses: ReleaseStatus[] = ['draft', 'in-review', 'published', 'scheduled']
    const many = Array.from({ length: 3_000 }, (_, index) => {
      const family = `many-${Math.floor(index / 3)}`
      const status = statuses[index % 4]!
      // Every third an original, the others its translations; some families lose their original below.
      return index % 3 === 0
        ? release(family, { status })
        : translation(family, index % 3 === 1 ? 'fr' : 'ru', { status })
    })
    await bulkInsert(
      opened.db,
      releases,
      many.map((record) => ({
        ...(codecs.releases.toRow(record, { sessionLifetimeMs: 0 }) as Record<string, unknown>),
        search: arrayLiteral(releaseSearchWords(record)),
      })),
      { search: (words) => sql`array_to_tsvector(${words}::text[])` },
    )
    await expectRight([{}, { status: 'draft' } as ReleaseFilters, { language: 'ru' }])
    expect((await storage.releases.counts({})).total).toBe(before + 3_000)
    await opened.db.execute(sql`DELETE FROM releases WHERE id LIKE 'many-1%' AND original_id IS NULL`)
    await opened.db.execute(sql`UPDATE releases SET status = 'withdrawn' WHERE id LIKE 'many-2%'`)
    await expectRight([{}, { language: 'fr' }, { missingLanguage: 'en' }])
    await opened.db.execute(sql`TRUNCATE releases`)
    await expectRight()
    expect(await storage.releases.counts({ group: 'family' })).toEqual({ counts: none, total: 0 })
    await write((tx) => tx.insert('releases', release('c', { status: 'draft' })))
    await expectRight()
  })

  it.skipIf(!testDatabaseUrl || _engine === 'PGlite')(
    'count a family once when two writers add to it at once',
    async () => {
      const before = await keptRows(opened)
      let inserted!: () => void
      const firstInserted = new Promise<void>((resolve) => (inserted = resolve))
      let commit!: () => void
      const mayCommit = new Promise<void>((resolve) => (commit = resolve))
      const first = write(async (tx) => {
        await tx.insert('releases', release('d', { status: 'in-review' }))
        inserted()
        await mayCommit
      })
      await firstInserted
      const second = write((tx) => tx.insert('releases', translation('d', 'fr', { status: 'in-review' })))
      // The second waits for the first's lock on the counts (no timing: asked until it does).
      for (;;) {
        const [waiting] = await queryRows<{ n: number }>(
          opened.db,
          sql`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        )
        if (waiting!.n > 0) break
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      commit()
      await Promise.all([first, second])
      await expectRight()
      const row = (rows: CountRow[], status: string) => rows.find((candidate) => candidate.status === status)
      expect(row(await keptRows(opened), 'in-review')).toEqual({
        status: 'in-review',
        versions: 2,
        families: 1,
        originals: 1,
      })
      expect(row(await keptRows(opened), '')!.families).toBe(row(before, '')!.families + 1)
    },
    OPENING,
  )
})
