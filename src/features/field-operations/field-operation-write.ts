import type { QueryClient } from '@tanstack/react-query'
import type { FieldOperation, FieldOperationInput } from '../../api/contract'
import { fieldOperationQueries } from '../../api/field-operations'
import { refreshAfterReferenceWrite } from '../../api/reference-writes'
import { stateQueries } from '../../api/states'

/** The input an operation was saved with: what a PATCH sends back with the changes. */
export const toFieldOperationInput = (operation: FieldOperation): FieldOperationInput => ({
  name: operation.name,
  type: operation.type,
  location: operation.location,
  hostStateId: operation.hostState?.id ?? null,
  head: operation.head,
  opened: operation.opened,
  closed: operation.closed,
  languageCodes: [...operation.languageCodes],
})

export const fetchLatestOperation = (queryClient: QueryClient, id: string) =>
  queryClient.fetchQuery({ ...fieldOperationQueries.detail(id), staleTime: 0 })

export const refreshAfterOperationWrite = (
  queryClient: QueryClient,
  before: FieldOperation | null,
  after: FieldOperation | null,
) => refreshAfterReferenceWrite(queryClient, fieldOperationQueries, { before, after })

/** Every State (a few dozen), for the host State choice. */
export const hostStateQuery = () => stateQueries.allRecords()
