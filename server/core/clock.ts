/**
 * The mock backend's idea of "now": every createdAt/updatedAt (and, later, scheduled
 * publication) reads it, so a test can freeze or move time with `setNow`.
 */
let frozen: Date | null = null
/** How far the page's clock is from this one's (the demo's backend runs in a worker, decision 0019). */
let offsetMs = 0

export function now(): Date {
  return frozen ? new Date(frozen.getTime()) : new Date(Date.now() + offsetMs)
}

/**
 * Follows the clock of the page a request came from: in the demo the backend's worker and the
 * page share one real clock, but a page's clock can be moved (Playwright's `clock`, a test of
 * scheduled publication) and a worker's cannot, so "now" is the page's.
 */
export function followPageClock(pageNowMs: number): void {
  offsetMs = pageNowMs - Date.now()
}

/** Freezes the clock at `date`; `null` lets it follow real time again. */
export function setNow(date: Date | string | null): void {
  frozen = date === null ? null : new Date(date)
}

export const clock = { now, setNow, followPageClock }
