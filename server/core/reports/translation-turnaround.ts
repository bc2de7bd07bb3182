import type { Language } from '../../../src/api/contract'
import type { StoredHistoryEntry, StoredRelease } from '../records'
import { lastMonths, median } from './compute'

/**
 * Translation turnaround per language (issue #15): how long after its original a translation
 * went out, and what is still missing. Every time is a version's FIRST publication (its
 * history's first entry to 'published'): an original withdrawn to be corrected and published
 * again keeps the day its readers first had it, and so does a translation brought up to date.
 * Only versions published now count, as in every report (decision 0007). A translation that
 * went out before its original, or while its original has never been published, counts 0
 * hours: its readers did not wait for it. One pass over the histories and one over the releases.
 */
const HOUR = 3_600_000
const oneDecimal = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10)

/** The nearest-rank percentile: a turnaround that happened, never one between two. */
export function percentile(values: number[], share: number): number | null {
  if (values.length === 0) return null
  const sorted = values.toSorted((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)]!
}

/** Each release's first publication (ms), from its history; `histories` yields one release's entries at a time. */
export function firstPublications(histories: Iterable<readonly StoredHistoryEntry[]>): Map<string, number> {
  const first = new Map<string, number>()
  for (const entries of histories)
    for (const entry of entries) {
      if (entry.to !== 'published') continue
      const at = Date.parse(entry.at)
      const known = first.get(entry.releaseId)
      if (known === undefined || at < known) first.set(entry.releaseId, at)
    }
  return first
}

export function translationTurnaround(
  releases: Iterable<StoredRelease>,
  histories: Iterable<readonly StoredHistoryEntry[]>,
  languages: readonly Pick<Language, 'code' | 'name'>[],
  now: Date,
  months: number,
) {
  // The period as two instants: the first of its first month, and the first of the month after it (UTC).
  const start = Date.parse(`${lastMonths(now, months)[0]!}-01T00:00:00.000Z`)
  const end = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)
  const first = firstPublications(histories)
  // A record without the entry (written before history was kept) went out at its `publishedAt`.
  const firstOf = (release: StoredRelease) =>
    first.get(release.id) ?? (release.publishedAt === null ? null : Date.parse(release.publishedAt))
  const inThePeriod = (ms: number | null) => ms !== null && ms >= start && ms < end

  const originals = new Map<string, StoredRelease>()
  const translations: StoredRelease[] = []
  for (const release of releases) {
    if (release.originalId) translations.push(release)
    else originals.set(release.id, release)
  }
  const isLive = (release: StoredRelease) => release.status === 'published' && firstOf(release) !== null

  const hours = new Map<string, number[]>()
  /** The languages each original in the period has a published translation into. */
  const covered = new Map<string, Set<string>>()
  const periodOriginals = [...originals.values()].filter((release) => isLive(release) && inThePeriod(firstOf(release)))
  for (const original of periodOriginals) covered.set(original.id, new Set())
  for (const translation of translations) {
    if (!isLive(translation)) continue
    covered.get(translation.originalId!)?.add(translation.language)
    const publishedAt = firstOf(translation)!
    if (!inThePeriod(publishedAt)) continue
    const original = originals.get(translation.originalId!)
    const originalAt = original ? firstOf(original) : null
    const waited = originalAt === null ? 0 : Math.max(0, publishedAt - originalAt) / HOUR
    const list = hours.get(translation.language)
    if (list) list.push(waited)
    else hours.set(translation.language, [waited])
  }

  const names = new Map(languages.map((language) => [language.code, language.name]))
  for (const code of hours.keys()) if (!names.has(code)) names.set(code, code)
  const items = [...names.keys()].map((code) => {
    const values = hours.get(code) ?? []
    let missing = 0
    for (const original of periodOriginals)
      if (original.language !== code && !covered.get(original.id)!.has(code)) missing += 1
    return {
      language: code,
      count: values.length,
      medianHours: oneDecimal(median(values)),
      p90Hours: oneDecimal(percentile(values, 0.9)),
      missing,
    }
  })
  return {
    originals: periodOriginals.length,
    items: items
      .filter((item) => item.count > 0 || item.missing > 0)
      .toSorted((a, b) => b.count - a.count || names.get(a.language)!.localeCompare(names.get(b.language)!)),
  }
}
