import { createFileRoute, stripSearchParams } from '@tanstack/react-router'
import { releaseQueries } from '../../../api/releases'
import { pageTitle } from '../../../components/page-title'
import { prefetchFilterOptions } from '../../../features/releases/filter-options'
import { countFilters, releaseSearchDefaults, releaseSearchSchema } from '../../../features/releases/release-search'
import { ReleasesPage } from '../../../features/releases/releases-page'

export const Route = createFileRoute('/_authenticated/releases/')({
  validateSearch: releaseSearchSchema,
  search: { middlewares: [stripSearchParams(releaseSearchDefaults)] },
  loaderDeps: ({ search: { page, pageSize, sort, status, q, fieldOfWork, state, fieldOperation, source, author, from, to } }) => ({
    page,
    pageSize,
    sort,
    status,
    q,
    fieldOfWork,
    state,
    fieldOperation,
    source,
    author,
    from,
    to,
  }),
  loader: async ({ context: { queryClient }, deps, cause }) => {
    const list = releaseQueries.list(deps)
    // The filters' choices and the per-status counts never hold the table back: they
    // load beside it and fill in when they arrive (the component reads them with useQuery).
    prefetchFilterOptions(queryClient)
    const counts = queryClient.prefetchQuery(releaseQueries.counts(countFilters(deps)))
    // Paging within the list must not hold the navigation: the table keeps the previous
    // page on screen (placeholderData) while the next one loads.
    if (cause === 'stay') void queryClient.prefetchQuery(list)
    else await Promise.all([queryClient.ensureQueryData(list), counts])
  },
  head: pageTitle('Releases'),
  component: ReleasesPage,
})
