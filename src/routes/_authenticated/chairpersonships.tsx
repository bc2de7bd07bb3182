import { createFileRoute } from '@tanstack/react-router'
import { chairpersonshipQueries } from '../../api/chairpersonships'
import { ChairpersonshipsPage } from '../../features/chairpersonships/chairpersonships-page'

export const Route = createFileRoute('/_authenticated/chairpersonships')({
  loader: ({ context }) => context.queryClient.ensureQueryData(chairpersonshipQueries.list({ sort: '-year' })),
  component: ChairpersonshipsPage,
})
