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
import type { PgColumn } from 'drizzle-orm/pg-core'
import type { StoredRelease } from '../core/records'
import type { ReleaseFilters, ReleaseListQuery, StatusCounts, StoredPage } from '../core/storage'
import { codecs } from './codecs'
import type { Executor } from './connect'
import { searchCondition } from './release-search'
import { releases, titleOrder } from './schema'

/** The id a family goes by: its original's (decision 0020), as `releases_family_idx` indexes it. */
export const familyKey = sql<string>`coalesce(${releases.originalId}, ${releases.id})`

/** When it goes or went out: scheduledAt while scheduled, publishedAt once published; else NULL. */
const publicationTime = sql`(CASE ${releases.status} WHEN 'scheduled' THEN ${releases.scheduledAt} WHEN 'published' THEN ${releases.publishedAt} END)`

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

/** The filters of a list as one condition (undefined: every release). */
export function releaseCondition(query: ReleaseFilters): SQL | undefined {
  const when = (value: string | undefined, condition: (value: string) => SQL | undefined) =>
    value ? condition(value) : undefined
  return and(
    when(query.status, (status) => eq(releases.status, status)),
    when(query.type, (type) => eq(releases.type, type)),
    // One code or several (`en,fr`), already checked and canonical by the contract.
    when(query.language, (codes) => inArray(releases.language, codes.split(languageCodeSeparator))),
    when(
      query.missingLanguage,
      (code) =>
        sql`NOT EXISTS (SELECT 1 FROM ${releases} AS other WHERE coalesce(other.original_id, other.id) = ${familyKey} AND other.language = ${code})`,
    ),
    when(query.fieldOfWork, (id) => contains(releases.fieldOfWorkIds, id)),
    when(query.state, (id) => contains(releases.stateIds, id)),
    when(query.fieldOperation, (id) =>
      id === noFieldOperation
        ? sql`${releases.fieldOperationIds} = '{}'::text[]`
        : contains(releases.fieldOperationIds, id),
    ),
    when(query.source, (id) => contains(releases.sourceIds, id)),
    when(query.author, (id) => eq(releases.authorId, id)),
    when(query.from, (day) => gte(releases.datelineDate, day)),
    when(query.to, (day) => lte(releases.datelineDate, day)),
    // A range (either end) keeps only the releases with a publication time, in [from, to).
    when(query.publishFrom, (instant) => sql`${publicationTime} >= ${instantSql(new Date(instant))}`),
    when(query.publishTo, (instant) => sql`${publicationTime} < ${instantSql(new Date(instant))}`),
    searchCondition(query.q),
  )
}

/** `ids @> ARRAY[id]`: what the GIN index of an id array answers. */
const contains = (column: PgColumn, id: string) => sql`${column} @> ARRAY[${id}]::text[]`

/** The workflow's order of the statuses: draft, in review, … withdrawn. */
const statusRank = sql`array_position(ARRAY[${sql.join(
  releaseStatuses.map((status) => sql`${status}`),
  sql`, `,
)}]::text[], ${releases.status})`

/**
 * ORDER BY for `sort` ("key" or "-key"), then id: descending reverses the tie-break too, as the
 * mock's sort does. Each key sorts as its comparator in the mock: missing times as '' (first
 * ascending, last descending), the publication time missing last either way.
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
      return [direction(statusRank), byId]
    case 'submittedAt':
      return [nullsFirstAscending(releases.submittedAt), byId]
    case 'publishedAt':
      return [nullsFirstAscending(releases.publishedAt), byId]
    case releasePublicationKey:
      return [sql`${publicationTime} IS NULL`, direction(publicationTime), byId]
    case 'updatedAt':
      return [direction(releases.updatedAt), byId]
    default:
      return [byId]
  }
}

const decode = (rows: unknown[]): StoredRelease[] => rows.map((row) => codecs.releases.fromRow(row as never))

/** The matching versions, sorted and cut to the page; `total` counts them all. */
export async function listReleases(db: Executor, query: ReleaseListQuery): Promise<StoredPage> {
  const condition = releaseCondition(query)
  const [rows, [counted]] = await Promise.all([
    db
      .select(codecs.releases.columns)
      .from(releases)
      .where(condition)
      .orderBy(...releaseOrder(query.sort))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(releases).where(condition),
  ])
  return { items: decode(rows), total: counted?.total ?? 0 }
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

/**
 * Each family once: of its matching versions, the one that stands for it (the original if it
 * matches, else its first matching translation by language code), sorted and cut as a list;
 * `total` counts the families.
 */
export async function listFamilies(db: Executor, query: ReleaseListQuery): Promise<StoredPage> {
  const condition = releaseCondition(query)
  // No filter (the app's first page): a family's original stands for it, and the page is an
  // indexed list of the originals (29.5 s at a million versions by the query below, which sorts
  // every version; bench/README.md). A family whose original was deleted (a draft may be) is
  // stood for by its first translation by language code, as below.
  if (condition === undefined) {
    const originals = sql`(${isNull(releases.originalId)} OR (NOT EXISTS (SELECT 1 FROM ${releases} AS original WHERE original.id = ${releases.originalId}) AND NOT EXISTS (SELECT 1 FROM ${releases} AS sibling WHERE sibling.original_id = ${releases.originalId} AND sibling.language COLLATE language_order < ${releases.language} COLLATE language_order)))`
    const [rows, [counted]] = await Promise.all([
      db
        .select(codecs.releases.columns)
        .from(releases)
        .where(originals)
        .orderBy(...releaseOrder(query.sort))
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize),
      db.select({ total: count() }).from(releases).where(originals),
    ])
    return { items: decode(rows), total: counted?.total ?? 0 }
  }
  const representatives = db
    .selectDistinctOn([familyKey], { id: releases.id })
    .from(releases)
    .where(condition)
    .orderBy(familyKey, sql`${releases.originalId} IS NOT NULL`, sql`${releases.language} COLLATE language_order`)
  const [rows, [counted]] = await Promise.all([
    db
      .select(codecs.releases.columns)
      .from(releases)
      .where(inArray(releases.id, representatives))
      .orderBy(...releaseOrder(query.sort))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ total: countDistinct(familyKey) })
      .from(releases)
      .where(condition),
  ])
  return { items: decode(rows), total: counted?.total ?? 0 }
}

/**
 * Per status, how many versions match (grouped: how many families have a matching version in
 * it, so a family may count in two), and how many match in all: one query, by grouping sets.
 */
export async function countReleases(db: Executor, query: ReleaseFilters & { group?: 'family' }): Promise<StatusCounts> {
  const counted = query.group === 'family' ? countDistinct(familyKey) : count()
  const rows = await db
    .select({ status: releases.status, n: counted })
    .from(releases)
    .where(releaseCondition(query))
    .groupBy(sql`GROUPING SETS ((${releases.status}), ())`)
  const counts = Object.fromEntries(releaseStatuses.map((status) => [status, 0])) as Record<ReleaseStatus, number>
  let total = 0
  for (const row of rows) {
    if (row.status === null) total = row.n
    else if (row.status in counts) counts[row.status as ReleaseStatus] = row.n
  }
  return { counts, total }
}
