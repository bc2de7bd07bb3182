import { chairpersonshipListQuerySchema, chairpersonshipPageSchema, chairpersonshipSchema } from './contract'
import { resourceQueries } from './resource-queries'

export const chairpersonshipQueries = resourceQueries({
  key: 'chairpersonships',
  path: '/chairpersonships',
  query: chairpersonshipListQuerySchema,
  page: chairpersonshipPageSchema,
  item: chairpersonshipSchema,
})
