import { createFileRoute } from '@tanstack/react-router'
import { z } from 'zod'
import { fieldOperationListQuerySchema } from '../../api/contract'
import { fieldOperationQueries } from '../../api/field-operations'
import { hostStateQuery } from '../../features/field-operations/field-operation-write'
import { FieldOperationsPage } from '../../features/field-operations/field-operations-page'
import { workingLanguageQuery } from '../../features/field-operations/working-languages'
import { pageTitle } from '../../components/page-title'

const fieldOperationSearchSchema = z.object({ status: fieldOperationListQuerySchema.shape.status.catch(undefined) })

export const Route = createFileRoute('/_authenticated/field-operations/')({
  validateSearch: fieldOperationSearchSchema,
  loaderDeps: ({ search: { status } }) => ({ status }),
  loader: async ({ context, deps }) => {
    // The form's host State choices load beside the table, so the dialog opens at once.
    void context.queryClient.prefetchQuery(hostStateQuery())
    // The languages name the table's working languages: they come with it.
    const [page] = await Promise.all([
      context.queryClient.ensureQueryData(fieldOperationQueries.list(deps)),
      context.queryClient.ensureQueryData(workingLanguageQuery()),
    ])
    return page
  },
  head: pageTitle('Field operations'),
  component: FieldOperationsPage,
})
