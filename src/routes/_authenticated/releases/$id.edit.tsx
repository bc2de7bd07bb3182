import { createFileRoute } from '@tanstack/react-router'
import { releaseHistoryQueries } from '../../../api/release-history'
import { releaseQueries } from '../../../api/releases'
import { pageTitle } from '../../../components/page-title'
import { ensureReferenceData } from '../../../features/release-editor/reference-options'
import { ReleaseEditorPage } from '../../../features/release-editor/release-editor-page'
import { NextStepAction } from '../../../features/release-workflow/next-step-action'

/** The editor, with the workflow's next step (Submit for review, Recall) in its status panel. */
function EditPage() {
  return <ReleaseEditorPage NextStep={NextStepAction} />
}

export const Route = createFileRoute('/_authenticated/releases/$id/edit')({
  loader: ({ context, params }) => {
    // The history (the latest review request) loads beside the release and never holds the page back.
    void context.queryClient.prefetchQuery(releaseHistoryQueries.detail(params.id))
    return Promise.all([
      context.queryClient.ensureQueryData(releaseQueries.detail(params.id)),
      ensureReferenceData(context.queryClient),
    ])
  },
  head: pageTitle('Edit release'),
  component: EditPage,
})
