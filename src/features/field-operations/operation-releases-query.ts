import { releaseQueries } from '../../api/releases'

// Apart from the table (operation-releases.tsx), so the route's loader imports no page code
// (docs/decisions/0009-first-load-budget.md).

export const operationReleasesPageSize = 10

/** The orders offered: newest dateline first (the default), or by publication time, soonest first. */
export const operationReleaseSorts = ['-dateline', 'dateline', 'publication', '-publication'] as const
export type OperationSort = (typeof operationReleaseSorts)[number]

/** The list query of an operation's releases: newest dateline first unless another order is chosen. */
export const operationReleasesQuery = (fieldOperation: string, page: number, sort: OperationSort = '-dateline') =>
  releaseQueries.list({ fieldOperation, sort, page, pageSize: operationReleasesPageSize })
