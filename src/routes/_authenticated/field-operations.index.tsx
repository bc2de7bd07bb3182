import { createFileRoute } from '@tanstack/react-router'
import { z } from 'zod'
import { fieldOperationListQuerySchema } from '../../api/contract'
import { fieldOperationQueries } from '../../api/field-operations'
import { FieldOperationsPage } from '../../features/field-operations/field-operations-page'
import { pageTitle } from '../../components/page-title'

const fieldOperationSearchSchema = z.object({ status: fieldOperationListQuerySchema.shape.status.catch(undefined) })

export const Route = createFileRoute('/_authenticated/field-operations/')({
  validateSearch: fieldOperationSearchSchema,
  loaderDeps: ({ search: { status } }) => ({ status }),
  loader: ({ context, deps }) => context.queryClient.ensureQueryData(fieldOperationQueries.list(deps)),
  head: pageTitle('Field operations'),
  component: FieldOperationsPage,
})
