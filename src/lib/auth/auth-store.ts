import { clearSession, readSession, type StoredSession, writeSession } from '../../api/session-storage'

/**
 * Whether this tab is signed in, in router context: guards read it, components subscribe to
 * it. It holds the token only; who is signed in comes from GET /session (see useAuth).
 */
export type Auth = {
  readonly session: StoredSession | null
  /**
   * Why the tab is signed out: 'person' when they signed out (their local copies go with it),
   * 'ended' when the server refused the token (expired, revoked): their copies stay, to be found
   * when they sign in again. Null while signed in, or before anyone signed in.
   */
  readonly signedOutBecause: 'person' | 'ended' | null
  signIn: (session: StoredSession) => void
  signOut: (because?: 'person' | 'ended') => void
  subscribe: (listener: () => void) => () => void
}

export function createAuth(): Auth {
  let session = readSession()
  let signedOutBecause: Auth['signedOutBecause'] = null
  const listeners = new Set<() => void>()
  const set = (next: StoredSession | null) => {
    session = next
    for (const listener of listeners) listener()
  }

  return {
    get session() {
      return session
    },
    get signedOutBecause() {
      return signedOutBecause
    },
    signIn(next) {
      writeSession(next)
      signedOutBecause = null
      set({ token: next.token })
    },
    signOut(because = 'person') {
      clearSession()
      signedOutBecause = because
      set(null)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
