import { stateListQuerySchema, statePageSchema, stateSchema } from './contract'
import { resourceQueries } from './resource-queries'

export const stateQueries = resourceQueries({
  key: 'states',
  path: '/states',
  query: stateListQuerySchema,
  page: statePageSchema,
  item: stateSchema,
})
