import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { deleteSession } from '../../api/session'
import { identityProvider } from '../../config/runtime'
import { removeLocalCopiesOf } from '../local-copy-keys'
import { useAuth } from './use-auth'

/**
 * Ends the session on the server when it can, and locally in any case; the person's local
 * copies go too. With an identity provider, the session there ends as well: the page leaves for
 * the provider's sign-out, which sends it back to sign-in.
 */
export function useSignOut() {
  const { auth, user } = useAuth()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return async () => {
    const provider = identityProvider()
    // The demo's session is a row on the server; a provider's token simply stops being used.
    if (!provider) await deleteSession().catch(() => undefined)
    auth.signOut()
    // Signed out, an editor no longer keeps copies, so none comes back after this.
    if (user) removeLocalCopiesOf(user.id)
    await navigate({ to: '/sign-in' })
    // Only once the signed-in pages are gone, or their queries would fetch again at once.
    queryClient.clear()
    if (provider) {
      const { signOutAtProvider } = await import('./identity-provider')
      await signOutAtProvider()
    }
  }
}
