import {
  type Chairpersonship,
  type ChairpersonshipInput,
  chairpersonshipListQuerySchema,
  chairpersonshipPageSchema,
  type ChairpersonshipPatch,
  chairpersonshipSchema,
} from './contract'
import { request, type WriteOptions } from './http'
import { resourceQueries } from './resource-queries'

export const chairpersonshipQueries = resourceQueries({
  key: 'chairpersonships',
  path: '/chairpersonships',
  query: chairpersonshipListQuerySchema,
  page: chairpersonshipPageSchema,
  item: chairpersonshipSchema,
})

export const createChairpersonship = (
  input: ChairpersonshipInput,
  options: WriteOptions = {},
): Promise<Chairpersonship> =>
  request('/chairpersonships', { method: 'POST', body: input, schema: chairpersonshipSchema, ...options })

/** Sends the whole record with the version it was based on: a stale version answers 409. */
export const updateChairpersonship = (id: string, patch: ChairpersonshipPatch): Promise<Chairpersonship> =>
  request(`/chairpersonships/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: patch,
    schema: chairpersonshipSchema,
  })

/** Answers 409, naming what uses it, while anything refers to it. */
export const deleteChairpersonship = (id: string): Promise<undefined> =>
  request(`/chairpersonships/${encodeURIComponent(id)}`, { method: 'DELETE' })
