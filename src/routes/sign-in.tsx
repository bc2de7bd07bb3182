import { createFileRoute, redirect } from '@tanstack/react-router'
import { z } from 'zod'
import { userQueries } from '../api/session'
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
  beforeLoad: ({ context, search }) => {
    if (context.auth.session) throw redirect({ href: safeRedirect(search.redirect, landingPath(context.auth.user?.role)) })
  },
  loader: ({ context }) => context.queryClient.ensureQueryData(userQueries.list()),
  head: pageTitle('Sign in'),
  component: SignInPage,
})
