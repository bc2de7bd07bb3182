import { createFileRoute, stripSearchParams } from '@tanstack/react-router'
import { releaseQueries } from '../../../api/releases'
import { ReleasesPage } from '../../../features/releases/releases-page'
import { releaseSearchDefaults, releaseSearchSchema } from '../../../features/releases/release-search'
import { pageTitle } from '../../../components/page-title'

export const Route = createFileRoute('/_authenticated/releases/')({
  validateSearch: releaseSearchSchema,
  search: { middlewares: [stripSearchParams(releaseSearchDefaults)] },
  loaderDeps: ({ search: { page, pageSize, sort, status, q } }) => ({ page, pageSize, sort, status, q }),
  loader: async ({ context, deps, cause }) => {
    const options = releaseQueries.list(deps)
    // Paging within the list must not hold the navigation: the table keeps the previous
    // page on screen (placeholderData) while the next one loads.
    if (cause === 'stay') void context.queryClient.prefetchQuery(options)
    else await context.queryClient.ensureQueryData(options)
  },
  head: pageTitle('Releases'),
  component: ReleasesPage,
})
