import type { QueryClient } from '@tanstack/react-query'
import { createRouter, type RouterHistory } from '@tanstack/react-router'
import { NotFoundView } from './components/not-found-view'
import { PendingView } from './components/pending-view'
import { RouteError } from './components/route-error'
import type { Auth } from './lib/auth/auth-store'
import { routeTree } from './routeTree.gen'

export type RouterContext = {
  queryClient: QueryClient
  auth: Auth
}

export function createAppRouter({ queryClient, auth, history }: RouterContext & { history?: RouterHistory }) {
  return createRouter({
    routeTree,
    history,
    context: { queryClient, auth },
    // Preloading on hover fills the query cache; the router itself should not cache on top of it.
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: PendingView,
    defaultErrorComponent: RouteError,
    defaultNotFoundComponent: NotFoundView,
    scrollRestoration: true,
  })
}

export type AppRouter = ReturnType<typeof createAppRouter>

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter
  }
}
