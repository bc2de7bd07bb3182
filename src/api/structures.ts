import { structureListQuerySchema, structurePageSchema, structureSchema } from './contract'
import { resourceQueries } from './resource-queries'

export const structureQueries = resourceQueries({
  key: 'structures',
  path: '/structures',
  query: structureListQuerySchema,
  page: structurePageSchema,
  item: structureSchema,
})
