import { createFileRoute } from '@tanstack/react-router'
import { chairpersonshipPageQueries } from '../../features/chairpersonships/chairpersonship-queries'
import { ChairpersonshipsPage } from '../../features/chairpersonships/chairpersonships-page'
import { pageTitle } from '../../components/page-title'

export const Route = createFileRoute('/_authenticated/chairpersonships')({
  loader: ({ context }) =>
    Promise.all([
      context.queryClient.ensureQueryData(chairpersonshipPageQueries.list()),
      // The form's choices: read by admins only, but small, and they make the dialog open at once.
      context.queryClient.ensureQueryData(chairpersonshipPageQueries.participatingStates()),
    ]),
  head: pageTitle('Chairpersonship'),
  component: ChairpersonshipsPage,
})
