import { createFileRoute, stripSearchParams } from '@tanstack/react-router'
import { languageQueries } from '../../../api/languages'
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
  loader: ({ context: { queryClient }, deps }) => {
    // Nothing here holds the page: its filters and frame draw at once, the table shows it is
    // loading and fills in when its answer comes (paging keeps the previous page on screen,
    // placeholderData). The table's query is sent first: the (mock) backend answers in the
    // order it is asked. The per-status counts and the filters' choices load beside it.
    void queryClient.prefetchQuery(releaseQueries.list(deps))
    void queryClient.prefetchQuery(releaseQueries.counts(countFilters(deps)))
    prefetchFilterOptions(queryClient)
    // The languages name the badges and fill the two language filters.
    void queryClient.prefetchQuery(languageQueries.allRecords())
  },
  head: pageTitle('Releases'),
  component: ReleasesPage,
})
