import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { releaseQueries } from '../../api/releases'

/**
 * Asks the server for the release again as soon as its tab comes back (focus, or shown again),
 * whatever the query's staleTime: a version saved meanwhile is then said before anyone types.
 */
export function useRefreshOnReturn(id: string | null) {
  const queryClient = useQueryClient()
  useEffect(() => {
    if (id === null) return
    const refresh = () => {
      if (document.visibilityState === 'hidden') return
      // A refetch already on its way answers this too.
      void queryClient.refetchQueries(
        { queryKey: releaseQueries.detail(id).queryKey, exact: true },
        { cancelRefetch: false },
      )
    }
    window.addEventListener('focus', refresh)
    document.addEventListener('visibilitychange', refresh)
    return () => {
      window.removeEventListener('focus', refresh)
      document.removeEventListener('visibilitychange', refresh)
    }
  }, [id, queryClient])
}
