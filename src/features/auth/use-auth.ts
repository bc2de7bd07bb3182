import { useRouteContext } from '@tanstack/react-router'
import { useSyncExternalStore } from 'react'
import type { Auth } from './auth-store'

/** The auth object from router context, and the signed-in user, kept current. */
export function useAuth(): { auth: Auth; user: Auth['user'] } {
  const auth = useRouteContext({ from: '__root__', select: (context) => context.auth })
  const user = useSyncExternalStore(auth.subscribe, () => auth.user)
  return { auth, user }
}
