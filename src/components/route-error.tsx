import { Box } from '@mantine/core'
import { useQueryErrorResetBoundary } from '@tanstack/react-query'
import { type ErrorComponentProps, useRouter } from '@tanstack/react-router'
import { useEffect } from 'react'
import { isUnauthorized } from '../api/api-error'
import { ErrorView } from './error-view'

/**
 * The router's error view. Retrying reloads the route's loaders; the query error boundary
 * is reset first so that queries which failed are fetched again rather than rethrown.
 */
export function RouteError({ error }: ErrorComponentProps) {
  const router = useRouter()
  const queryErrorResetBoundary = useQueryErrorResetBoundary()

  useEffect(() => {
    queryErrorResetBoundary.reset()
  }, [queryErrorResetBoundary])

  // A 401 is already on its way to the sign-in page (see createAppInstance).
  if (isUnauthorized(error)) return null

  return (
    <Box p="md">
      <ErrorView error={error} onRetry={() => void router.invalidate()} />
    </Box>
  )
}
