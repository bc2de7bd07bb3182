import { createFileRoute, stripSearchParams } from '@tanstack/react-router'
import { inboxQueries } from '../../api/inbox'
import { pageTitle } from '../../components/page-title'
import { InboxPage } from '../../features/inbox/inbox-page'
import { inboxPageSize, inboxSearchSchema } from '../../features/inbox/inbox-search'

export const Route = createFileRoute('/_authenticated/inbox')({
  validateSearch: inboxSearchSchema,
  search: { middlewares: [stripSearchParams({ page: 1 })] },
  loaderDeps: ({ search: { page } }) => ({ page }),
  loader: ({ context, deps }) =>
    context.queryClient.ensureQueryData(inboxQueries.list({ page: deps.page, pageSize: inboxPageSize })),
  head: pageTitle('Inbox'),
  component: InboxPage,
})
