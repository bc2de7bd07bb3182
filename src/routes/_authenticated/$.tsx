import { createFileRoute } from '@tanstack/react-router'
import { NotFoundView } from '../../components/not-found-view'

/** Any other address, inside the signed-in frame. */
export const Route = createFileRoute('/_authenticated/$')({
  component: NotFoundView,
})
