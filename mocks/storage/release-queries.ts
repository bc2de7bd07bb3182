/**
 * The mock's storage runs the releases' queries (decision 0021: their meaning is the
 * contract's; the server runs them in SQL): filters as one predicate, the sorts, families.
 * Every function takes the releases it goes through (`releases`: the collection, with the
 * running transaction's writes over it), so none reads a database of its own.
 */
import { languageCodeSeparator, noFieldOperation, releasePublicationKey, releaseStatuses } from '../../src/api/contract'
import { compareText, missingLast, ownFieldComparators, type Comparator } from '../../server/core/list'
import type { StoredRelease } from '../../server/core/records'
import { matchesSearch, releaseSearchWords, searchableText, searchWords } from '../../server/core/search'
import type { ReleaseFilters as Filters, StatusCounts } from '../../server/core/storage'
import { familyKey } from '../../server/core/workflow/translations'

/** The releases a query goes through. */
export type Releases = () => Iterable<StoredRelease>

// Records are replaced on every write, so a cache keyed by the record object never goes stale.
const searchTextCache = new WeakMap<object, string>()
function searchText(release: StoredRelease): string {
  let text = searchTextCache.get(release)
  if (text === undefined) {
    text = searchableText(releaseSearchWords(release))
    searchTextCache.set(release, text)
  }
  return text
}

/**
 * The search text of records a list has gone through, prepared while the backend is idle
 * (as a server keeps a search index), so that the first word someone types does not wait
 * for thousands of bodies to be stripped and normalized. In the demo's backend worker only
 * (decision 0019), or a page that runs the mock itself: tests stay as they are.
 */
const toPrepare: StoredRelease[] = []
const queued = new WeakSet<object>()
let preparing = false
/** Runs `work` when the thread is idle: the page's idle callback, or a worker's next free turn. */
const whenIdle: ((work: () => void) => void) | null =
  typeof window !== 'undefined' && typeof window.requestIdleCallback === 'function'
    ? (work) => window.requestIdleCallback(work)
    : 'WorkerGlobalScope' in globalThis
      ? (work) => setTimeout(work, 0)
      : null
function prepareLater(release: StoredRelease) {
  if (!whenIdle || queued.has(release)) return
  queued.add(release)
  toPrepare.push(release)
  if (preparing) return
  preparing = true
  const work = () => {
    // Short slices (8 ms at most): a request or a keystroke arriving meanwhile waits for no more.
    const end = performance.now() + 8
    while (toPrepare.length > 0 && performance.now() < end) searchText(toPrepare.pop()!)
    if (toPrepare.length > 0) whenIdle(work)
    else preparing = false
  }
  whenIdle(work)
}

/** The families that have a version in `language`: one pass over the releases. */
function familiesIn(releases: Releases, language: string): Set<string> {
  const families = new Set<string>()
  for (const release of releases()) if (release.language === language) families.add(familyKey(release))
  return families
}

/** When it goes or went out: scheduledAt while scheduled, publishedAt once published; null for every other status. */
export function publicationTime(release: Pick<StoredRelease, 'status' | 'scheduledAt' | 'publishedAt'>): string | null {
  if (release.status === 'scheduled') return release.scheduledAt
  if (release.status === 'published') return release.publishedAt
  return null
}

/** Instants compared as instants: "…Z" and "…+01:00" strings do not sort as text. */
const instant = (iso: string) => new Date(iso).getTime()

/** The filters of the list as one predicate over stored releases. */
export function releaseFilter(releases: Releases, query: Filters): (release: StoredRelease) => boolean {
  // Every word of q starts a word of the release (server/core/search.ts).
  const words = query.q ? searchWords(query.q) : []
  const needle = words.length > 0
  // Known before the pass over the releases: the families that already have that language.
  const translated = query.missingLanguage ? familiesIn(releases, query.missingLanguage) : null
  // One code or several (`en,fr`), already checked and canonical: a version in any of them.
  const languages = query.language ? new Set(query.language.split(languageCodeSeparator)) : null
  return (release) => {
    if (!needle) prepareLater(release)
    return (
      (!query.status || release.status === query.status) &&
      (!languages || languages.has(release.language)) &&
      (!translated || !translated.has(familyKey(release))) &&
      (!query.type || release.type === query.type) &&
      (!query.fieldOfWork || release.fieldOfWorkIds.includes(query.fieldOfWork)) &&
      (!query.state || release.stateIds.includes(query.state)) &&
      (!query.fieldOperation ||
        (query.fieldOperation === noFieldOperation
          ? release.fieldOperationIds.length === 0
          : release.fieldOperationIds.includes(query.fieldOperation))) &&
      (!query.source || release.sourceIds.includes(query.source)) &&
      (!query.author || release.authorId === query.author) &&
      (!query.from || release.dateline.date >= query.from) &&
      (!query.to || release.dateline.date <= query.to) &&
      inPublicationRange(release, query.publishFrom, query.publishTo) &&
      (!needle || matchesSearch(searchText(release), words))
    )
  }
}

/** No range: every release. A range (either end): only releases with a publication time in [from, to). */
function inPublicationRange(release: StoredRelease, from: string | undefined, to: string | undefined): boolean {
  if (!from && !to) return true
  const time = publicationTime(release)
  if (time === null) return false
  return (!from || instant(time) >= instant(from)) && (!to || instant(time) < instant(to))
}

const byTitle: Comparator<StoredRelease> = (a, b) => compareText(a.title, b.title)
const plain = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

export const releaseTieBreak: Comparator<StoredRelease> = (a, b) => plain(a.id, b.id)
/** Each reads only the release's own fields, so `sortItems` may remember ranks (list.ts). */
export const releaseComparators: Record<string, Comparator<StoredRelease>> = ownFieldComparators<
  StoredRelease,
  Record<string, Comparator<StoredRelease>>
>(
  {
    dateline: (a, b) => plain(a.dateline.date, b.dateline.date) || byTitle(a, b),
    updatedAt: (a, b) => plain(a.updatedAt, b.updatedAt),
    title: byTitle,
    /** Not yet submitted or published ('' sorts first): ascending puts them first, descending (most recent first) last. */
    submittedAt: (a, b) => plain(a.submittedAt ?? '', b.submittedAt ?? ''),
    publishedAt: (a, b) => plain(a.publishedAt ?? '', b.publishedAt ?? ''),
    /** Soonest first ascending, latest first descending; releases with no publication time last either way. */
    [releasePublicationKey]: missingLast(
      (release) => publicationTime(release) !== null,
      (a, b) => instant(publicationTime(a) ?? '') - instant(publicationTime(b) ?? ''),
    ),
    /** Workflow order: draft, in review, changes requested, scheduled, published, withdrawn. */
    status: (a, b) => releaseStatuses.indexOf(a.status) - releaseStatuses.indexOf(b.status),
  },
  releaseTieBreak,
)

/** Which version stands for its family in a grouped list: the original, else the first translation by language code. */
const standsBefore = (candidate: StoredRelease, current: StoredRelease): boolean =>
  !current.originalId ? false : !candidate.originalId || candidate.language.localeCompare(current.language) < 0

/**
 * Each family once (`group=family`): of the versions that match, its representative. One pass
 * over the releases, whatever their number; the records themselves, so `sortItems` may use
 * the ranks it remembers.
 */
export function familyRepresentatives(
  releases: Releases,
  matches: (release: StoredRelease) => boolean,
): StoredRelease[] {
  const representatives = new Map<string, StoredRelease>()
  for (const release of releases()) {
    if (!matches(release)) continue
    const key = familyKey(release)
    const current = representatives.get(key)
    if (!current || standsBefore(release, current)) representatives.set(key, release)
  }
  return [...representatives.values()]
}

/** Per status, how many families have a matching version in it; and how many families match at all. */
export function familyCounts(releases: Releases, matches: (release: StoredRelease) => boolean): StatusCounts {
  // One bit per status for each family: a family counts once per status, however many versions it has there.
  const statusesOf = new Map<string, number>()
  for (const release of releases()) {
    if (!matches(release)) continue
    const key = familyKey(release)
    statusesOf.set(key, (statusesOf.get(key) ?? 0) | (1 << releaseStatuses.indexOf(release.status)))
  }
  const counts = zeroCounts()
  for (const bits of statusesOf.values()) {
    releaseStatuses.forEach((status, index) => {
      if (bits & (1 << index)) counts[status]! += 1
    })
  }
  return { counts, total: statusesOf.size }
}

/** Every version of the given families (a page's rows): one pass over the releases. */
export function versionsOfFamilies(releases: Releases, keys: ReadonlySet<string>): Map<string, StoredRelease[]> {
  const families = new Map<string, StoredRelease[]>()
  for (const release of releases()) {
    const key = familyKey(release)
    if (!keys.has(key)) continue
    const versions = families.get(key)
    if (versions) versions.push(release)
    else families.set(key, [release])
  }
  // The original first, then the translations by language code, as a release's `versions` lists them.
  for (const versions of families.values()) {
    versions.sort((a, b) => (!a.originalId ? -1 : !b.originalId ? 1 : a.language.localeCompare(b.language)))
  }
  return families
}

/** Every status at 0. */
const zeroCounts = () => Object.fromEntries(releaseStatuses.map((status) => [status, 0])) as StatusCounts['counts']

/** Per status, how many matching versions; one pass over the records themselves. */
export function versionCounts(releases: Releases, matches: (release: StoredRelease) => boolean): StatusCounts {
  const counts = zeroCounts()
  let total = 0
  for (const release of releases()) {
    if (!matches(release)) continue
    counts[release.status] += 1
    total += 1
  }
  return { counts, total }
}
