import {
  type State,
  type StateInput,
  stateListQuerySchema,
  statePageSchema,
  type StatePatch,
  stateSchema,
} from './contract'
import { request, type WriteOptions } from './http'
import { resourceQueries } from './resource-queries'

export const stateQueries = resourceQueries({
  key: 'states',
  path: '/states',
  query: stateListQuerySchema,
  page: statePageSchema,
  item: stateSchema,
})

export const createState = (input: StateInput, options: WriteOptions = {}): Promise<State> =>
  request('/states', { method: 'POST', body: input, schema: stateSchema, ...options })

/** Sends the whole record with the version it was based on: a stale version answers 409. */
export const updateState = (id: string, patch: StatePatch): Promise<State> =>
  request(`/states/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch, schema: stateSchema })

/** Answers 409, naming what uses it, while anything refers to it. */
export const deleteState = (id: string): Promise<undefined> =>
  request(`/states/${encodeURIComponent(id)}`, { method: 'DELETE' })
