import { useQueryClient } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { useEffect, useMemo, useRef } from 'react'
import { releasePublicationKey } from '../../api/contract'
import { releaseQueries } from '../../api/releases'
import {
  type ReleaseFilters,
  type ReleaseSearch,
  countFilters,
  noFilters,
  releaseListParams,
  releaseSearchDefaults,
} from './release-search'

const route = getRouteApi('/_authenticated/releases/')

/**
 * How long a new search word waits for its rows before the view changes without them (and
 * shows the previous rows, busy, until they come): long enough for a quick answer, short
 * enough that a slow one still shows at once that the search was taken.
 */
export const searchWordWaitMs = 250

/**
 * Choosing "Scheduled" while the list has its default sort orders it by publication time,
 * soonest first: what goes out next. Leaving scheduled and published for a status that has no
 * publication time gives the default sort back, since that sort would order nothing.
 */
export function sortForStatus(previous: ReleaseSearch, patch: Partial<ReleaseFilters>): Partial<ReleaseSearch> {
  if (!('status' in patch)) return {}
  const byPublication = previous.sort === releasePublicationKey || previous.sort === `-${releasePublicationKey}`
  if (patch.status === 'scheduled' && previous.sort === releaseSearchDefaults.sort)
    return { sort: releasePublicationKey }
  if (byPublication && patch.status !== undefined && patch.status !== 'scheduled' && patch.status !== 'published') {
    return { sort: releaseSearchDefaults.sort }
  }
  return {}
}

/** Only the search word changes: the one filter typed into a box that already shows it. */
const onlySearchWord = (patch: Partial<ReleaseFilters>) => {
  const keys = Object.keys(patch)
  return keys.length === 1 && keys[0] === 'q'
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * The list's view as the URL holds it, and the ways to change it. Any change but paging
 * starts again at page 1: page 7 of the old view means nothing in the new one.
 *
 * A new search word asks for its rows and counts first and changes the URL once they are
 * here (or after `searchWordWaitMs`): the view then changes in one go, rows, total and
 * counts together, instead of drawing the old rows busy and then the new ones. The URL is
 * still all the view is: until it changes, the old rows are its rows. A newer word, or any
 * other change, drops a word still waiting (the other change takes it along), so an old
 * word never lands over a newer view.
 */
export function useReleaseSearch() {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const queryClient = useQueryClient()
  // The view as last drawn, for the params a waiting word will have; and the word waiting.
  const shown = useRef(search)
  const waiting = useRef<{ q: string | undefined } | null>(null)
  useEffect(() => {
    shown.current = search
  }, [search])
  // Leaving the list drops a word still waiting: it must not bring the list back.
  useEffect(() => () => void (waiting.current = null), [])

  // The same functions on every render, so the filters (memo) do not re-render for a new page of rows.
  const actions = useMemo(() => {
    /** Any other change takes a waiting word along (its own value wins) and ends the wait. */
    const go = (
      patch: Partial<ReleaseSearch>,
      extra: (previous: ReleaseSearch) => Partial<ReleaseSearch> = () => ({}),
    ) => {
      const word = waiting.current
      waiting.current = null
      void navigate({
        search: (previous) => {
          const next = { ...previous, page: 1, ...(word ? { q: word.q } : {}), ...patch }
          return { ...next, ...extra(previous) }
        },
      })
    }
    const searchFor = (q: string | undefined) => {
      const word = { q }
      waiting.current = word
      const params = releaseListParams({ ...shown.current, page: 1, q })
      const ready = Promise.all([
        queryClient.prefetchQuery(releaseQueries.list(params)),
        queryClient.prefetchQuery(releaseQueries.counts(countFilters(params))),
      ])
      void Promise.race([ready, delay(searchWordWaitMs)]).then(() => {
        if (waiting.current === word) go({ q })
      })
    }
    return {
      setFilters: (patch: Partial<ReleaseFilters>) => {
        if (onlySearchWord(patch)) searchFor(patch.q)
        else go(patch, (previous) => sortForStatus(previous, patch))
      },
      clearFilters: () => go(noFilters),
      setSort: (sort: ReleaseSearch['sort']) => go({ sort }),
      setPageSize: (pageSize: number) => go({ pageSize }),
      setPage: (page: number) => go({ page }),
    }
  }, [navigate, queryClient])
  return { search, ...actions }
}
