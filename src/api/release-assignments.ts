import {
  type ReleaseAssignmentInput,
  type ReleaseAssignmentResult,
  releaseAssignmentResultSchema,
  type ReleaseListQuery,
} from './contract'
import { apiUrl, request, type WriteOptions } from './http'
import { readSession } from './session-storage'
import { ApiError } from './api-error'

/** Assigns releases to field operations, or removes them, in one request (admins only). */
export const assignReleases = (
  input: ReleaseAssignmentInput,
  options: WriteOptions = {},
): Promise<ReleaseAssignmentResult> =>
  request('/releases/assignments', { method: 'POST', body: input, schema: releaseAssignmentResultSchema, ...options })

/**
 * The whole filtered view (every page, the list's sort) as the server's CSV file. Not JSON, so
 * not through `request`; a Blob, not text, since decoding it as text drops the byte-order mark.
 */
export async function fetchReleasesCsv(query: Omit<ReleaseListQuery, 'page' | 'pageSize'>): Promise<Blob> {
  const headers = new Headers({ Accept: 'text/csv' })
  const token = readSession()?.token
  if (token) headers.set('Authorization', `Bearer ${token}`)
  const response = await fetch(apiUrl('/releases/export', query), { headers })
  if (!response.ok)
    throw new ApiError({ status: response.status, title: response.statusText || `Export failed (${response.status})` })
  return response.blob()
}
