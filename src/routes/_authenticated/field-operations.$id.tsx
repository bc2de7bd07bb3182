import { createFileRoute } from '@tanstack/react-router'
import { z } from 'zod'
import { fieldOperationQueries } from '../../api/field-operations'
import { recordPageTitle } from '../../components/page-title'
import { hostStateQuery } from '../../features/field-operations/field-operation-write'
import { FieldOperationPage } from '../../features/field-operations/field-operation-page'
import { operationReleasesQuery } from '../../features/field-operations/operation-releases-query'
import { workingLanguageQuery } from '../../features/field-operations/working-languages'

const operationSearchSchema = z.object({ page: z.coerce.number().int().min(1).optional().catch(undefined) })

export const Route = createFileRoute('/_authenticated/field-operations/$id')({
  validateSearch: operationSearchSchema,
  loaderDeps: ({ search: { page } }) => ({ page: page ?? 1 }),
  loader: async ({ context: { queryClient }, params, deps }) => {
    // The releases (and the edit form's host State choices) load beside the details and never hold the page back.
    void queryClient.prefetchQuery(operationReleasesQuery(params.id, deps.page))
    void queryClient.prefetchQuery(hostStateQuery())
    // The languages name its working languages: they come with the details.
    const [operation] = await Promise.all([
      queryClient.ensureQueryData(fieldOperationQueries.detail(params.id)),
      queryClient.ensureQueryData(workingLanguageQuery()),
    ])
    return { name: operation.name }
  },
  head: ({ loaderData }) => recordPageTitle(loaderData?.name, 'Field operation'),
  component: FieldOperationPage,
})
