import { createFileRoute } from '@tanstack/react-router'
import { pageTitle } from '../../../components/page-title'
import { ensureReferenceData } from '../../../features/release-editor/reference-options'
import { NewReleasePage } from '../../../features/release-editor/release-editor-page'

export const Route = createFileRoute('/_authenticated/releases/new')({
  loader: ({ context }) => ensureReferenceData(context.queryClient),
  head: pageTitle('New release'),
  component: NewReleasePage,
})
