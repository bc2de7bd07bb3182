import { clearSession, readSession, type StoredSession, writeSession } from '../../api/session-storage'

/**
 * Whether this tab is signed in, in router context: guards read it, components subscribe to
 * it. It holds the token only; who is signed in comes from GET /session (see useAuth).
 */
export type Auth = {
  readonly session: StoredSession | null
  signIn: (session: StoredSession) => void
  signOut: () => void
  subscribe: (listener: () => void) => () => void
}

export function createAuth(): Auth {
  let session = readSession()
  const listeners = new Set<() => void>()
  const set = (next: StoredSession | null) => {
    session = next
    for (const listener of listeners) listener()
  }

  return {
    get session() {
      return session
    },
    signIn(next) {
      writeSession(next)
      set({ token: next.token })
    },
    signOut() {
      clearSession()
      set(null)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
