import { describe, expect, it } from 'vitest'
import type { Comment, HistoryEntry } from '../../api/contract'
import { firstShownIndex, mergeActivity } from './activity-items'

const person = { id: 'user-reviewer-claire', name: 'Claire Dubois' }
const step = (id: string, at: string): HistoryEntry => ({
  id,
  kind: 'request-changes',
  from: 'in-review',
  to: 'changes-requested',
  actor: person,
  at,
  comment: 'Shorter.',
  publishAt: null,
})
const said = (id: string, createdAt: string): Comment => ({ id, author: person, body: id, createdAt })

describe('mergeActivity', () => {
  it('interleaves steps and comments by time, oldest first; a step before a comment at the same instant', () => {
    const items = mergeActivity(
      [step('h1', '2026-11-27T09:00:00Z'), step('h2', '2026-11-27T11:00:00Z')],
      [said('c2', '2026-11-27T11:00:00.000Z'), said('c1', '2026-11-27T10:00:00Z'), said('c3', '2026-11-27T12:00:00Z')],
    )
    expect(items.map((item) => item.key)).toEqual([
      'history-h1',
      'comment-c1',
      'history-h2',
      'comment-c2',
      'comment-c3',
    ])
  })
})

describe('firstShownIndex', () => {
  const items = mergeActivity(
    [],
    Array.from({ length: 15 }, (_, index) => said(`c${index}`, `2026-11-27T09:${String(10 + index)}:00Z`)),
  )
  it('shows the latest ones at first', () => {
    expect(firstShownIndex(items, 10, null)).toBe(5)
    expect(firstShownIndex(items.slice(0, 4), 10, null)).toBe(0)
  })
  it('stays at the entry asked for, whatever arrives later; an entry gone falls back to the latest', () => {
    expect(firstShownIndex(items, 10, 'comment-c2')).toBe(2)
    expect(firstShownIndex(items, 10, 'comment-gone')).toBe(5)
  })
})
