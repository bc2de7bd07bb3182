/**
 * The reports of the storage port (`ReportQueries` in server/core/storage.ts) in SQL, read from
 * the figures that triggers keep in the writing transaction (schema `reports`, migration 0006):
 * counts per month, per reference and per language, and each counted wait once in an index,
 * so a report reads a few hundred rows whatever the number of releases. Their meaning
 * is the pure functions of server/core/reports/ (which the mock runs); the differential test
 * holds the two together.
 *
 * A median or a 90th percentile is a value at a rank (`percentile` and `median` of the core):
 * the hourly counts (`reports.*_buckets`) tell which hour holds the rank and how many waits come
 * before it, and the index of the waits gives the value at that offset within the hour. Values
 * are whole milliseconds; the hours, the mean of two middles and the rounding to one decimal
 * are computed here with the core's own float operations, and names are sorted here with
 * `localeCompare`, as the core sorts them.
 */
import { sql } from 'drizzle-orm'
import type { ReportQueries } from '../core/storage'
import { byCountThenName, lastMonths } from '../core/reports/compute'
import { queryRows, type Executor } from './connect'

const HOUR = 3_600_000
const oneDecimal = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10)

/** A report's months and its period: the first day of its first month, and of the month after `now`'s (UTC). */
export function reportPeriod(now: Date, months: number) {
  const keys = lastMonths(now, months)
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1), 1))
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1))
  const day = (date: Date) => date.toISOString().slice(0, 10)
  return { keys, start, end, startDay: day(start), endDay: day(end) }
}

/** A month's key as the core writes it ('YYYY-MM'), from the year and month SQL extracted. */
const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`

/** A `date` column's year and month, as two integer columns `year` and `month`. */
const yearAndMonth = (column: string) =>
  sql.raw(`extract(year FROM ${column})::int AS year, extract(month FROM ${column})::int AS month`)

/** The median of values given by their two middle values (the same one twice for an odd count), as the core's `median`. */
const medianHours = (lowerMs: number, upperMs: number) => (lowerMs / HOUR + upperMs / HOUR) / 2

/**
 * The ranks a median needs (`lower` and `upper`: the middle one twice for an odd count, the two
 * middle ones for an even count) and the nearest-rank 90th percentile (`p90`: the core's
 * `Math.ceil(0.9 * count)`, in the same double arithmetic), of a group of `total` values.
 */
const ranks = (total: string) =>
  sql.raw(`(VALUES
    ('lower', (${total} + 1) / 2),
    ('upper', ${total} / 2 + 1),
    ('p90', greatest(1, ceil(0.9::float8 * ${total}::float8))::bigint)
  ) AS rank(which, at)`)

type RankRow = { which: 'lower' | 'upper' | 'p90'; waited: string | number }

/** Rows by a key of theirs, in the order they came (Map.groupBy is Node 21's). */
function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const row of rows) {
    const key = keyOf(row)
    const group = groups.get(key)
    if (group) group.push(row)
    else groups.set(key, [row])
  }
  return groups
}

/** The values at each rank of a group's rows, by name. */
function valuesAtRanks(rows: readonly RankRow[]) {
  const values: Partial<Record<RankRow['which'], number>> = {}
  for (const row of rows) values[row.which] = Number(row.waited)
  return values
}

/** The translation turnaround's figures, each a JSON array (null when empty). */
type TranslationFigures = {
  waits: (RankRow & { language: string; count: number })[] | null
  coverage: { language: string; originals: number; covered: number }[] | null
  languages: { code: string; name: string }[] | null
}

export function reportQueries(db: Executor): ReportQueries {
  /** Every record of a reference table with how many releases published now list its id. */
  async function perReference(table: 'field_operations' | 'fields_of_work', field: string) {
    const rows = await queryRows<{ id: string; name: string; count: number }>(
      db,
      sql`
        SELECT reference.id, reference.name, coalesce(counted.count, 0)::int AS count
        FROM ${sql.raw(table)} AS reference
        LEFT JOIN reports.reference_counts AS counted ON counted.field = ${field} AND counted.id = reference.id
        ORDER BY reference.seq`,
    )
    return rows.toSorted(byCountThenName)
  }

  return {
    async publishedPerMonth(now, months) {
      const { keys, startDay, endDay } = reportPeriod(now, months)
      const rows = await queryRows<{ year: number; month: number; count: number }>(
        db,
        sql`
          SELECT ${yearAndMonth('month')}, count::int AS count FROM reports.published_months
          WHERE month >= ${startDay}::date AND month < ${endDay}::date`,
      )
      const counts = new Map(rows.map((row) => [monthKey(row.year, row.month), row.count]))
      return { items: keys.map((month) => ({ month, count: counts.get(month) ?? 0 })) }
    },

    async perFieldOperation() {
      const items = await perReference('field_operations', 'fieldOperationIds')
      return { items: items.map(({ id, name, count }) => ({ fieldOperation: { id, name }, count })) }
    },

    async perFieldOfWork() {
      const items = await perReference('fields_of_work', 'fieldOfWorkIds')
      return { items: items.map(({ id, name, count }) => ({ fieldOfWork: { id, name }, count })) }
    },

    async reviewTurnaround(now, months) {
      const { keys, startDay, endDay } = reportPeriod(now, months)
      const rows = await queryRows<RankRow & { year: number; month: number; count: number }>(
        db,
        sql`
          WITH buckets AS (
            SELECT month, hour, count,
              (sum(count) OVER (PARTITION BY month ORDER BY hour ROWS UNBOUNDED PRECEDING))::bigint AS through
            FROM reports.review_buckets
            WHERE month >= ${startDay}::date AND month < ${endDay}::date AND count <> 0
          ), totals AS (
            SELECT month, sum(count)::bigint AS total FROM reports.review_buckets
            WHERE month >= ${startDay}::date AND month < ${endDay}::date
            GROUP BY month HAVING sum(count) <> 0
          ), wanted AS MATERIALIZED (
            SELECT totals.month, totals.total, rank.which, rank.at
            FROM totals CROSS JOIN LATERAL ${ranks('totals.total')}
            WHERE rank.which <> 'p90'
          )
          SELECT ${yearAndMonth('wanted.month')}, wanted.total::int AS count, wanted.which, picked.waited
          FROM wanted
          JOIN buckets ON buckets.month = wanted.month
            AND buckets.through - buckets.count < wanted.at AND wanted.at <= buckets.through
          CROSS JOIN LATERAL (
            SELECT wait.waited FROM reports.review_waits AS wait
            WHERE wait.month = wanted.month AND wait.waited >= buckets.hour * ${HOUR}
            ORDER BY wait.waited
            OFFSET wanted.at - (buckets.through - buckets.count) - 1 LIMIT 1
          ) AS picked`,
      )
      const byMonth = groupBy(rows, (row) => monthKey(row.year, row.month))
      return {
        items: keys.map((month) => {
          const found = byMonth.get(month)
          if (!found) return { month, medianHours: null, count: 0 }
          const { lower, upper } = valuesAtRanks(found)
          return { month, medianHours: oneDecimal(medianHours(lower!, upper!)), count: found[0]!.count }
        }),
      }
    },

    async translationTurnaround(now, months) {
      const { start, end, startDay, endDay } = reportPeriod(now, months)
      // One statement, one connection: a report asked by many at once does not wait for three.
      const [figures] = await queryRows<TranslationFigures>(
        db,
        sql`
          WITH per_hour AS (
            SELECT language, hour, sum(count)::bigint AS count FROM reports.translation_buckets
            WHERE month >= ${startDay}::date AND month < ${endDay}::date
            GROUP BY language, hour HAVING sum(count) <> 0
          ), buckets AS (
            SELECT language, hour, count,
              (sum(count) OVER (PARTITION BY language ORDER BY hour ROWS UNBOUNDED PRECEDING))::bigint AS through
            FROM per_hour
          ), totals AS (
            SELECT language, sum(count)::bigint AS total FROM per_hour GROUP BY language
          ), wanted AS MATERIALIZED (
            SELECT totals.language, totals.total, rank.which, rank.at
            FROM totals CROSS JOIN LATERAL ${ranks('totals.total')}
          ), waits AS (
            -- Per language: how many translations were first published in the period, and their waits at the ranks.
            SELECT wanted.language, wanted.total::int AS count, wanted.which, picked.waited
            FROM wanted
            JOIN buckets ON buckets.language = wanted.language
              AND buckets.through - buckets.count < wanted.at AND wanted.at <= buckets.through
            CROSS JOIN LATERAL (
              SELECT wait.waited FROM reports.translation_waits AS wait
              WHERE wait.language = wanted.language AND wait.waited >= buckets.hour * ${HOUR}
                AND wait.first_at >= ${start} AND wait.first_at < ${end}
              ORDER BY wait.waited
              OFFSET wanted.at - (buckets.through - buckets.count) - 1 LIMIT 1
            ) AS picked
          ), coverage AS (
            -- Per language: the originals of the period in it, and those in another that have a live translation into it.
            SELECT language, sum(originals)::int AS originals, sum(covered)::int AS covered
            FROM reports.coverage_months
            WHERE month >= ${startDay}::date AND month < ${endDay}::date
            GROUP BY language
          )
          SELECT
            (SELECT json_agg(waits) FROM waits) AS waits,
            (SELECT json_agg(coverage) FROM coverage) AS coverage,
            (SELECT json_agg(json_build_object('code', code, 'name', name) ORDER BY seq) FROM languages) AS languages`,
      )
      const { waits, coverage, languages } = figures!

      const originals = (coverage ?? []).reduce((sum, row) => sum + row.originals, 0)
      const coverageOf = new Map((coverage ?? []).map((row) => [row.language, row]))
      const waitsOf = groupBy(waits ?? [], (row) => row.language)
      const names = new Map((languages ?? []).map((language) => [language.code, language.name]))
      for (const code of waitsOf.keys()) if (!names.has(code)) names.set(code, code)
      const items = [...names.keys()].map((code) => {
        const found = waitsOf.get(code)
        const { lower, upper, p90 } = valuesAtRanks(found ?? [])
        const own = coverageOf.get(code)
        return {
          language: code,
          count: found?.[0]!.count ?? 0,
          medianHours: found ? oneDecimal(medianHours(lower!, upper!)) : null,
          p90Hours: found ? oneDecimal(p90! / HOUR) : null,
          missing: originals - (own?.originals ?? 0) - (own?.covered ?? 0),
        }
      })
      return {
        originals,
        items: items
          .filter((item) => item.count > 0 || item.missing > 0)
          .toSorted((a, b) => b.count - a.count || names.get(a.language)!.localeCompare(names.get(b.language)!)),
      }
    },
  }
}
