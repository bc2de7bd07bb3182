import type { Page } from '../../src/api/contract'

/** Runs of characters outside printable ASCII (and its whitespace). */
const notPlainAscii = /[^\t\n\r -~]+/g

/**
 * Case- and accent-insensitive form for free-text search: "Türkiye" → "turkiye". Only the
 * runs of non-ASCII characters are decomposed and stripped of their marks (the same result
 * as decomposing the whole text, about twice as fast on 10,000 release bodies).
 */
export function normalizeText(text: string): string {
  return text.replace(notPlainAscii, (run) => run.normalize('NFD').replace(/\p{M}/gu, '')).toLowerCase()
}

export function matchesText(query: string | undefined, ...texts: Array<string | null | undefined>): boolean {
  if (!query) return true
  const needle = normalizeText(query)
  return texts.some((text) => text != null && normalizeText(text).includes(needle))
}

export const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })
export const compareText = (a: string, b: string) => collator.compare(a, b)
export const compareNumber = (a: number, b: number) => a - b

export type Comparator<T> = (a: T, b: T) => number

/** Sorts by `sort` ("key" or "-key"), then by `tieBreak` so pages never overlap. */
export function sortItems<T>(items: T[], sort: string, comparators: Record<string, Comparator<T>>, tieBreak: Comparator<T>): T[] {
  const descending = sort.startsWith('-')
  const compare = comparators[descending ? sort.slice(1) : sort] ?? tieBreak
  return items.toSorted((a, b) => (descending ? -1 : 1) * (compare(a, b) || tieBreak(a, b)))
}

/** One page; a page past the end answers no items and the true total. */
export function paginate<T, R = T>(items: T[], page: number, pageSize: number, map?: (item: T) => R): Page<R> {
  const slice = items.slice((page - 1) * pageSize, page * pageSize)
  return { items: map ? slice.map(map) : (slice as unknown as R[]), total: items.length, page, pageSize }
}
