import type { QueryClient, QueryKey } from '@tanstack/react-query'
import { chairpersonshipQueries } from './chairpersonships'
import { fieldOperationQueries } from './field-operations'
import { fieldOfWorkQueries } from './fields-of-work'
import { releaseQueries } from './releases'
import { stateQueries } from './states'
import { structureQueries } from './structures'

type Factory = { all: () => readonly [string]; lists: () => QueryKey; detail: (id: string) => { queryKey: QueryKey } }
type Named = { id: string; name?: string }

/**
 * Other resources carry some resources' names in their refs (releases name their States,
 * fields of work, operations and sources; operations their host State; chairpersonships their
 * State), and field operations are release sources (structures): by a resource's query key,
 * what to refresh when one of its names comes, goes or changes. A resource whose name nothing
 * else carries (chairpersonships, or a new one) needs no line here. Structures are refreshed
 * after any rename: they are few, and a backend may derive more of them than the mock does.
 */
const carriers: Partial<Record<string, () => QueryKey[]>> = {
  [stateQueries.all()[0]]: () => [
    releaseQueries.all(),
    structureQueries.all(),
    chairpersonshipQueries.all(),
    fieldOperationQueries.all(),
  ],
  [fieldOperationQueries.all()[0]]: () => [releaseQueries.all(), structureQueries.all()],
  [fieldOfWorkQueries.all()[0]]: () => [releaseQueries.all(), structureQueries.all()],
}

/**
 * After a record of a reference resource (`queries`, its query factory) is written: its detail
 * gets the server's answer (or is removed), its lists are refreshed, and when a name came or
 * went or changed, whatever carries it.
 */
export function refreshAfterReferenceWrite(
  queryClient: QueryClient,
  queries: Factory,
  change: { before: Named | null; after: Named | null },
): void {
  const { before, after } = change
  if (after) queryClient.setQueryData(queries.detail(after.id).queryKey, after)
  else if (before) queryClient.removeQueries({ queryKey: queries.detail(before.id).queryKey })
  void queryClient.invalidateQueries({ queryKey: queries.lists() })
  const nameChanged = !before || !after || before.name !== after.name
  const carriedBy = carriers[queries.all()[0]]?.() ?? []
  if (nameChanged) for (const queryKey of carriedBy) void queryClient.invalidateQueries({ queryKey })
}
