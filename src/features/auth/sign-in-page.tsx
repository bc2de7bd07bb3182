import { getRouteApi } from '@tanstack/react-router'
import { identityProvider } from '../../config/runtime'
import { DemoSignIn } from './demo-sign-in'
import { ProviderSignIn } from './provider-sign-in'

const route = getRouteApi('/sign-in')

/** The deployment's identity provider when it names one, else the demo's picker of seeded people. */
export function SignInPage() {
  const { redirect } = route.useSearch()
  return identityProvider() ? <ProviderSignIn redirect={redirect} /> : <DemoSignIn redirect={redirect} />
}
