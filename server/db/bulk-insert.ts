/**
 * Many rows in one statement with one parameter per column: `INSERT … SELECT … FROM
 * unnest($1::text[], $2::text[], …)`, each column sent as an array of texts and cast back in
 * SQL. For the seed (100,000 releases and more): a multi-row VALUES list needs a parameter per
 * field, and building that statement costs more than running it (Drizzle takes ~4 s to build
 * the 10,000-release seed's; this takes a few milliseconds).
 */
import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm'
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core'
import type { Executor } from './connect'

/** A column's values as the texts PostgreSQL reads back with `cast`. */
type ColumnPlan = { name: string; cast: (value: SQL) => SQL; text: (value: unknown) => string | null }

/** `{"a","b"}`: an array of texts as PostgreSQL writes one (every element quoted, so any text goes). */
export const arrayLiteral = (values: readonly string[]): string =>
  `{${values.map((value) => `"${value.replace(/["\\]/g, (character) => `\\${character}`)}"`).join(',')}}`

const asText = (value: unknown) => (value === null || value === undefined ? null : String(value))

function planOf(column: PgColumn): ColumnPlan {
  const name = column.name
  const typed = (type: string, text: ColumnPlan['text'] = asText): ColumnPlan => ({
    name,
    cast: (value) => sql`${value}::${sql.raw(type)}`,
    text,
  })
  switch (column.columnType) {
    case 'PgArray':
      return typed('text[]', (value) =>
        value === null || value === undefined ? null : arrayLiteral(value as string[]),
      )
    case 'PgTimestamp':
      return typed('timestamptz', (value) => (value instanceof Date ? value.toISOString() : asText(value)))
    case 'PgDateString':
      return typed('date')
    case 'PgInteger':
      return typed('integer')
    case 'PgBigInt53':
      return typed('bigint')
    case 'PgBoolean':
      return typed('boolean')
    case 'PgJsonb':
      return typed('jsonb', (value) => (value === null || value === undefined ? null : JSON.stringify(value)))
    case 'PgCustomColumn':
      // A day (schema.ts `day`): its own text for PostgreSQL ("0001-01-01 BC" for the contract's 0000-01-01).
      if (column.getSQLType() === 'date')
        return typed('date', (value) =>
          asText(value === null || value === undefined ? value : column.mapToDriverValue(value)),
        )
      return { name, cast: (value) => value, text: asText }
    default:
      // text, and the text-based custom columns (ids in the "C" collation).
      return { name, cast: (value) => value, text: asText }
  }
}

/**
 * Inserts `rows` (keyed by the table's property names, as Drizzle's own insert takes them) in
 * one statement. `computed` names columns whose value SQL computes from a text given for it
 * (a release's search words, given as an array literal: `array_to_tsvector(…::text[])`).
 */
export async function bulkInsert(
  db: Pick<Executor, 'execute'>,
  table: PgTable,
  rows: ReadonlyArray<Record<string, unknown>>,
  computed: Record<string, (text: SQL) => SQL> = {},
): Promise<void> {
  if (rows.length === 0) return
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => key in rows[0]!)
  const plans = columns.map(([key, column]) => {
    const plan = planOf(column)
    return { key, ...plan, cast: computed[key] ?? plan.cast }
  })
  const names = sql.join(
    plans.map((plan) => sql.identifier(plan.name)),
    sql`, `,
  )
  const values = sql.join(
    plans.map((plan) => plan.cast(sql`${sql.identifier(plan.name)}`)),
    sql`, `,
  )
  const arrays = sql.join(
    plans.map((plan) => sql`${sql.param(rows.map((row) => plan.text(row[plan.key])))}::text[]`),
    sql`, `,
  )
  await db.execute(
    sql`INSERT INTO ${sql.identifier(getTableName(table))} (${names}) SELECT ${values} FROM unnest(${arrays}) AS given (${names})`,
  )
}
