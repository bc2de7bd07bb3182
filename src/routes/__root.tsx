import { createRootRouteWithContext, HeadContent, Outlet } from '@tanstack/react-router'
import { RouteProgress } from '../components/route-progress'
import type { RouterContext } from '../router'

export const Route = createRootRouteWithContext<RouterContext>()({
  head: () => ({ meta: [{ title: 'Newsroom admin' }] }),
  component: Root,
})

function Root() {
  return (
    <>
      {/* Each route names its page in the document title (React hoists the tag into <head>). */}
      <HeadContent />
      <RouteProgress />
      <Outlet />
    </>
  )
}
