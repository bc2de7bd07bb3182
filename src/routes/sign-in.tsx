import { createFileRoute, redirect } from '@tanstack/react-router'
import { z } from 'zod'
import { isUnauthorized } from '../api/api-error'
import type { Role } from '../api/contract'
import { sessionQueries, userQueries } from '../api/session'
import { identityProvider } from '../config/runtime'
import { landingPath } from '../features/auth/landing'
import { safeRedirect } from '../features/auth/safe-redirect'
import { SignInPage } from '../features/auth/sign-in-page'
import { pageTitle } from '../components/page-title'

const signInSearchSchema = z.object({
  /** Where to go after signing in; checked with safeRedirect before use. */
  redirect: z.string().optional().catch(undefined),
})

export const Route = createFileRoute('/sign-in')({
  validateSearch: signInSearchSchema,
  beforeLoad: async ({ context: { auth, queryClient }, search }) => {
    if (!auth.session) return
    // Already signed in: on to the page asked for, or the person's landing page.
    let role: Role | undefined
    try {
      role = (await queryClient.ensureQueryData(sessionQueries.current())).user.role
    } catch (error) {
      // An expired token: the 401 handler has signed the tab out, so this page is the right one.
      if (isUnauthorized(error)) return
    }
    throw redirect({ href: safeRedirect(search.redirect, landingPath(role)) })
  },
  // The seeded people are the demo's: with an identity provider there is no one to list.
  loader: ({ context }) => (identityProvider() ? undefined : context.queryClient.ensureQueryData(userQueries.list())),
  head: pageTitle('Sign in'),
  component: SignInPage,
})
