import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { isApiError, isUnauthorized } from './api/api-error'

type Options = {
  /** Called when any query or mutation answers 401: the session is gone or expired. */
  onUnauthorized: () => void
  /** Tests turn retries off so a failure shows at once. */
  retry?: boolean
}

/**
 * The QueryClient with the app's defaults. A 401 is handled here, once, rather than in
 * every screen; the handler comes from outside so this module imports no router or auth.
 */
export function createQueryClient({ onUnauthorized, retry = true }: Options): QueryClient {
  const handle = (error: unknown) => {
    if (isUnauthorized(error)) onUnauthorized()
  }
  return new QueryClient({
    queryCache: new QueryCache({ onError: handle }),
    mutationCache: new MutationCache({ onError: handle }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Back online after a loss: what is on screen may be older than staleTime says (decision 0010).
        refetchOnReconnect: 'always',
        // A client error will not change on a second try; a network blip or a 5xx may.
        retry: retry
          ? (failureCount, error) =>
              failureCount < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500)
          : false,
      },
      // A write while offline is sent at once and fails with "No connection" and Retry, rather
      // than waiting, paused with a spinner, for an 'online' event (decision 0010). Queries keep
      // the default 'online' mode: they wait for the connection and refetch when it returns.
      mutations: { retry: false, networkMode: 'always' },
    },
  })
}
