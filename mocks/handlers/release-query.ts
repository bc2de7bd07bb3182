import { noFieldOperation, releaseStatuses, type ReleaseListQuery } from '../../src/api/contract'
import type { StoredRelease } from '../schemas'
import { bodyText } from './release-body'
import { compareText, normalizeText, ownFieldComparators, type Comparator } from './list'

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
 * The search text of records a list has gone through, prepared while the browser is idle
 * (as a server keeps a search index), so that the first word someone types does not wait
 * for thousands of bodies to be stripped and normalized. Browser only: tests stay as they are.
 */
const toPrepare: StoredRelease[] = []
const queued = new WeakSet<object>()
let preparing = false
function prepareLater(release: StoredRelease) {
  if (typeof window === 'undefined' || typeof window.requestIdleCallback !== 'function' || queued.has(release)) return
  queued.add(release)
  toPrepare.push(release)
  if (preparing) return
  preparing = true
  const work = (deadline: IdleDeadline) => {
    // Short slices (8 ms at most): a request or a keystroke arriving meanwhile waits for no more.
    const end = performance.now() + 8
    while (toPrepare.length > 0 && deadline.timeRemaining() > 1 && performance.now() < end) searchText(toPrepare.pop()!)
    if (toPrepare.length > 0) window.requestIdleCallback(work)
    else preparing = false
  }
  window.requestIdleCallback(work)
}

type Filters = Omit<ReleaseListQuery, 'page' | 'pageSize' | 'sort'>

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
      (!needle || searchText(release).includes(needle))
    )
  }
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
    /** Workflow order: draft, in review, changes requested, scheduled, published, withdrawn. */
    status: (a, b) => releaseStatuses.indexOf(a.status) - releaseStatuses.indexOf(b.status),
  },
  releaseTieBreak,
)
