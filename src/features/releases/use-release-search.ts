import { getRouteApi } from '@tanstack/react-router'
import { type ReleaseFilters, type ReleaseSearch, noFilters } from './release-search'

const route = getRouteApi('/_authenticated/releases/')

/**
 * The list's view as the URL holds it, and the ways to change it. Any change but paging
 * starts again at page 1: page 7 of the old view means nothing in the new one.
 */
export function useReleaseSearch() {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const update = (patch: Partial<ReleaseSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, page: 1, ...patch }) })

  return {
    search,
    setFilters: (patch: Partial<ReleaseFilters>) => update(patch),
    clearFilters: () => update(noFilters),
    setSort: (sort: ReleaseSearch['sort']) => update({ sort }),
    setPageSize: (pageSize: number) => update({ pageSize }),
    setPage: (page: number) => update({ page }),
  }
}
