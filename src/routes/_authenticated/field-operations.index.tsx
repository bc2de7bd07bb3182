import { createFileRoute } from '@tanstack/react-router'
import { z } from 'zod'
import { fieldOperationListQuerySchema } from '../../api/contract'
import { fieldOperationQueries } from '../../api/field-operations'
import { hostStateQuery } from '../../features/field-operations/field-operation-write'
import { FieldOperationsPage } from '../../features/field-operations/field-operations-page'
import { pageTitle } from '../../components/page-title'

const fieldOperationSearchSchema = z.object({ status: fieldOperationListQuerySchema.shape.status.catch(undefined) })

export const Route = createFileRoute('/_authenticated/field-operations/')({
  validateSearch: fieldOperationSearchSchema,
  loaderDeps: ({ search: { status } }) => ({ status }),
  loader: ({ context, deps }) => {
    // The form's host State choices load beside the table, so the dialog opens at once.
    void context.queryClient.prefetchQuery(hostStateQuery())
    return context.queryClient.ensureQueryData(fieldOperationQueries.list(deps))
  },
  head: pageTitle('Field operations'),
  component: FieldOperationsPage,
})
