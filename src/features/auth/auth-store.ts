import type { Session, User } from '../../api/contract'
import { clearSession, readSession, writeSession } from './session-storage'

/** Who is signed in, in router context: guards read it, components subscribe to it. */
export type Auth = {
  readonly session: Session | null
  readonly user: User | null
  signIn: (session: Session) => void
  signOut: () => void
  subscribe: (listener: () => void) => () => void
}

export function createAuth(): Auth {
  let session = readSession()
  const listeners = new Set<() => void>()
  const set = (next: Session | null) => {
    session = next
    for (const listener of listeners) listener()
  }

  return {
    get session() {
      return session
    },
    get user() {
      return session?.user ?? null
    },
    signIn(next) {
      writeSession(next)
      set(next)
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
