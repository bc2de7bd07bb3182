import { createRootRouteWithContext, Outlet } from '@tanstack/react-router'
import { RouteProgress } from '../components/route-progress'
import type { RouterContext } from '../router'

export const Route = createRootRouteWithContext<RouterContext>()({
  component: Root,
})

function Root() {
  return (
    <>
      <RouteProgress />
      <Outlet />
    </>
  )
}
