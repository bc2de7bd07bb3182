import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { deleteSession } from '../../api/session'
import { removeLocalCopiesOf } from '../local-copy-keys'
import { useAuth } from './use-auth'

/** Ends the session on the server when it can, and locally in any case; the person's local copies go too. */
export function useSignOut() {
  const { auth, user } = useAuth()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return async () => {
    await deleteSession().catch(() => undefined)
    auth.signOut()
    // Signed out, an editor no longer keeps copies, so none comes back after this.
    if (user) removeLocalCopiesOf(user.id)
    await navigate({ to: '/sign-in' })
    // Only once the signed-in pages are gone, or their queries would fetch again at once.
    queryClient.clear()
  }
}
