import { z } from 'zod'
import { releaseListQuerySchema } from '../../api/contract'

/** The review queue's URL: only the page; the rest is fixed (in review, oldest first). */
export const reviewQueueSearchSchema = z.object({ page: releaseListQuerySchema.shape.page.catch(1) })

export const reviewQueuePageSize = 25

export const reviewQueueQuery = (page: number) =>
  ({ status: 'in-review', sort: 'submittedAt', page, pageSize: reviewQueuePageSize }) as const
