import {
  type FieldOperation,
  type FieldOperationInput,
  fieldOperationListQuerySchema,
  fieldOperationPageSchema,
  type FieldOperationPatch,
  fieldOperationSchema,
} from './contract'
import { request, type WriteOptions } from './http'
import { resourceQueries } from './resource-queries'

export const fieldOperationQueries = resourceQueries({
  key: 'field-operations',
  path: '/field-operations',
  query: fieldOperationListQuerySchema,
  page: fieldOperationPageSchema,
  item: fieldOperationSchema,
})

export const createFieldOperation = (input: FieldOperationInput, options: WriteOptions = {}): Promise<FieldOperation> =>
  request('/field-operations', { method: 'POST', body: input, schema: fieldOperationSchema, ...options })

/** Sends the whole record with the version it was based on: a stale version answers 409. */
export const updateFieldOperation = (id: string, patch: FieldOperationPatch): Promise<FieldOperation> =>
  request(`/field-operations/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch, schema: fieldOperationSchema })

/** Answers 409, naming what uses it, while anything refers to it. */
export const deleteFieldOperation = (id: string): Promise<undefined> =>
  request(`/field-operations/${encodeURIComponent(id)}`, { method: 'DELETE' })
