import type { FieldOfWork } from '../../../src/api/contract'
import type { StoredFieldOperation, StoredHistoryEntry, StoredRelease } from '../records'

/**
 * The reports' figures as pure functions of the stored records: each walks the releases (or
 * the history) once and drops every item into its month by index, so 10,000 releases and
 * their ~34,000 history entries take a few milliseconds, whatever the number of months.
 * Only releases published now count (withdrawn ones are off the public page; decision 0007).
 */
const HOUR = 3_600_000

/** The last `count` UTC months up to and including the month of `now`, oldest first. */
export function lastMonths(now: Date, count: number): string[] {
  const year = now.getUTCFullYear()
  const month = now.getUTCMonth()
  return Array.from({ length: count }, (_, index) => {
    const date = new Date(Date.UTC(year, month - (count - 1 - index), 1))
    return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`
  })
}

/** An index from 'YYYY-MM' (of an ISO timestamp's UTC month) to its place among `months`. */
function monthIndexer(months: readonly string[]) {
  const index = new Map(months.map((month, position) => [month, position]))
  return (iso: string) => {
    const date = new Date(iso)
    const key = `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`
    return index.get(key)
  }
}

const isPublished = (release: StoredRelease) => release.status === 'published' && release.publishedAt !== null

export function publishedPerMonth(releases: Iterable<StoredRelease>, now: Date, months: number) {
  const keys = lastMonths(now, months)
  const counts = keys.map(() => 0)
  const indexOf = monthIndexer(keys)
  for (const release of releases) {
    if (!isPublished(release)) continue
    const index = indexOf(release.publishedAt!)
    if (index !== undefined) counts[index]! += 1
  }
  return { items: keys.map((month, index) => ({ month, count: counts[index]! })) }
}

/** Most first; equal counts by name as the mock sorts names (`localeCompare`). */
export const byCountThenName = <T extends { count: number; name: string }>(a: T, b: T) =>
  b.count - a.count || a.name.localeCompare(b.name)

/** Every record of `references` with how many published releases name it (`idsOf`), most first; zeros included. */
function perReference<R extends { id: string; name: string }>(
  releases: Iterable<StoredRelease>,
  references: readonly R[],
  idsOf: (release: StoredRelease) => readonly string[],
) {
  const counts = new Map(references.map((reference) => [reference.id, 0]))
  for (const release of releases) {
    if (!isPublished(release)) continue
    for (const id of idsOf(release)) if (counts.has(id)) counts.set(id, counts.get(id)! + 1)
  }
  return references.map(({ id, name }) => ({ id, name, count: counts.get(id)! })).toSorted(byCountThenName)
}

export const perFieldOperation = (releases: Iterable<StoredRelease>, operations: readonly StoredFieldOperation[]) => ({
  items: perReference(releases, operations, (release) => release.fieldOperationIds).map(({ id, name, count }) => ({
    fieldOperation: { id, name },
    count,
  })),
})

export const perFieldOfWork = (releases: Iterable<StoredRelease>, fields: readonly FieldOfWork[]) => ({
  items: perReference(releases, fields, (release) => release.fieldOfWorkIds).map(({ id, name, count }) => ({
    fieldOfWork: { id, name },
    count,
  })),
})

export function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = values.toSorted((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/**
 * Per month of approval: the median hours from the submission that led to each approval (the
 * release's latest `submit` before it) to the approval. `histories` yields each release's
 * entries oldest first.
 */
export function reviewTurnaround(histories: Iterable<readonly StoredHistoryEntry[]>, now: Date, months: number) {
  const keys = lastMonths(now, months)
  const hours: number[][] = keys.map(() => [])
  const indexOf = monthIndexer(keys)
  for (const entries of histories) {
    let submittedAt: number | null = null
    for (const entry of entries) {
      if (entry.kind === 'submit') submittedAt = Date.parse(entry.at)
      else if (entry.kind === 'approve' && submittedAt !== null) {
        const index = indexOf(entry.at)
        if (index !== undefined) hours[index]!.push((Date.parse(entry.at) - submittedAt) / HOUR)
        submittedAt = null
      }
    }
  }
  return {
    items: keys.map((month, index) => {
      const value = median(hours[index]!)
      return { month, medianHours: value === null ? null : Math.round(value * 10) / 10, count: hours[index]!.length }
    }),
  }
}
