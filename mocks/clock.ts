/**
 * The mock backend's idea of "now": every createdAt/updatedAt (and, later, scheduled
 * publication) reads it, so a test can freeze or move time with `setNow`.
 */
let frozen: Date | null = null

export function now(): Date {
  return frozen ? new Date(frozen.getTime()) : new Date()
}

/** Freezes the clock at `date`; `null` lets it follow real time again. */
export function setNow(date: Date | string | null): void {
  frozen = date === null ? null : new Date(date)
}

export const clock = { now, setNow }
