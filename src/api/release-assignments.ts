import {
  type ReleaseAssignmentInput,
  type ReleaseAssignmentResult,
  releaseAssignmentResultSchema,
  type ReleaseListQuery,
} from './contract'
import { request, requestFile, type WriteOptions } from './http'

/** Assigns releases to field operations, or removes them, in one request (admins only). */
export const assignReleases = (
  input: ReleaseAssignmentInput,
  options: WriteOptions = {},
): Promise<ReleaseAssignmentResult> =>
  request('/releases/assignments', { method: 'POST', body: input, schema: releaseAssignmentResultSchema, ...options })

/** The whole filtered view (every page, the list's sort) as the server's CSV file. */
export const fetchReleasesCsv = (query: Omit<ReleaseListQuery, 'page' | 'pageSize'>): Promise<Blob> =>
  requestFile('/releases/export', { accept: 'text/csv', query })
