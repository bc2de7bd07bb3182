import { createFileRoute, stripSearchParams } from '@tanstack/react-router'
import { releaseQueries } from '../../api/releases'
import { pageTitle } from '../../components/page-title'
import { ReviewQueuePage } from '../../features/review-queue/review-queue-page'
import { reviewQueueQuery, reviewQueueSearchSchema } from '../../features/review-queue/review-queue-search'

export const Route = createFileRoute('/_authenticated/review')({
  validateSearch: reviewQueueSearchSchema,
  search: { middlewares: [stripSearchParams({ page: 1 })] },
  loaderDeps: ({ search: { page } }) => ({ page }),
  loader: ({ context, deps }) => context.queryClient.ensureQueryData(releaseQueries.list(reviewQueueQuery(deps.page))),
  head: pageTitle('Review queue'),
  component: ReviewQueuePage,
})
