import { Anchor, Center, Stack, Text, Title } from '@mantine/core'
import { createFileRoute, Link, redirect } from '@tanstack/react-router'
import { isForbidden } from '../api/api-error'
import { sessionQueries } from '../api/session'
import { pageTitle } from '../components/page-title'
import { landingPath } from '../features/auth/landing'
import { safeRedirect } from '../features/auth/safe-redirect'

/**
 * Where the identity provider sends the person back (issue #17): the code is exchanged for
 * tokens (with PKCE), the access token becomes this tab's, and the person goes on to the page
 * they asked for, or their landing page; a person with none of the roles to "no access".
 */
export const Route = createFileRoute('/auth/callback')({
  loader: async ({ context: { auth, queryClient } }) => {
    const { completeSignIn } = await import('../lib/auth/identity-provider')
    let answer
    try {
      answer = await completeSignIn()
    } catch (error) {
      // The provider's answer could not be used (an error it sent, a stale or replayed link).
      return { failure: error instanceof Error ? error.message : 'The identity provider’s answer could not be used.' }
    }
    const { user, state } = answer
    queryClient.clear()
    auth.signIn({ token: user.access_token })
    let role
    try {
      role = (await queryClient.ensureQueryData(sessionQueries.current())).user.role
    } catch (error) {
      if (isForbidden(error)) throw redirect({ to: '/no-access', replace: true })
      throw error
    }
    throw redirect({ href: safeRedirect(state.redirect, landingPath(role)), replace: true })
  },
  head: pageTitle('Signing in'),
  pendingComponent: () => (
    <Center component="main" mih="100vh" p="md">
      <Text>Signing you in…</Text>
    </Center>
  ),
  component: SignInFailed,
})

/** The provider's answer could not be used: say so, and offer to start again. */
function SignInFailed() {
  const { failure } = Route.useLoaderData()
  return (
    <Center component="main" mih="100vh" p="md">
      <Stack maw={560} role="alert">
        <Title order={1}>Signing in did not complete</Title>
        <Text>{failure}</Text>
        <Anchor component={Link} to="/sign-in">
          Sign in again
        </Anchor>
      </Stack>
    </Center>
  )
}
