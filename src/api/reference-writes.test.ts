import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { chairpersonshipQueries } from './chairpersonships'
import { fieldOperationQueries } from './field-operations'
import { refreshAfterReferenceWrite } from './reference-writes'
import { stateQueries } from './states'

const seeded = () => {
  const queryClient = new QueryClient()
  for (const key of ['releases', 'structures', 'states', 'chairpersonships', 'field-operations', 'fields-of-work']) {
    queryClient.setQueryData([key, 'list', {}], { items: [] })
  }
  return queryClient
}
const invalidated = (queryClient: QueryClient) =>
  queryClient
    .getQueryCache()
    .getAll()
    .filter((query) => query.state.isInvalidated)
    .map((query) => query.queryKey[0])
    .toSorted()

const operation = { id: 'op-1', name: 'Mission to Serbia' }

describe('refreshAfterReferenceWrite', () => {
  it('puts the answer into the detail and refreshes the lists, and what carries the name when it changed', () => {
    const queryClient = seeded()
    refreshAfterReferenceWrite(queryClient, fieldOperationQueries, {
      before: operation,
      after: { ...operation, name: 'Mission in Serbia' },
    })
    expect(queryClient.getQueryData(['field-operations', 'detail', 'op-1'])).toMatchObject({
      name: 'Mission in Serbia',
    })
    expect(invalidated(queryClient)).toEqual(['field-operations', 'releases', 'structures'])
  })

  it('leaves the carriers alone when the name did not change', () => {
    const queryClient = seeded()
    refreshAfterReferenceWrite(queryClient, stateQueries, {
      before: { id: 's', name: 'Albania' },
      after: { id: 's', name: 'Albania' },
    })
    expect(invalidated(queryClient)).toEqual(['states'])
  })

  it('refreshes everything that names a State after one is created or deleted, and forgets the deleted detail', () => {
    const queryClient = seeded()
    queryClient.setQueryData(['states', 'detail', 's'], { id: 's', name: 'Atlantis' })
    refreshAfterReferenceWrite(queryClient, stateQueries, { before: { id: 's', name: 'Atlantis' }, after: null })
    expect(queryClient.getQueryData(['states', 'detail', 's'])).toBeUndefined()
    expect(invalidated(queryClient)).toEqual([
      'chairpersonships',
      'field-operations',
      'releases',
      'states',
      'structures',
    ])
  })
  it('refreshes only its own lists for a resource whose name nothing else carries', () => {
    const queryClient = seeded()
    refreshAfterReferenceWrite(queryClient, chairpersonshipQueries, {
      before: { id: 'c', name: 'Malta' },
      after: { id: 'c', name: 'Malta 2025' },
    })
    expect(invalidated(queryClient)).toEqual(['chairpersonships'])
  })
})
