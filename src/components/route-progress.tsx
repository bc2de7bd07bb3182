import { Progress } from '@mantine/core'
import { useRouterState } from '@tanstack/react-router'

/** A thin bar at the top of the page while a route loads. */
export function RouteProgress() {
  const isLoading = useRouterState({ select: (state) => state.isLoading })
  if (!isLoading) return null
  return (
    <Progress
      value={100}
      animated
      size={3}
      radius={0}
      aria-label="Loading"
      pos="fixed"
      top={0}
      left={0}
      right={0}
      style={{ zIndex: 1000 }}
    />
  )
}
