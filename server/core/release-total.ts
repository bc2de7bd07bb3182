/**
 * How far a release list counts its matches (decision 0023). With no filter but a status the
 * count is exact and costs nothing (the server keeps it per status); with any other filter or
 * a search every match would have to be found and counted, 110-160 ms at a million releases,
 * so the count stops past `releaseTotalCap` and the page says so (`totalCapped`). Both homes of
 * the core count the same way: the mock counts everything and caps it, the server stops there.
 */
import { releaseTotalCap } from '../../src/api/contract'
import { searchWords } from './search'
import type { ReleaseListQuery } from './storage'

/** How many matches a list counts up to: undefined when it counts them all (at most a status is asked). */
export function countLimitOf(query: ReleaseListQuery): number | undefined {
  const { status: _status, page: _page, pageSize: _pageSize, sort: _sort, group: _group, q, ...filters } = query
  const asksMore =
    searchWords(q ?? '').length > 0 || Object.values(filters).some((value) => value !== undefined && value !== '')
  return asksMore ? releaseTotalCap : undefined
}

/** A count, cut to `limit`: `totalCapped` when more matched (an adapter may stop counting at `limit + 1`). */
export function cappedTotal(counted: number, limit: number | undefined): { total: number; totalCapped: boolean } {
  return limit !== undefined && counted > limit
    ? { total: limit, totalCapped: true }
    : { total: counted, totalCapped: false }
}
