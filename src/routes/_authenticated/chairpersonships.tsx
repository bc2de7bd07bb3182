import { createFileRoute } from '@tanstack/react-router'
import { chairpersonshipQueries } from '../../api/chairpersonships'
import { ChairpersonshipsPage } from '../../features/chairpersonships/chairpersonships-page'
import { pageTitle } from '../../components/page-title'

export const Route = createFileRoute('/_authenticated/chairpersonships')({
  loader: ({ context }) => context.queryClient.ensureQueryData(chairpersonshipQueries.list({ sort: '-year' })),
  head: pageTitle('Chairpersonship'),
  component: ChairpersonshipsPage,
})
