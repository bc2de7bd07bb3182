import { createFileRoute, redirect } from '@tanstack/react-router'
import { isUnauthorized } from '../api/api-error'
import { sessionQueries } from '../api/session'
import { AppLayout } from '../components/layout/app-layout'
import { CommandPaletteLauncher } from '../features/command-palette/command-palette-launcher'

/**
 * Every page but sign-in lives under this pathless layout, which lets only a signed-in person
 * through. Who that is comes from GET /session, asked before any page shows, and reaches the
 * pages' loaders as `context.user`.
 */
export const Route = createFileRoute('/_authenticated')({
  beforeLoad: async ({ context: { auth, queryClient }, location }) => {
    const toSignIn = () => redirect({ to: '/sign-in', search: { redirect: location.href } })
    if (!auth.session) throw toSignIn()
    try {
      const { user } = await queryClient.ensureQueryData(sessionQueries.current())
      return { user }
    } catch (error) {
      // The token is no longer valid: the 401 handler (app-instance.ts) has signed the tab out.
      if (isUnauthorized(error)) throw toSignIn()
      throw error
    }
  },
  component: () => <AppLayout search={<CommandPaletteLauncher />} />,
})
