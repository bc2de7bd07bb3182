/**
 * What the releases' free-text search means, in both homes of the core (decision 0021): every
 * word of `q` is the start of a word of the title, summary or body, regardless of case and
 * accents. "Hadzic" finds "Hadžić", "душан" finds "Душанбе", "border" finds "borders" and
 * not "cross-border"'s "cross". The words are cut here, once: the mock matches against them in
 * memory, the server stores them as a PostgreSQL `tsvector` (GIN-indexed) and asks with a
 * prefix `tsquery` built from the same words, so the two cannot disagree on what a word is.
 */
import { richTextToPlainText } from '../../src/api/contract'

/** Letters that no Unicode decomposition turns into a base letter, as people type them without the mark. */
const folded: Record<string, string> = { đ: 'd', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th' }
const unfoldable = new RegExp(`[${Object.keys(folded).join('')}]`, 'g')

/** Lower case without marks: "Türkiye" → "turkiye", "Đukanović" → "dukanovic", "Душанбе" → "душанбе". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(unfoldable, (letter) => folded[letter]!)
}

/** Runs of letters and digits: what counts as a word (an apostrophe or a hyphen ends one). */
const word = /[\p{L}\p{N}]+/gu

/**
 * How long a word is kept, in characters: what is longer is cut to its start, as it is stored and
 * as it is asked for. PostgreSQL refuses a lexeme over 2,047 bytes (a pasted run of letters was
 * a 500 on the server); a hundred characters are at most 400 bytes, and longer than any word.
 */
export const maxWordLength = 100

const cut = (found: string) => (found.length <= maxWordLength ? found : [...found].slice(0, maxWordLength).join(''))

/** The distinct words of a text, folded and cut to `maxWordLength`, in order of first appearance. */
export function searchWords(text: string): string[] {
  return [...new Set((foldText(text).match(word) ?? []).map(cut))]
}

/** The words a release is found by: its title, summary and body (as plain text). */
export function releaseSearchWords(release: { title: string; summary: string; body: string }): string[] {
  return searchWords(`${release.title}\n${release.summary}\n${richTextToPlainText(release.body)}`)
}

/** A release's words as one string that a query word's start can be looked up in: " w1 w2 … ". */
export const searchableText = (words: readonly string[]): string => ` ${words.join(' ')} `

/** Whether every word of the query starts a word of `searchable` (from `searchableText`); a query without words matches all. */
export function matchesSearch(searchable: string, queryWords: readonly string[]): boolean {
  return queryWords.every((queryWord) => searchable.includes(` ${queryWord}`))
}
