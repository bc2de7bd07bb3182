import { createFileRoute } from '@tanstack/react-router'
import { commentQueries } from '../../../api/comments'
import { releaseHistoryQueries } from '../../../api/release-history'
import { releaseQueries } from '../../../api/releases'
import { pageTitle } from '../../../components/page-title'
import { ensureReferenceData } from '../../../features/release-editor/reference-options'
import { ReleaseEditorPage } from '../../../features/release-editor/release-editor-page'
import { lazyFetchedWhenIdle } from '../../../features/release-editor/second-pass'
import { NextStepAction } from '../../../features/release-workflow/next-step-action'

// Beside the form and drawn after it: not part of the editor's first load, fetched when the page is idle.
const ActivityStream = lazyFetchedWhenIdle(() =>
  import('../../../features/release-activity/activity-stream').then((module) => ({ default: module.ActivityStream })),
)

// Only a translation shows its original beside the form: not part of the editor's first load.
const OriginalBeside = lazyFetchedWhenIdle(() =>
  import('../../../features/release-languages/original-beside').then((module) => ({ default: module.OriginalBeside })),
)

/**
 * The editor, with the workflow's next step (Submit for review, Recall) in its status panel, the
 * activity under it, and on a translation its original beside the form.
 */
function EditPage() {
  return <ReleaseEditorPage NextStep={NextStepAction} Activity={ActivityStream} Original={OriginalBeside} />
}

export const Route = createFileRoute('/_authenticated/releases/$id/edit')({
  loader: ({ context, params }) => {
    // The history (the latest review request) and the comments load beside the release and never hold the page back.
    void context.queryClient.prefetchQuery(releaseHistoryQueries.detail(params.id))
    void context.queryClient.prefetchQuery(commentQueries.list(params.id))
    return Promise.all([
      context.queryClient.ensureQueryData(releaseQueries.detail(params.id)),
      ensureReferenceData(context.queryClient),
    ])
  },
  head: pageTitle('Edit release'),
  component: EditPage,
})
