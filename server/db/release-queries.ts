/**
 * The releases' named queries of the storage port (`ReleaseQueries` in server/core/storage.ts)
 * in SQL. Their meaning is the contract's; the mock runs the same ones in memory
 * (mocks/storage/release-queries.ts), and the differential test holds the two together.
 */
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm'
import type { ListedRelease, ReleaseQueries } from '../core/storage'
import { codecs } from './codecs'
import type { Executor } from './connect'
import {
  allReleases,
  countReleases,
  decodeListed,
  familyKey,
  listedColumns,
  listFamilies,
  listReleases,
} from './release-list'
import { releases } from './schema'

/** The original first, then its translations by language code, as a release's `versions` lists them. */
const versionOrder = (a: ListedRelease, b: ListedRelease) =>
  !a.originalId ? -1 : !b.originalId ? 1 : a.language.localeCompare(b.language)

/** The array column of each reference field a release lists. */
const referenceArrays = {
  stateIds: releases.stateIds,
  fieldOfWorkIds: releases.fieldOfWorkIds,
  fieldOperationIds: releases.fieldOperationIds,
  sourceIds: releases.sourceIds,
} as const

/** Each release under its family's key, the family's versions in their order (the original, then by language code). */
function byFamily<R extends ListedRelease>(rows: ReadonlyArray<{ family: string; release: R }>): Map<string, R[]> {
  const families = new Map<string, R[]>()
  for (const { family, release } of rows) {
    const versions = families.get(family)
    if (versions) versions.push(release)
    else families.set(family, [release])
  }
  for (const versions of families.values()) versions.sort(versionOrder)
  return families
}

export function releaseQueries(db: Executor): ReleaseQueries {
  const codec = codecs.releases
  /** Every version of the families named, with the family's key beside each row. */
  const familyRows = <C extends Record<string, unknown>>(columns: C, originalIds: readonly string[]) =>
    db
      .select({ ...(columns as typeof listedColumns), family: familyKey })
      .from(releases)
      .where(inArray(familyKey, [...originalIds]))
  return {
    list: (query, countLimit) => listReleases(db, query, countLimit),
    listFamilies: (query, countLimit) => listFamilies(db, query, countLimit),
    all: (query) => allReleases(db, query),
    counts: (query) => countReleases(db, query),

    async families(originalIds) {
      const rows = originalIds.length === 0 ? [] : await familyRows(codec.columns, originalIds)
      return byFamily(rows.map(({ family, ...row }) => ({ family, release: codec.fromRow(row as never) })))
    },

    async versionsOf(originalIds) {
      const rows = originalIds.length === 0 ? [] : await familyRows(listedColumns, originalIds)
      return byFamily(decodeListed(rows).map((release, index) => ({ family: rows[index]!.family, release })))
    },

    async due(at) {
      const rows = await db
        .select({ id: releases.id })
        .from(releases)
        .where(and(eq(releases.status, 'scheduled'), lte(releases.scheduledAt, at)))
        .orderBy(asc(releases.scheduledAt), asc(releases.id))
      return rows.map((row) => row.id)
    },

    async referencing(field, id) {
      const condition =
        field === 'language'
          ? // Releases name their language by its code: `id` is the language's code here.
            eq(releases.language, id)
          : sql`${referenceArrays[field]} @> ARRAY[${id}]::text[]`
      const [row] = await db
        .select({ count: sql<number>`count(*)::int` })
        .from(releases)
        .where(condition)
      return row?.count ?? 0
    },
  }
}
