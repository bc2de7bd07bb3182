import { getRouteApi } from '@tanstack/react-router'
import { useMemo } from 'react'
import { releasePublicationKey } from '../../api/contract'
import { type ReleaseFilters, type ReleaseSearch, noFilters, releaseSearchDefaults } from './release-search'

const route = getRouteApi('/_authenticated/releases/')

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

/**
 * The list's view as the URL holds it, and the ways to change it. Any change but paging
 * starts again at page 1: page 7 of the old view means nothing in the new one.
 */
export function useReleaseSearch() {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  // The same functions on every render, so the filters (memo) do not re-render for a new page of rows.
  const actions = useMemo(() => {
    const update = (patch: Partial<ReleaseSearch>) =>
      void navigate({ search: (previous) => ({ ...previous, page: 1, ...patch }) })
    return {
      setFilters: (patch: Partial<ReleaseFilters>) =>
        void navigate({
          search: (previous) => ({ ...previous, page: 1, ...patch, ...sortForStatus(previous, patch) }),
        }),
      clearFilters: () => update(noFilters),
      setSort: (sort: ReleaseSearch['sort']) => update({ sort }),
      setPageSize: (pageSize: number) => update({ pageSize }),
      setPage: (page: number) => update({ page }),
    }
  }, [navigate])
  return { search, ...actions }
}
