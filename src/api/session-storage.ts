import type { z } from 'zod'
import { sessionSchema } from './contract'

/**
 * The session lives in sessionStorage: per tab, so one person can be an editor in one tab
 * and a reviewer in another, and it ends when the tab closes. Only the bearer token is kept:
 * who it belongs to is the server's answer to GET /session (sessionQueries.current), so editing
 * storage cannot change the name or role the app shows.
 */
const key = 'newsroom-admin.session'

// A value stored before only the token was kept still parses: its other fields are dropped.
const storedSessionSchema = sessionSchema.pick({ token: true })
export type StoredSession = z.infer<typeof storedSessionSchema>

export function readSession(): StoredSession | null {
  try {
    const raw = sessionStorage.getItem(key)
    if (!raw) return null
    const parsed = storedSessionSchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export function writeSession({ token }: StoredSession): void {
  sessionStorage.setItem(key, JSON.stringify({ token }))
}

export function clearSession(): void {
  sessionStorage.removeItem(key)
}
