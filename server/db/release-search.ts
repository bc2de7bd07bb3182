/**
 * The releases' free-text search in SQL (decision 0021): every word of `q` must start a word
 * of the release (`server/core/search.ts` cuts and folds both sides), asked of the GIN-indexed
 * `search` column as a prefix tsquery: "hadzic dusan" → `'hadzic':* & 'dusan':*`.
 */
import { sql, type SQL } from 'drizzle-orm'
import type { PgColumn } from 'drizzle-orm/pg-core'
import { searchWords } from '../core/search'
import { releases } from './schema'

/** A tsquery's lexeme, quoted: the words hold only letters and digits, but a quote would end it. */
const lexeme = (word: string) => `'${word.replace(/['\\]/g, (character) => `\\${character}`)}'`

/** The tsquery of `q`'s words, each a prefix; null when `q` has no word (it then matches every release). */
export function searchQuery(q: string | undefined): string | null {
  const words = q ? searchWords(q) : []
  return words.length === 0 ? null : words.map((word) => `${lexeme(word)}:*`).join(' & ')
}

/**
 * The condition a release matches `q` by, or undefined when `q` asks nothing; `search` is the
 * column to ask (an alias's, when a query compares a release with others of its family).
 */
export function searchCondition(q: string | undefined, search: PgColumn = releases.search): SQL | undefined {
  const query = searchQuery(q)
  return query === null ? undefined : sql`${search} @@ ${query}::tsquery`
}
