import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { deleteSession } from '../../api/session'
import { useAuth } from './use-auth'

/** Ends the session on the server when it can, and locally in any case. */
export function useSignOut() {
  const { auth } = useAuth()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return async () => {
    await deleteSession().catch(() => undefined)
    auth.signOut()
    await navigate({ to: '/sign-in' })
    // Only once the signed-in pages are gone, or their queries would fetch again at once.
    queryClient.clear()
  }
}
