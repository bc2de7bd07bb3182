import { notifications } from '@mantine/notifications'
import type { RouterHistory } from '@tanstack/react-router'
import { identityProvider } from './config/runtime'
import { createAuth } from './lib/auth/auth-store'
import { createQueryClient } from './query-client'
import { createAppRouter } from './router'

/**
 * Builds the app's long-lived objects and wires them together: a 401 from any request
 * signs the person out and sends them to sign-in, with a way back to where they were.
 */
export function createAppInstance(options: { history?: RouterHistory; retry?: boolean } = {}) {
  const auth = createAuth()
  const queryClient = createQueryClient({
    retry: options.retry,
    onUnauthorized: () => {
      if (!auth.session) return
      // Not the person's doing: their local copies stay, for when they sign in again.
      auth.signOut('ended')
      // The cache is cleared when the next person signs in (see SignInPage).
      const { pathname, href } = router.state.location
      if (pathname === '/sign-in') return
      notifications.show({
        id: 'session-ended',
        color: 'orange',
        message: 'Your session has ended. Sign in again to continue where you were.',
      })
      void router.navigate({ to: '/sign-in', search: { redirect: href }, replace: true })
    },
  })
  const router = createAppRouter({ queryClient, auth, history: options.history })
  // With an identity provider, each token it renews becomes the tab's: armed at every start (a
  // reload, and the provider's redirect back to /auth/callback, are both new starts of the page).
  if (identityProvider())
    void import('./lib/auth/identity-provider').then(({ followTokenRenewals }) =>
      followTokenRenewals((token) => {
        if (auth.session) auth.signIn({ token })
      }),
    )
  return { auth, queryClient, router }
}

export type AppInstance = ReturnType<typeof createAppInstance>
