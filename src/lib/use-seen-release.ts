import { type QueryClient, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { Release } from '../api/contract'
import { releaseHistoryQueries } from '../api/release-history'
import { releaseQueries } from '../api/releases'

const historyIds = (queryClient: QueryClient, id: string): ReadonlySet<string> | null => {
  const history = queryClient.getQueryData(releaseHistoryQueries.detail(id).queryKey)
  return history ? new Set(history.items.map((entry) => entry.id)) : null
}

/**
 * The version of a release a person is deciding on: the one on screen when they began, kept
 * while live refetches move the page on. `current` is the page's copy, which the caller passes
 * on every render. `adopt` makes the current version the one decided on, but only when it is
 * still the version whose changes were on screen: one that moved again must be shown first.
 */
export function useSeenRelease(current: Release) {
  const queryClient = useQueryClient()
  const [seen, setSeen] = useState(current)
  const [knownHistory, setKnownHistory] = useState(() => historyIds(queryClient, current.id))
  const [adopting, setAdopting] = useState(false)
  const [checking, setChecking] = useState(false)

  const load = () =>
    Promise.all([
      queryClient.fetchQuery({ ...releaseQueries.detail(current.id), staleTime: 0 }),
      queryClient.fetchQuery({ ...releaseHistoryQueries.detail(current.id), staleTime: 0 }).catch(() => null),
    ])

  /** Loads the current version (after a 409, say), so that its changes show. */
  const refresh = () => {
    setChecking(true)
    void load()
      .catch(() => undefined)
      .finally(() => setChecking(false))
  }

  const adopt = async (): Promise<boolean> => {
    const shown = current
    setAdopting(true)
    try {
      const [fresh] = await load()
      if (shown.version === seen.version || fresh.version !== shown.version) return false
      setSeen(fresh)
      setKnownHistory(historyIds(queryClient, current.id))
      return true
    } catch {
      return false
    } finally {
      setAdopting(false)
    }
  }

  /** Takes `next` as seen without a word: for a form with nothing typed yet, which simply shows the page as it is. */
  const follow = (next: Release) => {
    setSeen(next)
    setKnownHistory(historyIds(queryClient, next.id))
  }

  return {
    release: seen,
    follow,
    changed: current.version !== seen.version,
    knownHistory,
    adopting,
    checking,
    refresh,
    adopt,
  }
}
