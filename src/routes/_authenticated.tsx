import { createFileRoute, redirect } from '@tanstack/react-router'
import { AppLayout } from '../components/layout/app-layout'

/** Every page but sign-in lives under this pathless layout, which lets only a signed-in person through. */
export const Route = createFileRoute('/_authenticated')({
  beforeLoad: ({ context, location }) => {
    if (!context.auth.session) {
      throw redirect({ to: '/sign-in', search: { redirect: location.href } })
    }
  },
  component: AppLayout,
})
