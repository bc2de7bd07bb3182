/**
 * The releases' named queries of the storage port (`ReleaseQueries` in server/core/storage.ts)
 * in SQL. Their meaning is the contract's; the mock runs the same ones in memory
 * (mocks/storage/release-queries.ts), and the differential test holds the two together.
 */
import { and, asc, eq, lte, sql } from 'drizzle-orm'
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
import { prepared } from './prepared'
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
  /** Every version of the families named, with the family's key beside each row (`of`: which columns). */
  const familyRows = (of: 'whole' | 'listed', originalIds: readonly string[]) =>
    prepared(db, `newsroom_family_rows_${of}`, () =>
      db
        .select({ ...(of === 'whole' ? codec.columns : listedColumns), family: familyKey })
        .from(releases)
        .where(sql`${familyKey} = ANY(${sql.placeholder('ids')}::text[])`)
        .prepare(`newsroom_family_rows_${of}`),
    ).execute({ ids: [...originalIds] }) as Promise<Array<Record<string, unknown> & { family: string }>>
  return {
    list: (query, countLimit) => listReleases(db, query, countLimit),
    listFamilies: (query, countLimit) => listFamilies(db, query, countLimit),
    all: (query) => allReleases(db, query),
    counts: (query) => countReleases(db, query),

    async families(originalIds) {
      const rows = originalIds.length === 0 ? [] : await familyRows('whole', originalIds)
      return byFamily(rows.map(({ family, ...row }) => ({ family, release: codec.fromRow(row as never) })))
    },

    async versionsOf(originalIds) {
      const rows = originalIds.length === 0 ? [] : await familyRows('listed', originalIds)
      return byFamily(decodeListed(rows).map((release, index) => ({ family: rows[index]!.family, release })))
    },

    async listed(ids) {
      if (ids.length === 0) return new Map()
      const statement = prepared(db, 'newsroom_listed', () =>
        db
          .select(listedColumns)
          .from(releases)
          .where(sql`${releases.id} = ANY(${sql.placeholder('ids')}::text[])`)
          .prepare('newsroom_listed'),
      )
      const rows = decodeListed(await statement.execute({ ids: [...ids] }))
      return new Map(rows.map((release) => [release.id, release]))
    },

    // Asked before every request: prepared.
    async due(at) {
      const statement = prepared(db, 'newsroom_due', () =>
        db
          .select({ id: releases.id })
          .from(releases)
          .where(and(eq(releases.status, 'scheduled'), lte(releases.scheduledAt, sql.placeholder('at'))))
          .orderBy(asc(releases.scheduledAt), asc(releases.id))
          .prepare('newsroom_due'),
      )
      const rows = (await statement.execute({ at })) as Array<{ id: string }>
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
