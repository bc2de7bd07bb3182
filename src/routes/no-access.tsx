import { createFileRoute, redirect } from '@tanstack/react-router'
import { pageTitle } from '../components/page-title'
import { NoAccessPage } from '../features/auth/no-access-page'

/** A person the identity provider knows, with none of the newsroom's roles (GET /session answered 403). */
export const Route = createFileRoute('/no-access')({
  beforeLoad: ({ context: { auth } }) => {
    if (!auth.session) throw redirect({ to: '/sign-in' })
  },
  head: pageTitle('No access'),
  component: NoAccessPage,
})
