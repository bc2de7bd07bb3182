import type { ReleaseStatus } from '../../api/contract'
import { releaseQueries } from '../../api/releases'

/** How many releases have a status: one row is enough, the answer's `total` says the rest. */
export const statusCountQuery = (status: ReleaseStatus) => releaseQueries.list({ status, pageSize: 1 })
