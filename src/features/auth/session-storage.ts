import { type Session, sessionSchema } from '../../api/contract'

/**
 * The session lives in sessionStorage: per tab, so one person can be an editor in one tab
 * and a reviewer in another, and it ends when the tab closes.
 */
const key = 'newsroom-admin.session'

export function readSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(key)
    if (!raw) return null
    const parsed = sessionSchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export function writeSession(session: Session): void {
  sessionStorage.setItem(key, JSON.stringify(session))
}

export function clearSession(): void {
  sessionStorage.removeItem(key)
}
