/**
 * What the database sheds over time. A session row outlives its use: it stops counting at its
 * expiry (reads check `expires_at`), but nothing removed it, so the table grew by every sign-in
 * for as long as the server ran. The scheduler's every look (server/main.ts) removes the ones
 * whose time is past: an indexed range (`sessions_expires_at_idx`), nothing when there are none.
 * Idempotency records need no sweep here: each write request removes the expired ones
 * (server/core/routes/idempotency.ts).
 */
import { lte } from 'drizzle-orm'
import type { Executor } from './connect'
import { sessions } from './schema'

/** Removes the sessions expired at `now`; answers how many. */
export async function removeExpiredSessions(db: Executor, now: Date): Promise<number> {
  const removed = await db.delete(sessions).where(lte(sessions.expiresAt, now)).returning({ token: sessions.token })
  return removed.length
}
