const units: [unit: string, ms: number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
]

/** "waiting 3 days": how long a release has waited since it was submitted, in its largest whole unit. */
export function waitingTime(submittedAt: string, now: Date): string {
  const elapsed = Math.max(0, now.getTime() - new Date(submittedAt).getTime())
  for (const [unit, ms] of units) {
    const count = Math.floor(elapsed / ms)
    if (count >= 1) return `waiting ${count} ${unit}${count === 1 ? '' : 's'}`
  }
  return 'waiting less than a minute'
}

/** Past this a release has waited too long: it is marked in the queue. */
export const longWaitDays = 2

/** Whether a release submitted then has waited more than `longWaitDays` by now. */
export const waitsLong = (submittedAt: string, now: Date): boolean =>
  now.getTime() - new Date(submittedAt).getTime() > longWaitDays * 86_400_000
