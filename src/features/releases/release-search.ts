import { z } from 'zod'
import { releaseListQuerySchema } from '../../api/contract'

const { page, pageSize, sort, status, q } = releaseListQuerySchema.shape

/**
 * The releases list's search params: the contract's list query, where a value that does
 * not parse (a hand-edited link) falls back to its default instead of failing the page.
 */
export const releaseSearchSchema = z.object({
  page: page.catch(1),
  pageSize: pageSize.catch(25),
  sort: sort.catch('-updatedAt'),
  status: status.catch(undefined),
  q: q.catch(undefined),
})
export type ReleaseSearch = z.infer<typeof releaseSearchSchema>

/** Left out of the URL when they have these values, so links stay short. */
export const releaseSearchDefaults = { page: 1, pageSize: 25, sort: '-updatedAt' } satisfies Partial<ReleaseSearch>
