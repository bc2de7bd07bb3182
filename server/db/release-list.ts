/**
 * The release list's filters and sorts in SQL: `releaseListQuerySchema` of the contract, as the
 * mock runs it in memory (mocks/storage/release-queries.ts: its filter, its comparators, its
 * family representatives and counts). Each filter and sort has its index (`schema.ts`).
 */
import { and, asc, count, countDistinct, desc, eq, gte, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm'
import {
  languageCodeSeparator,
  noFieldOperation,
  releasePublicationKey,
  releaseStatuses,
  type ReleaseStatus,
} from '../../src/api/contract'
import { alias, PgTransaction, type PgColumn } from 'drizzle-orm/pg-core'
import type { StoredRelease } from '../core/records'
import { cappedTotal } from '../core/release-total'
import type { ListedRelease, ReleaseFilters, ReleaseListQuery, StatusCounts, StoredPage } from '../core/storage'
import { codecs } from './codecs'
import type { Executor } from './connect'
import { searchCondition } from './release-search'
import { prepared } from './prepared'
import { publicationTimeOf, releaseCounts, releases, statusRank, titleOrder } from './schema'

/** The columns a condition reads: of `releases`, or of an alias of it (another version of the family). */
type Version = Record<
  | 'id'
  | 'originalId'
  | 'status'
  | 'type'
  | 'language'
  | 'fieldOfWorkIds'
  | 'stateIds'
  | 'fieldOperationIds'
  | 'sourceIds'
  | 'authorId'
  | 'datelineDate'
  | 'scheduledAt'
  | 'publishedAt'
  | 'search',
  PgColumn
>

/** The id a family goes by: its original's (decision 0020), as `releases_family_idx` indexes it. */
const familyKeyOf = (version: Version) => sql<string>`coalesce(${version.originalId}, ${version.id})`
export const familyKey = familyKeyOf(releases)

const publicationTime = publicationTimeOf(releases)

/**
 * An instant as SQL, to the millisecond, for any instant the contract's format allows: its years
 * 0000-9999 with an offset of up to 23:59 reach a year either side, and a Date sent as a
 * parameter is ISO text that PostgreSQL refuses there ("+010000-01-01T…"; PGlite failed the
 * query, a 500 the hostile-requests property found). Whole seconds since the epoch, then the
 * milliseconds: both exact.
 */
function instantSql(date: Date): SQL {
  const seconds = Math.floor(date.getTime() / 1000)
  return sql`(to_timestamp(${seconds}::double precision) + ${date.getTime() - seconds * 1000}::int * interval '1 millisecond')`
}

/**
 * The filters of a list as one condition on `version` (undefined: every release).
 * `statusOnRows`: the status is checked on the rows the other filters find, not asked of its
 * index (see `countUpTo`).
 */
export function releaseCondition(
  query: ReleaseFilters,
  version: Version = releases,
  { statusOnRows = false } = {},
): SQL | undefined {
  const when = (value: string | undefined, condition: (value: string) => SQL | undefined) =>
    value ? condition(value) : undefined
  return and(
    when(query.status, (status) =>
      statusOnRows ? sql`(${version.status} = ${status}) IS TRUE` : eq(version.status, status),
    ),
    when(query.type, (type) => eq(version.type, type)),
    // One code or several (`en,fr`), already checked and canonical by the contract.
    when(query.language, (codes) => inArray(version.language, codes.split(languageCodeSeparator))),
    when(
      query.missingLanguage,
      (code) =>
        sql`NOT EXISTS (SELECT 1 FROM ${releases} AS other WHERE coalesce(other.original_id, other.id) = ${familyKeyOf(version)} AND other.language = ${code})`,
    ),
    when(query.fieldOfWork, (id) => contains(version.fieldOfWorkIds, id)),
    when(query.state, (id) => contains(version.stateIds, id)),
    when(query.fieldOperation, (id) =>
      id === noFieldOperation
        ? sql`${version.fieldOperationIds} = '{}'::text[]`
        : contains(version.fieldOperationIds, id),
    ),
    when(query.source, (id) => contains(version.sourceIds, id)),
    when(query.author, (id) => eq(version.authorId, id)),
    when(query.from, (day) => gte(version.datelineDate, day)),
    when(query.to, (day) => lte(version.datelineDate, day)),
    // A range (either end) keeps only the releases with a publication time, in [from, to).
    when(query.publishFrom, (instant) => sql`${publicationTimeOf(version)} >= ${instantSql(new Date(instant))}`),
    when(query.publishTo, (instant) => sql`${publicationTimeOf(version)} < ${instantSql(new Date(instant))}`),
    searchCondition(query.q, version.search),
  )
}

/** `ids @> ARRAY[id]`: what the GIN index of an id array answers. */
const contains = (column: PgColumn, id: string) => sql`${column} @> ARRAY[${id}]::text[]`

/**
 * ORDER BY for `sort` ("key" or "-key"), then id: descending reverses the tie-break too, as the
 * mock's sort does. Each key sorts as its comparator in the mock: missing times as '' (first
 * ascending, last descending), the publication time missing last either way. Each is the
 * expression an index of `schema.ts` holds in that order, so that a page reads its rows in
 * order and stops.
 */
export function releaseOrder(sort: string): SQL[] {
  const descending = sort.startsWith('-')
  const key = descending ? sort.slice(1) : sort
  const direction = descending ? desc : asc
  const nullsFirstAscending = (column: SQL | typeof releases.submittedAt) =>
    descending ? sql`${column} DESC NULLS LAST` : sql`${column} ASC NULLS FIRST`
  const byId = direction(releases.id)
  switch (key) {
    case 'dateline':
      return [direction(releases.datelineDate), direction(titleOrder(releases.title)), byId]
    case 'title':
      return [direction(titleOrder(releases.title)), byId]
    case 'status':
      return [direction(statusRank(releases.status)), byId]
    case 'submittedAt':
      return [nullsFirstAscending(releases.submittedAt), byId]
    case 'publishedAt':
      return [nullsFirstAscending(releases.publishedAt), byId]
    case releasePublicationKey:
      // Missing last either way; among them by id, in the sort's direction.
      return [descending ? sql`${publicationTime} DESC NULLS LAST` : sql`${publicationTime} ASC NULLS LAST`, byId]
    case 'updatedAt':
      return [direction(releases.updatedAt), byId]
    default:
      return [byId]
  }
}

const decode = (rows: unknown[]): StoredRelease[] => rows.map((row) => codecs.releases.fromRow(row as never))

/**
 * A release's columns but its body, which no list answers: a page's bodies (HTML, kilobytes
 * each) were most of what its queries carried and parsed, for nothing.
 */
const { body: _body, ...listedColumns } = codecs.releases.columns
export { listedColumns }
/** Rows of `listedColumns` as listed releases. */
export const decodeListed = (rows: unknown[]): ListedRelease[] =>
  rows.map((row) => {
    const { body: _unread, ...listed } = codecs.releases.fromRow({ ...(row as object), body: '' } as never)
    return listed
  })

/**
 * Runs a page's query and its count: side by side on a pool (two connections), one after the
 * other inside a transaction (one connection: pg warns of queries sent on it together).
 */
async function both<A, B>(db: Executor, first: () => Promise<A>, second: () => Promise<B>): Promise<[A, B]> {
  if (db instanceof PgTransaction) return [await first(), await second()]
  return Promise.all([first(), second()])
}

/**
 * The trigger-kept counts (`release_counts`) when the filters ask at most a status, which they
 * answer exactly; undefined when they ask more (the caller counts in SQL).
 */
async function keptCounts(db: Executor, query: ReleaseFilters): Promise<KeptCounts | undefined> {
  if (releaseCondition({ ...query, status: undefined }) !== undefined) return undefined
  const statement = prepared(db, 'newsroom_release_counts', () =>
    db.select().from(releaseCounts).prepare('newsroom_release_counts'),
  )
  const rows = (await statement.execute()) as Array<typeof releaseCounts.$inferSelect>
  const kept: KeptCounts = new Map(rows.map((row) => [row.status, row]))
  return kept
}
type KeptCounts = Map<string, { versions: number; families: number; originals: number }>
/** The row of status '' counts every release. */
const everyStatus = ''
const kept = (counts: KeptCounts, status: string | undefined, of: 'versions' | 'families') =>
  counts.get(status ?? everyStatus)?.[of] ?? 0

/**
 * How many rows match `where`, counting no further than `limit + 1` (undefined: all): the
 * answer for a filtered list's total (release-total.ts). A status held by most releases made
 * PostgreSQL AND the bitmap of its index (600,000 rows, 50 ms) with the other filters' before
 * reading a single row, however few it then counted; so the status is checked on the rows
 * (`statusOnRows`) and the other filters' indexes find them.
 */
async function countUpTo(db: Executor, where: SQL | undefined, limit: number | undefined): Promise<number> {
  const matches = db
    .select({ one: sql`1` })
    .from(releases)
    .where(where)
  const [counted] = await db
    .select({ total: count() })
    .from((limit === undefined ? matches : matches.limit(limit + 1)).as('matches'))
  return counted?.total ?? 0
}

/**
 * A page of every version, or of every original, with no filter (the app's first page is one):
 * prepared per sort, its page and size the values, since lists are most of what the server
 * answers and building their SQL was a good part of a list's time.
 */
function unfilteredPage(db: Executor, of: 'versions' | 'originals', query: ReleaseListQuery) {
  const name = `newsroom_page_${of}_${query.sort}`
  return prepared(db, name, () =>
    db
      .select(listedColumns)
      .from(releases)
      .where(of === 'originals' ? isNull(releases.originalId) : undefined)
      .orderBy(...releaseOrder(query.sort))
      .limit(sql.placeholder('limit'))
      .offset(sql.placeholder('offset'))
      .prepare(name),
  ).execute({ limit: query.pageSize, offset: (query.page - 1) * query.pageSize })
}

/** The matching versions, sorted and cut to the page; `total` counts them all (up to `countLimit`). */
export async function listReleases(db: Executor, query: ReleaseListQuery, countLimit?: number): Promise<StoredPage> {
  const condition = releaseCondition(query)
  const [rows, total] = await both(
    db,
    () =>
      condition === undefined
        ? unfilteredPage(db, 'versions', query)
        : db
            .select(listedColumns)
            .from(releases)
            .where(condition)
            .orderBy(...releaseOrder(query.sort))
            .limit(query.pageSize)
            .offset((query.page - 1) * query.pageSize),
    async () => {
      const counts = await keptCounts(db, query)
      if (counts) return kept(counts, query.status, 'versions')
      return countUpTo(db, releaseCondition(query, releases, { statusOnRows: true }), countLimit)
    },
  )
  return { items: decodeListed(rows), ...cappedTotal(total, countLimit) }
}

/** Every matching version, sorted (the export: versions either way, no page). */
export async function allReleases(
  db: Executor,
  query: Omit<ReleaseListQuery, 'page' | 'pageSize'>,
): Promise<StoredRelease[]> {
  return decode(
    await db
      .select(codecs.releases.columns)
      .from(releases)
      .where(releaseCondition(query))
      .orderBy(...releaseOrder(query.sort)),
  )
}

/** Another version of the family, in a query that compares a matching release with the rest of its family. */
const better = alias(releases, 'better')

/**
 * The matching release (of `releases`) stands for its family: it is the original, or no
 * version that stands before it (the original, or a translation first by language code)
 * matches too. Asked of the family's few rows by `releases_family_idx`, for each matching
 * translation only: a list can then be read in the order of its sort's index and stop at the
 * page, instead of choosing every family's representative before sorting (29.5 s, then 1.9 s
 * filtered, at a million versions). `missingLanguage` asks of the family, not the version:
 * every version of a matching release's family meets it, so it is not asked again.
 */
function standsForFamily(query: ReleaseFilters): SQL {
  const matches = releaseCondition({ ...query, missingLanguage: undefined }, better)
  return sql`(${releases.originalId} IS NULL OR NOT EXISTS (SELECT 1 FROM ${releases} AS ${sql.identifier('better')} WHERE ${familyKeyOf(better)} = ${releases.originalId} AND (${better.originalId} IS NULL OR ${better.language} COLLATE language_order < ${releases.language} COLLATE language_order)${matches ? sql` AND ${matches}` : sql``}))`
}

/**
 * Each family once: of its matching versions, the one that stands for it (the original if it
 * matches, else its first matching translation by language code), sorted and cut as a list;
 * `total` counts the families: the kept counts when at most a status is asked (a family with a
 * version in it has exactly one representative), else the representatives counted in SQL.
 */
export async function listFamilies(db: Executor, query: ReleaseListQuery, countLimit?: number): Promise<StoredPage> {
  const page = (where: SQL | undefined) =>
    db
      .select(listedColumns)
      .from(releases)
      .where(where)
      .orderBy(...releaseOrder(query.sort))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
  if (releaseCondition(query) === undefined) {
    // No filter, and every family has its original: the originals are the families, read from
    // their own indexes (a family whose original is gone is stood for by a translation: below).
    const all = (await keptCounts(db, query))?.get(everyStatus)
    if (all && all.families === all.originals)
      return {
        items: decodeListed(await unfilteredPage(db, 'originals', query)),
        total: all.families,
        totalCapped: false,
      }
  }
  const [rows, total] = await both(
    db,
    () => page(and(releaseCondition(query), standsForFamily(query))),
    async () => {
      const counts = await keptCounts(db, query)
      if (counts) return kept(counts, query.status, 'families')
      const representative = and(releaseCondition(query, releases, { statusOnRows: true }), standsForFamily(query))
      return countUpTo(db, representative, countLimit)
    },
  )
  return { items: decodeListed(rows), ...cappedTotal(total, countLimit) }
}

/**
 * Per status, how many versions match (grouped: how many families have a matching version in
 * it, so a family may count in two), and how many match in all. With no filter, the kept
 * counts; else one query, by grouping sets.
 */
export async function countReleases(db: Executor, query: ReleaseFilters & { group?: 'family' }): Promise<StatusCounts> {
  const of = query.group === 'family' ? 'families' : 'versions'
  const counts = Object.fromEntries(releaseStatuses.map((status) => [status, 0])) as Record<ReleaseStatus, number>
  const stored = query.status ? undefined : await keptCounts(db, query)
  if (stored) {
    for (const status of releaseStatuses) counts[status] = kept(stored, status, of)
    return { counts, total: kept(stored, undefined, of) }
  }
  const counted = query.group === 'family' ? countDistinct(familyKey) : count()
  const rows = await db
    .select({ status: releases.status, n: counted })
    .from(releases)
    .where(releaseCondition(query))
    .groupBy(sql`GROUPING SETS ((${releases.status}), ())`)
  let total = 0
  for (const row of rows) {
    if (row.status === null) total = row.n
    else if (row.status in counts) counts[row.status as ReleaseStatus] = row.n
  }
  return { counts, total }
}
