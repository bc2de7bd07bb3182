/**
 * The reports of the storage port (`ReportQueries` in server/core/storage.ts) in SQL: each
 * counts, groups and picks its order statistics in PostgreSQL, so no report reads the
 * releases or their histories into this process. Their meaning is the pure functions of
 * server/core/reports/ (which the mock runs); the differential test holds the two together.
 *
 * What SQL answers is exact and what JavaScript would compute from it is computed here the same
 * way: instants are compared as milliseconds (integers), the middle and the 90th-percentile
 * values are picked by rank in SQL (`percentile_disc` ranks as the core's nearest rank does), and
 * the hours, the median of two middles and the rounding to one decimal are done here with the
 * core's own float operations. Names are sorted here with `localeCompare`, as the core sorts them.
 */
import { sql } from 'drizzle-orm'
import type { ReportQueries } from '../core/storage'
import { byCountThenName, lastMonths } from '../core/reports/compute'
import { queryRows, type Executor } from './connect'

const HOUR = 3_600_000
const oneDecimal = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10)

/** The months of a report and its period: the first instant of its first month to the first of the month after `now` (UTC). */
export function reportPeriod(now: Date, months: number) {
  const keys = lastMonths(now, months)
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1), 1))
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1))
  return { keys, start, end }
}

/** A month's key as the core writes it ('YYYY-MM'), from the year and month SQL extracted. */
const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`

/** The UTC year and month of an instant column, as two integer columns `year` and `month`. */
const yearAndMonth = (column: ReturnType<typeof sql.raw>) =>
  sql`extract(year FROM ${column} AT TIME ZONE 'UTC')::int AS year, extract(month FROM ${column} AT TIME ZONE 'UTC')::int AS month`

/** Milliseconds from `from` to `to`, exact (a bigint; both instants are kept to the millisecond). */
const millisecondsBetween = (from: string, to: string) =>
  sql.raw(`round((extract(epoch FROM ${to}) - extract(epoch FROM ${from})) * 1000)::bigint`)

/**
 * The median of values given by their two middle values (the same one twice for an odd count),
 * as the core's `median` computes it over hours.
 */
const medianHours = (lowerMs: number, upperMs: number) => (lowerMs / HOUR + upperMs / HOUR) / 2

/** A bigint or numeric column answered as text by the driver, as a number (milliseconds fit a double). */
const numberOf = (value: string | number | null) => (value === null ? null : Number(value))

export function reportQueries(db: Executor): ReportQueries {
  /** Every record of a reference table with how many releases published now list its id in `idsColumn`. */
  async function perReference(table: 'field_operations' | 'fields_of_work', idsColumn: string) {
    const rows = await queryRows<{ id: string; name: string; count: number }>(
      db,
      sql`
        WITH counted AS (
          SELECT named.id, count(*)::int AS count
          FROM releases, unnest(releases.${sql.raw(idsColumn)}) AS named(id)
          WHERE releases.status = 'published' AND releases.published_at IS NOT NULL
          GROUP BY named.id
        )
        SELECT reference.id, reference.name, coalesce(counted.count, 0)::int AS count
        FROM ${sql.raw(table)} AS reference
        LEFT JOIN counted ON counted.id = reference.id
        ORDER BY reference.seq`,
    )
    return rows.toSorted(byCountThenName)
  }

  return {
    async publishedPerMonth(now, months) {
      const { keys, start, end } = reportPeriod(now, months)
      const rows = await queryRows<{ year: number; month: number; count: number }>(
        db,
        sql`
          SELECT ${yearAndMonth(sql.raw('published_at'))}, count(*)::int AS count
          FROM releases
          WHERE status = 'published' AND published_at >= ${start} AND published_at < ${end}
          GROUP BY 1, 2`,
      )
      const counts = new Map(rows.map((row) => [monthKey(row.year, row.month), row.count]))
      return { items: keys.map((month) => ({ month, count: counts.get(month) ?? 0 })) }
    },

    async perFieldOperation() {
      const items = await perReference('field_operations', 'field_operation_ids')
      return { items: items.map(({ id, name, count }) => ({ fieldOperation: { id, name }, count })) }
    },

    async perFieldOfWork() {
      const items = await perReference('fields_of_work', 'field_of_work_ids')
      return { items: items.map(({ id, name, count }) => ({ fieldOfWork: { id, name }, count })) }
    },

    async reviewTurnaround(now, months) {
      const { keys, start, end } = reportPeriod(now, months)
      // An approval counts when the entry before it among its release's submissions and
      // approvals (by instant, then insertion) is a submission: the latest one, with no
      // approval between (the core's walk resets at each approval).
      const rows = await queryRows<{
        year: number
        month: number
        count: number
        lower: string | number
        upper: string | number
      }>(
        db,
        sql`
          SELECT year, month, count(*)::int AS count,
            percentile_disc(0.5) WITHIN GROUP (ORDER BY waited) AS lower,
            percentile_disc(0.5) WITHIN GROUP (ORDER BY waited DESC) AS upper
          FROM (
            SELECT ${yearAndMonth(sql.raw('approval.at'))}, ${millisecondsBetween('before.at', 'approval.at')} AS waited
            FROM history AS approval
            CROSS JOIN LATERAL (
              SELECT entry.kind, entry.at
              FROM history AS entry
              WHERE entry.release_id = approval.release_id
                AND entry.kind IN ('submit', 'approve')
                AND (entry.at, entry.seq) < (approval.at, approval.seq)
              ORDER BY entry.at DESC, entry.seq DESC
              LIMIT 1
            ) AS before
            WHERE approval.kind = 'approve' AND approval.at >= ${start} AND approval.at < ${end}
              AND before.kind = 'submit'
          ) AS approvals
          GROUP BY year, month`,
      )
      const byMonth = new Map(rows.map((row) => [monthKey(row.year, row.month), row]))
      return {
        items: keys.map((month) => {
          const row = byMonth.get(month)
          if (!row) return { month, medianHours: null, count: 0 }
          return { month, medianHours: oneDecimal(medianHours(Number(row.lower), Number(row.upper))), count: row.count }
        }),
      }
    },

    async translationTurnaround(now, months) {
      const { start, end } = reportPeriod(now, months)
      // Each version's first publication: its history's first entry to 'published', else (a
      // record written before history was kept) its publishedAt.
      const versions = sql`
        versions AS (
          SELECT release.id, release.original_id, release.language, release.status,
            coalesce(
              (SELECT min(entry.at) FROM history AS entry WHERE entry.release_id = release.id AND entry.to_status = 'published'),
              release.published_at
            ) AS first_at
          FROM releases AS release
        ),
        live AS (
          SELECT * FROM versions WHERE status = 'published' AND first_at IS NOT NULL
        ),
        period_originals AS (
          SELECT id, language FROM live
          WHERE original_id IS NULL AND first_at >= ${start} AND first_at < ${end}
        )`
      const [turnarounds, originals, covered, languages] = await Promise.all([
        // Per language: the translations first published in the period, and how long each waited.
        queryRows<{ language: string; count: number; lower: string; upper: string; p90: string }>(
          db,
          sql`
            WITH ${versions},
            waits AS (
              SELECT translation.language,
                CASE WHEN original.first_at IS NULL THEN 0
                  ELSE greatest(0, ${millisecondsBetween('original.first_at', 'translation.first_at')}) END AS waited
              FROM live AS translation
              LEFT JOIN versions AS original ON original.id = translation.original_id AND original.original_id IS NULL
              WHERE translation.original_id IS NOT NULL
                AND translation.first_at >= ${start} AND translation.first_at < ${end}
            )
            SELECT language, count(*)::int AS count,
              percentile_disc(0.5) WITHIN GROUP (ORDER BY waited) AS lower,
              percentile_disc(0.5) WITHIN GROUP (ORDER BY waited DESC) AS upper,
              percentile_disc(0.9) WITHIN GROUP (ORDER BY waited) AS p90
            FROM waits GROUP BY language`,
        ),
        // The originals of the period, per language.
        queryRows<{ language: string; count: number }>(
          db,
          sql`WITH ${versions} SELECT language, count(*)::int AS count FROM period_originals GROUP BY language`,
        ),
        // Per language: the originals of the period in another language that have a live translation into it.
        queryRows<{ language: string; count: number }>(
          db,
          sql`
            WITH ${versions}
            SELECT translation.language, count(DISTINCT original.id)::int AS count
            FROM period_originals AS original
            JOIN live AS translation ON translation.original_id = original.id AND translation.language <> original.language
            GROUP BY translation.language`,
        ),
        queryRows<{ code: string; name: string }>(db, sql`SELECT code, name FROM languages ORDER BY seq`),
      ])

      const originalsIn = new Map(originals.map((row) => [row.language, row.count]))
      const originalCount = originals.reduce((sum, row) => sum + row.count, 0)
      const coveredIn = new Map(covered.map((row) => [row.language, row.count]))
      const waits = new Map(turnarounds.map((row) => [row.language, row]))
      const names = new Map(languages.map((language) => [language.code, language.name]))
      for (const code of waits.keys()) if (!names.has(code)) names.set(code, code)
      const items = [...names.keys()].map((code) => {
        const row = waits.get(code)
        return {
          language: code,
          count: row?.count ?? 0,
          medianHours: row ? oneDecimal(medianHours(Number(row.lower), Number(row.upper))) : null,
          p90Hours: row ? oneDecimal(numberOf(row.p90)! / HOUR) : null,
          missing: originalCount - (originalsIn.get(code) ?? 0) - (coveredIn.get(code) ?? 0),
        }
      })
      return {
        originals: originalCount,
        items: items
          .filter((item) => item.count > 0 || item.missing > 0)
          .toSorted((a, b) => b.count - a.count || names.get(a.language)!.localeCompare(names.get(b.language)!)),
      }
    },
  }
}
