import { hashKey } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import type { ReleaseListItem } from '../../api/contract'
import { releaseQueries } from '../../api/releases'
import { nextInQueue, reviewQueueAsItOpens } from '../../lib/next-in-queue'
import { reviewQueueQuery, reviewQueueSearchSchema } from './review-queue-search'

describe('the next release in the queue', () => {
  it('is read from the same cache entry as the queue as it opens', () => {
    const queue = releaseQueries.list(reviewQueueQuery(reviewQueueSearchSchema.parse({})))
    expect(hashKey(releaseQueries.list(reviewQueueAsItOpens).queryKey)).toBe(hashKey(queue.queryKey))
  })

  it('is the longest waiting one the person may decide on, never the current one', () => {
    const item = (id: string, allowedActions: ReleaseListItem['allowedActions']) =>
      ({ id, allowedActions }) as ReleaseListItem
    const items = [item('a', ['edit', 'request-changes']), item('b', []), item('c', ['approve', 'request-changes'])]
    expect(nextInQueue(items, 'x')?.id).toBe('a')
    expect(nextInQueue(items, 'a')?.id).toBe('c')
    expect(nextInQueue([item('b', [])], 'a')).toBeUndefined()
  })
})
