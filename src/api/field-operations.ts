import { fieldOperationListQuerySchema, fieldOperationPageSchema, fieldOperationSchema } from './contract'
import { resourceQueries } from './resource-queries'

export const fieldOperationQueries = resourceQueries({
  key: 'field-operations',
  path: '/field-operations',
  query: fieldOperationListQuerySchema,
  page: fieldOperationPageSchema,
  item: fieldOperationSchema,
})
