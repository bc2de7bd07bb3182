import type { AssignmentSkipReason, ReleaseAssignmentResult } from '../../api/contract'
import type { AssignmentMode } from './assignment-dialog'

/** One group of the batch: what happened to it, and the titles of its releases. */
export type AssignmentGroup = {
  key: 'changed' | AssignmentSkipReason
  /** "Assigned 3 to Programme Office in Dushanbe", "13 already there". */
  text: string
  /** The group's name over its list of titles: "Assigned", "Already there". */
  heading: string
  titles: string[]
}

export type AssignmentSummary = {
  /** Every group, the changed first, in a fixed order; empty groups left out (but for the changed). */
  groups: AssignmentGroup[]
  /** The releases left as they were because they changed since the admin saw them: named, not only counted. */
  changedSinceSeen: string[]
}

const skipOrder: AssignmentSkipReason[] = [
  'already-assigned',
  'not-assigned',
  'closed-field-operation',
  'changed-since-seen',
  'unknown-release',
]

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many)

const skipWording: Record<AssignmentSkipReason, (count: number) => { text: string; heading: string }> = {
  'already-assigned': (count) => ({ text: `${count} already there`, heading: 'Already there' }),
  'not-assigned': (count) => ({ text: `${count} not there`, heading: 'Not there' }),
  'closed-field-operation': (count) => ({
    text: `${count} not assigned: closed operations receive no new releases`,
    heading: 'Not assigned: the field operation is closed',
  }),
  'changed-since-seen': (count) => ({
    text: `${count} changed since you saw ${plural(count, 'it', 'them')}: check and try again`,
    heading: 'Changed since you saw them: left as they were',
  }),
  'unknown-release': (count) => ({
    text: `${count} no longer ${plural(count, 'exists', 'exist')}`,
    heading: 'No longer exist',
  }),
}

const listFormat = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' })

/**
 * What a batch assignment did, in full: "Assigned 3 to Programme Office in Dushanbe · 13
 * already there", with the titles of each group. Releases are named by title where the list
 * knows them, by id otherwise.
 */
export function assignmentSummary(
  result: ReleaseAssignmentResult,
  options: { mode: AssignmentMode; operations: readonly string[]; titleOf: (id: string) => string | undefined },
): AssignmentSummary {
  const { mode, operations, titleOf } = options
  const title = (id: string) => titleOf(id) ?? id
  const names = listFormat.format(operations)
  const count = result.changed.length
  const changed: AssignmentGroup =
    mode === 'add'
      ? { key: 'changed', text: `Assigned ${count || 'none'} to ${names}`, heading: 'Assigned', titles: [] }
      : { key: 'changed', text: `Removed ${count || 'none'} from ${names}`, heading: 'Removed', titles: [] }
  changed.titles = result.changed.map(title)
  const skipped = skipOrder.flatMap((reason): AssignmentGroup[] => {
    const titles = result.skipped.filter((skip) => skip.reason === reason).map((skip) => title(skip.id))
    return titles.length === 0 ? [] : [{ key: reason, ...skipWording[reason](titles.length), titles }]
  })
  return {
    groups: [changed, ...skipped],
    changedSinceSeen: skipped.find((group) => group.key === 'changed-since-seen')?.titles ?? [],
  }
}

/** The summary as one line: "Assigned 3 to Programme Office in Dushanbe · 13 already there". */
export const summaryLine = (summary: AssignmentSummary): string => summary.groups.map((group) => group.text).join(' · ')
