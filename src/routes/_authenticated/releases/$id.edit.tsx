import { createFileRoute } from '@tanstack/react-router'
import { releaseQueries } from '../../../api/releases'
import { pageTitle } from '../../../components/page-title'
import { ensureReferenceData } from '../../../features/release-editor/reference-options'
import { ReleaseEditorPage } from '../../../features/release-editor/release-editor-page'

export const Route = createFileRoute('/_authenticated/releases/$id/edit')({
  loader: ({ context, params }) =>
    Promise.all([
      context.queryClient.ensureQueryData(releaseQueries.detail(params.id)),
      ensureReferenceData(context.queryClient),
    ]),
  head: pageTitle('Edit release'),
  component: ReleaseEditorPage,
})
