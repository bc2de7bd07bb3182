import { noFieldOperation, releasePublicationKey, releaseStatuses, type ReleaseListQuery } from '../../src/api/contract'
import type { StoredRelease } from '../schemas'
import { bodyText } from './release-body'
import { compareText, missingLast, normalizeText, ownFieldComparators, type Comparator } from './list'

// Records are replaced on every write, so a cache keyed by the record object never goes stale.
const searchTextCache = new WeakMap<object, string>()
function searchText(release: StoredRelease): string {
  let text = searchTextCache.get(release)
  if (text === undefined) {
    text = normalizeText(`${release.title}\n${release.summary}\n${bodyText(release.body)}`)
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

type Filters = Omit<ReleaseListQuery, 'page' | 'pageSize' | 'sort'>

/** When it goes or went out: scheduledAt while scheduled, publishedAt once published; null for every other status. */
export function publicationTime(release: Pick<StoredRelease, 'status' | 'scheduledAt' | 'publishedAt'>): string | null {
  if (release.status === 'scheduled') return release.scheduledAt
  if (release.status === 'published') return release.publishedAt
  return null
}

/** Instants compared as instants: "…Z" and "…+01:00" strings do not sort as text. */
const instant = (iso: string) => new Date(iso).getTime()

/** The filters of the list as one predicate over stored releases. */
export function releaseFilter(query: Filters): (release: StoredRelease) => boolean {
  const needle = query.q ? normalizeText(query.q) : ''
  return (release) => {
    if (!needle) prepareLater(release)
    return (
      (!query.status || release.status === query.status) &&
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
      (!needle || searchText(release).includes(needle))
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
