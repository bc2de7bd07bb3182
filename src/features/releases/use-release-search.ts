import { getRouteApi } from '@tanstack/react-router'
import { useMemo } from 'react'
import { type ReleaseFilters, type ReleaseSearch, noFilters } from './release-search'

const route = getRouteApi('/_authenticated/releases/')

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
      setFilters: (patch: Partial<ReleaseFilters>) => update(patch),
      clearFilters: () => update(noFilters),
      setSort: (sort: ReleaseSearch['sort']) => update({ sort }),
      setPageSize: (pageSize: number) => update({ pageSize }),
      setPage: (page: number) => update({ page }),
    }
  }, [navigate])
  return { search, ...actions }
}
