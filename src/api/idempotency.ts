/**
 * A fresh key for one intent of the user (one new release, one transition, one comment).
 * Keep it while that intent is retried; make a new one once it has succeeded.
 */
export function newIdempotencyKey(): string {
  // randomUUID exists only in secure contexts; getRandomValues everywhere.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('')
}
