import { createFileRoute } from '@tanstack/react-router'
import { fieldOfWorkQueries } from '../../api/fields-of-work'
import { FieldsOfWorkPage } from '../../features/fields-of-work/fields-of-work-page'
import { pageTitle } from '../../components/page-title'

export const Route = createFileRoute('/_authenticated/fields-of-work')({
  loader: ({ context }) => context.queryClient.ensureQueryData(fieldOfWorkQueries.allRecords()),
  head: pageTitle('Fields of work'),
  component: FieldsOfWorkPage,
})
