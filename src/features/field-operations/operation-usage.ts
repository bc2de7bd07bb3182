import { useQuery } from '@tanstack/react-query'
import type { FieldOperation, ReleaseCounts } from '../../api/contract'
import { releaseQueries } from '../../api/releases'
import { structureQueries } from '../../api/structures'
import { countOf, totalOf as total } from '../../components/form/delete-impact'

/** Releases assigned to an operation, by status (for the close dialog's warning and the delete dialog). */
export const useAssignedCounts = (operation: FieldOperation) =>
  useQuery(releaseQueries.counts({ fieldOperation: operation.id })).data?.counts

/**
 * What uses an operation, as the server counts it before refusing a delete: releases assigned
 * to it, and releases that name it as their source (the structure the server derives from it,
 * of its name). Undefined until counted.
 */
export function useOperationUses(operation: FieldOperation): string[] | undefined {
  const assigned = useAssignedCounts(operation)
  const structures = useQuery(structureQueries.allRecords({ kind: 'field-operation' })).data
  const structureId = structures?.items.find((structure) => structure.name === operation.name)?.id
  // Until the structure is known the query waits (its key needs an id; the operation's stands in).
  const sourced = useQuery({
    ...releaseQueries.counts({ source: structureId ?? operation.id }),
    enabled: structureId !== undefined,
  }).data?.counts
  if (!assigned || !structures || (structureId !== undefined && !sourced)) return undefined
  const assignedCount = total(assigned)
  const sourcedCount = sourced ? total(sourced) : 0
  return [
    assignedCount > 0 ? `${countOf(assignedCount, 'release')} assigned to it` : null,
    sourcedCount > 0 ? `${countOf(sourcedCount, 'release')} that name it as their source` : null,
  ].filter((use): use is string => use !== null)
}

/** "2 scheduled releases and 1 in review", or null when none is on its way out. */
export function pendingReleases(counts: ReleaseCounts['counts']): string | null {
  const scheduled = counts.scheduled ?? 0
  const inReview = counts['in-review'] ?? 0
  const parts = [
    scheduled > 0 ? `${countOf(scheduled, 'scheduled release')}` : null,
    inReview > 0 ? `${countOf(inReview, 'release')} in review` : null,
  ].filter((part): part is string => part !== null)
  return parts.length > 0 ? parts.join(' and ') : null
}
