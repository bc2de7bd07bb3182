import { createFileRoute, redirect } from '@tanstack/react-router'
import { isForbidden, isUnauthorized } from '../api/api-error'
import { sessionQueries } from '../api/session'
import { AppLayout } from '../components/layout/app-layout'
import { CommandPaletteLauncher } from '../features/command-palette/command-palette-launcher'

/**
 * Every page but sign-in lives under this pathless layout, which lets only a signed-in person
 * through. Who that is comes from GET /session, asked before any page shows but beside the
 * page's own requests (a loader, not beforeLoad, so the pages' loaders need not wait for it);
 * a loader that needs the person ensures the same query.
 */
export const Route = createFileRoute('/_authenticated')({
  beforeLoad: ({ context: { auth }, location }) => {
    if (!auth.session) throw redirect({ to: '/sign-in', search: { redirect: location.href } })
  },
  loader: async ({ context: { queryClient }, location }) => {
    try {
      await queryClient.ensureQueryData(sessionQueries.current())
    } catch (error) {
      // The token is no longer valid: the 401 handler (app-instance.ts) has signed the tab out.
      if (isUnauthorized(error)) throw redirect({ to: '/sign-in', search: { redirect: location.href } })
      // Known to the identity provider, but with none of the roles: a page that says so, not an empty app.
      if (isForbidden(error)) throw redirect({ to: '/no-access' })
      throw error
    }
  },
  component: () => <AppLayout search={<CommandPaletteLauncher />} />,
})
