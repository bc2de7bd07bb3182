import { fieldOfWorkListQuerySchema, fieldOfWorkPageSchema, fieldOfWorkSchema } from './contract'
import { resourceQueries } from './resource-queries'

export const fieldOfWorkQueries = resourceQueries({
  key: 'fields-of-work',
  path: '/fields-of-work',
  query: fieldOfWorkListQuerySchema,
  page: fieldOfWorkPageSchema,
  item: fieldOfWorkSchema,
})
