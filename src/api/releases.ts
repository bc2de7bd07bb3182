import { releaseListQuerySchema, releasePageSchema, releaseSchema } from './contract'
import { resourceQueries } from './resource-queries'

/** Reads only for now; the writes (create, patch, transitions) come with the editor. */
export const releaseQueries = resourceQueries({
  key: 'releases',
  path: '/releases',
  query: releaseListQuerySchema,
  page: releasePageSchema,
  item: releaseSchema,
})
