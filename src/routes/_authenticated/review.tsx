import { createFileRoute, stripSearchParams } from '@tanstack/react-router'
import { languageQueries } from '../../api/languages'
import { releaseQueries } from '../../api/releases'
import { pageTitle } from '../../components/page-title'
import { prefetchFilterOptions } from '../../lib/filter-options'
import { ReviewQueuePage } from '../../features/review-queue/review-queue-page'
import {
  reviewQueueQuery,
  reviewQueueSearchDefaults,
  reviewQueueSearchSchema,
} from '../../features/review-queue/review-queue-search'

export const Route = createFileRoute('/_authenticated/review')({
  validateSearch: reviewQueueSearchSchema,
  search: { middlewares: [stripSearchParams(reviewQueueSearchDefaults)] },
  // Every param of the view is part of the list query.
  loaderDeps: ({ search }) => search,
  loader: ({ context: { queryClient }, deps }) => {
    // The filters' choices load beside the table and never hold it back.
    prefetchFilterOptions(queryClient)
    // The languages name each version's language and fill the Languages filter.
    void queryClient.prefetchQuery(languageQueries.allRecords())
    return queryClient.ensureQueryData(releaseQueries.list(reviewQueueQuery(deps)))
  },
  head: pageTitle('Review queue'),
  component: ReviewQueuePage,
})
