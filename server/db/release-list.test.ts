/**
 * The release list in SQL against the list's meaning, written out here in memory as the mock
 * runs it (mocks/storage/release-queries.ts: filter, comparators, family representatives,
 * counts), over the seed: every sort both ways, the filters, paging, families and counts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  releaseCountsQuerySchema,
  releaseListQuerySchema,
  releaseSortKeys,
  releaseStatuses,
  type ReleaseCountsQuery,
  type ReleaseListQuery as ReleaseListInput,
} from '../../src/api/contract'
import { compareText, sortItems, type Comparator } from '../core/list'
import type { StoredRelease } from '../core/records'
import { matchesSearch, releaseSearchWords, searchableText, searchWords } from '../core/search'
import type { ReleaseFilters, Storage } from '../core/storage'
import type { OpenedDatabase } from './connect'
import { seedIfEmpty, seedRecords } from './seed'
import { createSqlStorage } from './storage'
import { OPENING, testEngines, withCanonicalInstants } from './testing'

const RELEASES = 300
const seeded = withCanonicalInstants(seedRecords(RELEASES).releases!) as StoredRelease[]

// The list's meaning in memory, as the mock has it.
const family = (release: StoredRelease) => release.originalId ?? release.id
const publication = (release: StoredRelease) =>
  release.status === 'scheduled' ? release.scheduledAt : release.status === 'published' ? release.publishedAt : null
const instant = (iso: string) => new Date(iso).getTime()
const searchable = new Map(seeded.map((release) => [release.id, searchableText(releaseSearchWords(release))]))

function matches(query: ReleaseFilters): (release: StoredRelease) => boolean {
  const words = query.q ? searchWords(query.q) : []
  const languages = query.language ? new Set(query.language.split(',')) : null
  const translated = query.missingLanguage
    ? new Set(seeded.filter((release) => release.language === query.missingLanguage).map(family))
    : null
  return (release) => {
    const time = publication(release)
    return (
      (!query.status || release.status === query.status) &&
      (!languages || languages.has(release.language)) &&
      (!translated || !translated.has(family(release))) &&
      (!query.type || release.type === query.type) &&
      (!query.fieldOfWork || release.fieldOfWorkIds.includes(query.fieldOfWork)) &&
      (!query.state || release.stateIds.includes(query.state)) &&
      (!query.fieldOperation ||
        (query.fieldOperation === 'none'
          ? release.fieldOperationIds.length === 0
          : release.fieldOperationIds.includes(query.fieldOperation))) &&
      (!query.source || release.sourceIds.includes(query.source)) &&
      (!query.author || release.authorId === query.author) &&
      (!query.from || release.dateline.date >= query.from) &&
      (!query.to || release.dateline.date <= query.to) &&
      (!(query.publishFrom || query.publishTo) ||
        (time !== null &&
          (!query.publishFrom || instant(time) >= instant(query.publishFrom)) &&
          (!query.publishTo || instant(time) < instant(query.publishTo)))) &&
      matchesSearch(searchable.get(release.id)!, words)
    )
  }
}

const plain = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const byId: Comparator<StoredRelease> = (a, b) => plain(a.id, b.id)
const byTitle: Comparator<StoredRelease> = (a, b) => compareText(a.title, b.title)
const comparators: Record<string, Comparator<StoredRelease>> = {
  dateline: (a, b) => plain(a.dateline.date, b.dateline.date) || byTitle(a, b),
  updatedAt: (a, b) => plain(a.updatedAt, b.updatedAt),
  title: byTitle,
  submittedAt: (a, b) => plain(a.submittedAt ?? '', b.submittedAt ?? ''),
  publishedAt: (a, b) => plain(a.publishedAt ?? '', b.publishedAt ?? ''),
  publication: Object.assign(
    (a: StoredRelease, b: StoredRelease) => instant(publication(a) ?? '') - instant(publication(b) ?? ''),
    { present: (release: StoredRelease) => publication(release) !== null },
  ),
  status: (a, b) => releaseStatuses.indexOf(a.status) - releaseStatuses.indexOf(b.status),
}
const sorted = (items: StoredRelease[], sort: string) => sortItems(items, sort, comparators, byId)

function representatives(query: ReleaseFilters): StoredRelease[] {
  const chosen = new Map<string, StoredRelease>()
  for (const release of seeded.filter(matches(query))) {
    const current = chosen.get(family(release))
    const before =
      !current ||
      (current.originalId ? !release.originalId || release.language.localeCompare(current.language) < 0 : false)
    if (before) chosen.set(family(release), release)
  }
  return [...chosen.values()]
}

function expectedCounts(query: ReleaseCountsQuery & ReleaseFilters) {
  const matching = seeded.filter(matches(query))
  const counts = Object.fromEntries(releaseStatuses.map((status) => [status, 0]))
  if (query.group !== 'family') {
    for (const release of matching) counts[release.status]! += 1
    return { counts, total: matching.length }
  }
  const statuses = new Map<string, Set<string>>()
  for (const release of matching)
    statuses.set(family(release), (statuses.get(family(release)) ?? new Set()).add(release.status))
  for (const set of statuses.values()) for (const status of set) counts[status]! += 1
  return { counts, total: statuses.size }
}

const ids = (items: ReadonlyArray<Pick<StoredRelease, 'id'>>) => items.map((release) => release.id)
const firstScheduled = seeded.find((release) => release.status === 'scheduled')!
const firstTranslated = seeded.find((release) => release.originalId)!

/** Queries that between them use every filter, alone and together. */
const queries: ReleaseListInput[] = [
  {},
  { status: 'published' },
  { type: 'news-item' },
  { language: 'ru' },
  { language: 'ru,sq' },
  { missingLanguage: 'ru' },
  { fieldOfWork: 'field-of-work-human-rights' },
  { state: 'state-tj' },
  { fieldOperation: 'none' },
  { fieldOperation: 'field-operation-programme-office-in-dushanbe' },
  { source: 'structure-chairpersonship' },
  { author: 'user-editor-amra' },
  { from: '2025-01-01', to: '2025-12-31' },
  { publishFrom: '2024-01-01T00:00:00+01:00', publishTo: firstScheduled.scheduledAt! },
  { publishFrom: '2026-11-25T17:00:00Z' },
  { q: 'border' },
  { q: 'Душанбе' },
  { q: 'programme office', status: 'published', language: 'en' },
  { q: 'zzzz' },
  { state: 'state-tj', type: 'press-release', from: '2024-01-01', missingLanguage: 'ru' },
]

describe.each(testEngines)('the release list in SQL on %s', (_engine, open) => {
  let opened: OpenedDatabase
  let storage: Storage
  beforeAll(async () => {
    opened = await open()
    storage = createSqlStorage(opened, { sessionLifetimeMs: 3_600_000 })
    await seedIfEmpty(opened.db, { releases: RELEASES })
  }, OPENING)
  afterAll(() => opened.close())

  it('sorts by every key, both ways, ties by id, as the mock does', async () => {
    for (const key of releaseSortKeys) {
      for (const sort of [key, `-${key}`]) {
        const query = releaseListQuerySchema.parse({ sort })
        expect({ sort, ids: ids(await storage.releases.all(query)) }).toEqual({ sort, ids: ids(sorted(seeded, sort)) })
      }
    }
  })

  it('filters as the mock does, each filter alone and with others', async () => {
    for (const input of queries) {
      const query = releaseListQuerySchema.parse({ ...input, sort: 'title' })
      const expected = ids(sorted(seeded.filter(matches(query)), query.sort))
      expect({ input, ids: ids(await storage.releases.all(query)) }).toEqual({ input, ids: expected })
    }
    expect(firstTranslated).toBeDefined()
  })

  it('cuts pages, and counts every match on each', async () => {
    const expected = ids(sorted(seeded.filter(matches({ status: 'published' })), '-updatedAt'))
    for (const page of [1, 2, 7, 1000]) {
      const query = releaseListQuerySchema.parse({ status: 'published', page, pageSize: 25 })
      const answer = await storage.releases.list(query)
      expect(ids(answer.items)).toEqual(expected.slice((page - 1) * 25, page * 25))
      expect(answer.total).toBe(expected.length)
    }
  })

  it('counts up to a limit when asked, and says when more match', async () => {
    for (const input of [
      { fieldOperation: 'field-operation-programme-office-in-dushanbe' },
      { status: 'published', q: 'osce' },
    ] as ReleaseListInput[]) {
      const versions = seeded.filter(matches(input)).length
      const families = representatives(releaseListQuerySchema.parse({ ...input, group: 'family' })).length
      expect(Math.min(versions, families)).toBeGreaterThan(3)
      for (const [of, exact] of [
        ['versions', versions],
        ['families', families],
      ] as const) {
        const query = releaseListQuerySchema.parse({ ...input, group: of === 'families' ? 'family' : undefined })
        const listed = (limit: number) =>
          of === 'families' ? storage.releases.listFamilies(query, limit) : storage.releases.list(query, limit)
        for (const [limit, total, totalCapped] of [
          [exact - 3, exact - 3, true],
          [exact - 1, exact - 1, true],
          [exact, exact, false],
          [exact + 5, exact, false],
        ] as const) {
          const { total: answered, totalCapped: capped } = await listed(limit)
          expect({ input, of, limit, total: answered, totalCapped: capped }).toEqual({
            input,
            of,
            limit,
            total,
            totalCapped,
          })
        }
      }
    }
  })

  it('lists each family once, by the version that stands for it', async () => {
    for (const input of [
      ...queries,
      { sort: 'dateline' },
      { sort: '-publication', language: 'ru' },
    ] as ReleaseListInput[]) {
      const query = releaseListQuerySchema.parse({ pageSize: 100, sort: 'dateline', ...input, group: 'family' })
      const expected = sorted(representatives(query), query.sort)
      const answer = await storage.releases.listFamilies(query)
      expect({ input, ids: ids(answer.items), total: answer.total }).toEqual({
        input,
        ids: ids(expected.slice(0, 100)),
        total: expected.length,
      })
    }
  })

  it('counts per status, versions or families, in one answer', async () => {
    for (const input of queries) {
      for (const group of [undefined, 'family'] as const) {
        const { status: _status, ...rest } = input
        const query = releaseCountsQuerySchema.parse({ ...rest, group })
        expect({ input, group, ...(await storage.releases.counts(query)) }).toEqual({
          input,
          group,
          ...expectedCounts(query),
        })
      }
    }
  })
})
