import { useQuery } from '@tanstack/react-query'
import { useRouteContext } from '@tanstack/react-router'
import { useSyncExternalStore } from 'react'
import type { User } from '../../api/contract'
import { sessionQueries } from '../../api/session'
import type { Auth } from './auth-store'

/**
 * The auth object from router context, and the signed-in user as GET /session answered it
 * (the signed-in layout ensures that answer before any page shows), never as stored in the tab.
 */
export function useAuth(): { auth: Auth; user: User | null } {
  const auth = useRouteContext({ from: '__root__', select: (context) => context.auth })
  const session = useSyncExternalStore(auth.subscribe, () => auth.session)
  const { data } = useQuery({ ...sessionQueries.current(), enabled: session !== null })
  return { auth, user: session ? (data?.user ?? null) : null }
}
