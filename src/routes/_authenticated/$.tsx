import { createFileRoute } from '@tanstack/react-router'
import { NotFoundView } from '../../components/not-found-view'
import { pageTitle } from '../../components/page-title'

/** Any other address, inside the signed-in frame. */
export const Route = createFileRoute('/_authenticated/$')({
  head: pageTitle('Page not found'),
  component: NotFoundView,
})
