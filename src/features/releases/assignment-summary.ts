import type { AssignmentSkipReason, ReleaseAssignmentResult } from '../../api/contract'

const reasonText: Record<AssignmentSkipReason, string> = {
  'already-assigned': 'already assigned',
  'not-assigned': 'not assigned',
  'unknown-release': 'no longer exists',
  'closed-field-operation': 'the field operation is closed',
  'changed-since-seen': 'changed since you saw it: check it and try again',
}

/** "3 changed, 1 skipped: Title (already assigned)", naming skipped releases by title where known. */
export function assignmentSummary(
  result: ReleaseAssignmentResult,
  titleOf: (id: string) => string | undefined,
): string {
  const changed = `${result.changed.length} changed`
  if (result.skipped.length === 0) return changed
  const skipped = result.skipped.map(({ id, reason }) => `${titleOf(id) ?? id} (${reasonText[reason]})`).join('; ')
  return `${changed}, ${result.skipped.length} skipped: ${skipped}`
}
