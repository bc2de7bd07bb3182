import {
  type FieldOfWork,
  type FieldOfWorkInput,
  fieldOfWorkListQuerySchema,
  fieldOfWorkPageSchema,
  type FieldOfWorkPatch,
  fieldOfWorkSchema,
} from './contract'
import { request, type WriteOptions } from './http'
import { resourceQueries } from './resource-queries'

export const fieldOfWorkQueries = resourceQueries({
  key: 'fields-of-work',
  path: '/fields-of-work',
  query: fieldOfWorkListQuerySchema,
  page: fieldOfWorkPageSchema,
  item: fieldOfWorkSchema,
})

export const createFieldOfWork = (input: FieldOfWorkInput, options: WriteOptions = {}): Promise<FieldOfWork> =>
  request('/fields-of-work', { method: 'POST', body: input, schema: fieldOfWorkSchema, ...options })

/** Sends the whole record with the version it was based on: a stale version answers 409. */
export const updateFieldOfWork = (id: string, patch: FieldOfWorkPatch): Promise<FieldOfWork> =>
  request(`/fields-of-work/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch, schema: fieldOfWorkSchema })

/** Answers 409, naming what uses it, while anything refers to it. */
export const deleteFieldOfWork = (id: string): Promise<undefined> =>
  request(`/fields-of-work/${encodeURIComponent(id)}`, { method: 'DELETE' })
