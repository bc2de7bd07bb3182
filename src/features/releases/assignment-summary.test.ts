import { describe, expect, it } from 'vitest'
import { assignmentSummary, summaryLine } from './assignment-summary'

const titles = new Map([
  ['a', 'Alpha'],
  ['b', 'Bravo'],
  ['c', 'Charlie'],
  ['d', 'Delta'],
])
const titleOf = (id: string) => titles.get(id)

describe('assignmentSummary', () => {
  it('counts the assigned and those already there, and names each group', () => {
    const summary = assignmentSummary(
      {
        changed: ['a', 'b', 'c'],
        skipped: [{ id: 'd', reason: 'already-assigned' }],
        versions: { a: 2, b: 2, c: 2 },
      },
      { mode: 'add', operations: ['Programme Office in Dushanbe'], titleOf },
    )
    expect(summaryLine(summary)).toBe('Assigned 3 to Programme Office in Dushanbe · 1 already there')
    expect(summary.groups.map((group) => [group.heading, group.titles])).toEqual([
      ['Assigned', ['Alpha', 'Bravo', 'Charlie']],
      ['Already there', ['Delta']],
    ])
    expect(summary.changedSinceSeen).toEqual([])
  })

  it('says removals, names releases that changed since they were seen, and falls back to ids', () => {
    const summary = assignmentSummary(
      {
        changed: [],
        skipped: [
          { id: 'gone', reason: 'unknown-release' },
          { id: 'a', reason: 'changed-since-seen' },
          { id: 'b', reason: 'not-assigned' },
          { id: 'c', reason: 'changed-since-seen' },
        ],
        versions: {},
      },
      { mode: 'remove', operations: ['Mission to Moldova', 'Mission to Serbia'], titleOf },
    )
    expect(summaryLine(summary)).toBe(
      'Removed none from Mission to Moldova and Mission to Serbia · 1 not there · 2 changed since you saw them: check and try again · 1 no longer exists',
    )
    expect(summary.changedSinceSeen).toEqual(['Alpha', 'Charlie'])
    expect(summary.groups.at(-1)?.titles).toEqual(['gone'])
  })

  it('says why a closed operation received nothing', () => {
    const summary = assignmentSummary(
      { changed: [], skipped: [{ id: 'a', reason: 'closed-field-operation' }], versions: {} },
      { mode: 'add', operations: ['Mission to Croatia (closed)'], titleOf },
    )
    expect(summaryLine(summary)).toBe(
      'Assigned none to Mission to Croatia (closed) · 1 not assigned: closed operations receive no new releases',
    )
  })
})
