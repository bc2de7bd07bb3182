import { createFileRoute } from '@tanstack/react-router'
import { languageQueries } from '../../api/languages'
import { LanguagesPage } from '../../features/languages/languages-page'
import { pageTitle } from '../../components/page-title'

export const Route = createFileRoute('/_authenticated/languages')({
  loader: ({ context }) => context.queryClient.ensureQueryData(languageQueries.allRecords()),
  head: pageTitle('Languages'),
  component: LanguagesPage,
})
