import type { QueryClient, QueryKey } from '@tanstack/react-query'
import { chairpersonshipQueries } from './chairpersonships'
import { fieldOperationQueries } from './field-operations'
import { fieldOfWorkQueries } from './fields-of-work'
import { releaseQueries } from './releases'
import { stateQueries } from './states'
import { structureQueries } from './structures'

type Factory = { lists: () => QueryKey; detail: (id: string) => { queryKey: QueryKey } }
type Named = { id: string; name?: string }

/**
 * Other resources carry this one's name in their refs (releases name their States, fields
 * of work, operations and sources; operations their host State; chairpersonships their
 * State), and field operations are release sources (structures). Structures are refreshed
 * after any rename: they are few, and a backend may derive more of them than the mock does.
 */
const carriers = {
  states: () => [
    releaseQueries.all(),
    structureQueries.all(),
    chairpersonshipQueries.all(),
    fieldOperationQueries.all(),
  ],
  chairpersonships: () => [],
  fieldOperations: () => [releaseQueries.all(), structureQueries.all()],
  fieldsOfWork: () => [releaseQueries.all(), structureQueries.all()],
} satisfies Record<string, () => QueryKey[]>

const factories: Record<keyof typeof carriers, Factory> = {
  states: stateQueries,
  chairpersonships: chairpersonshipQueries,
  fieldOperations: fieldOperationQueries,
  fieldsOfWork: fieldOfWorkQueries,
}

export type ReferenceResourceName = keyof typeof carriers

/**
 * After a reference record is written: its detail gets the server's answer (or is removed),
 * its lists are refreshed, and when a name came or went or changed, whatever carries it.
 */
export function refreshAfterReferenceWrite(
  queryClient: QueryClient,
  resource: ReferenceResourceName,
  change: { before: Named | null; after: Named | null },
): void {
  const factory = factories[resource]
  const { before, after } = change
  if (after) queryClient.setQueryData(factory.detail(after.id).queryKey, after)
  else if (before) queryClient.removeQueries({ queryKey: factory.detail(before.id).queryKey })
  void queryClient.invalidateQueries({ queryKey: factory.lists() })
  const nameChanged = !before || !after || before.name !== after.name
  if (nameChanged) for (const queryKey of carriers[resource]()) void queryClient.invalidateQueries({ queryKey })
}
