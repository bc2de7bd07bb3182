/**
 * Statements built once and run with values: their SQL is not built again by Drizzle, and the
 * server parses (and may plan) a named statement once per connection, not per call. Building a
 * query's SQL with Drizzle took a sixth of the server's time on a read of one release.
 *
 * Kept per executor: the database for reads outside a transaction, for as long as the process
 * runs (a transaction is a new executor each time and builds its statements anew). A name
 * stands for one SQL text: a statement whose text depends on anything but its placeholders'
 * values must put that in its name.
 */
import type { Executor } from './connect'

/** A prepared statement: its values by placeholder name. */
export type Prepared = { execute(values?: Record<string, unknown>): Promise<unknown[]> }

const preparedStatements = new WeakMap<Executor, Map<string, Prepared>>()

/** The statement `name` of `db`, built by `build` the first time. */
export function prepared(db: Executor, name: string, build: () => Prepared): Prepared {
  let statements = preparedStatements.get(db)
  if (!statements) preparedStatements.set(db, (statements = new Map()))
  let statement = statements.get(name)
  if (!statement) statements.set(name, (statement = build()))
  return statement
}
