import { createFileRoute, stripSearchParams } from '@tanstack/react-router'
import { releaseQueries } from '../../../api/releases'
import { pageTitle } from '../../../components/page-title'
import { prefetchFilterOptions } from '../../../lib/filter-options'
import {
  countFilters,
  releaseListParams,
  releaseSearchDefaults,
  releaseSearchSchema,
} from '../../../features/releases/release-search'
import { ReleasesPage } from '../../../features/releases/releases-page'

export const Route = createFileRoute('/_authenticated/releases/')({
  validateSearch: releaseSearchSchema,
  search: { middlewares: [stripSearchParams(releaseSearchDefaults)] },
  loaderDeps: ({ search }) => releaseListParams(search),
  loader: async ({ context: { queryClient }, deps, cause }) => {
    const list = releaseQueries.list(deps)
    // The table's query is sent first: the (mock) backend answers in the order it is asked.
    // Paging within the list must not hold the navigation: the table keeps the previous
    // page on screen (placeholderData) while the next one loads.
    const table = cause === 'stay' ? undefined : queryClient.ensureQueryData(list)
    if (cause === 'stay') void queryClient.prefetchQuery(list)
    // The per-status counts and the filters' choices never hold the table back: they load
    // beside it and fill in when they arrive (the components read them with useQuery).
    void queryClient.prefetchQuery(releaseQueries.counts(countFilters(deps)))
    prefetchFilterOptions(queryClient)
    await table
  },
  head: pageTitle('Releases'),
  component: ReleasesPage,
})
