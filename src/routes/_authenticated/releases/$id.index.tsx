import { createFileRoute, type ErrorComponentProps } from '@tanstack/react-router'
import { isApiError } from '../../../api/api-error'
import { commentQueries } from '../../../api/comments'
import { releaseHistoryQueries } from '../../../api/release-history'
import { releaseQueries } from '../../../api/releases'
import { recordPageTitle } from '../../../components/page-title'
import { RouteError } from '../../../components/route-error'
import { ActivityStream } from '../../../features/release-activity/activity-stream'
import { ReleaseNotFound } from '../../../features/release-preview/release-not-found'
import { LanguageVersions } from '../../../features/release-languages/language-versions'
import { StaleTranslation } from '../../../features/release-languages/stale-translation'
import { ReleasePreviewPage } from '../../../features/release-preview/release-preview-page'
import { ReleaseActions } from '../../../features/release-workflow/release-actions'
import { NextInQueue } from '../../../features/review-queue/next-in-queue'

function ReleasePreviewError(props: ErrorComponentProps) {
  return isApiError(props.error) && props.error.status === 404 ? <ReleaseNotFound /> : <RouteError {...props} />
}

/** The release page, with the parts other features draw. */
function ReleasePage() {
  return (
    <ReleasePreviewPage
      Actions={ReleaseActions}
      Activity={ActivityStream}
      Next={NextInQueue}
      Languages={LanguageVersions}
      LanguageNotice={StaleTranslation}
    />
  )
}

export const Route = createFileRoute('/_authenticated/releases/$id/')({
  loader: async ({ context: { queryClient }, params }) => {
    // The history and the comments (the activity) load beside the release and never hold the page back.
    void queryClient.prefetchQuery(releaseHistoryQueries.detail(params.id))
    void queryClient.prefetchQuery(commentQueries.list(params.id))
    const release = await queryClient.ensureQueryData(releaseQueries.detail(params.id))
    return { title: release.title }
  },
  head: ({ loaderData }) => recordPageTitle(loaderData?.title, 'Release'),
  component: ReleasePage,
  errorComponent: ReleasePreviewError,
})
