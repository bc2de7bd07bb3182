import { type QueryClient, useQuery } from '@tanstack/react-query'
import { stateKinds } from '../api/contract'
import { fieldOfWorkQueries } from '../api/fields-of-work'
import { fieldOperationQueries } from '../api/field-operations'
import { userQueries } from '../api/session'
import { stateQueries } from '../api/states'
import { structureQueries } from '../api/structures'
import { stateKindPlural } from './state-kind'

export type FilterOption = { value: string; label: string }
type FilterOptions = Array<FilterOption | { group: string; items: FilterOption[] }>
export type FilterChoices = { options: FilterOptions; pending: boolean }

const optionQueries = {
  fieldsOfWork: () => fieldOfWorkQueries.allRecords(),
  states: () => stateQueries.allRecords(),
  fieldOperations: () => fieldOperationQueries.allRecords(),
  sources: () => structureQueries.allRecords(),
  authors: () => userQueries.list(),
}

/** Starts loading the filters' choices without holding the table back (called by the route loader). */
export function prefetchFilterOptions(queryClient: QueryClient): void {
  void queryClient.prefetchQuery(optionQueries.fieldsOfWork())
  void queryClient.prefetchQuery(optionQueries.states())
  void queryClient.prefetchQuery(optionQueries.fieldOperations())
  void queryClient.prefetchQuery(optionQueries.sources())
  void queryClient.prefetchQuery(optionQueries.authors())
}

const byLabel = (a: FilterOption, b: FilterOption) => a.label.localeCompare(b.label, 'en')

const choices = (query: { data?: FilterOptions; isPending: boolean }): FilterChoices => ({
  options: query.data ?? [],
  pending: query.isPending,
})

// Module-level, so the query's selected choices are worked out once per answer, not on every
// render of the filters (an inline `select` runs again each time it is a new function).
type Named = { items: Array<{ id: string; name: string }> }
const byName = (page: Named) => page.items.map((item) => ({ value: item.id, label: item.name }))
const byNameSorted = (page: Named) => byName(page).toSorted(byLabel)
// Grouped as the States page shows them: participating States first, then the Partners.
const groupedStates = (page: { items: Array<{ id: string; name: string; kind: (typeof stateKinds)[number] }> }) =>
  stateKinds.map((kind) => ({
    group: stateKindPlural(kind),
    items: page.items.filter((item) => item.kind === kind).map((item) => ({ value: item.id, label: item.name })),
  }))
// A release names its sources as the public page does: "OSCE Programme Office in Dushanbe".
const bySourceName = (page: { items: Array<{ id: string; sourceName: string }> }) =>
  page.items.map((item) => ({ value: item.id, label: item.sourceName })).toSorted(byLabel)

/** The choices of the reference filters; each list is empty until it has loaded. */
export function useFilterOptions(): Record<keyof typeof optionQueries, FilterChoices> {
  const fieldsOfWork = useQuery({ ...optionQueries.fieldsOfWork(), select: byName })
  const states = useQuery({ ...optionQueries.states(), select: groupedStates })
  const fieldOperations = useQuery({ ...optionQueries.fieldOperations(), select: byName })
  const sources = useQuery({ ...optionQueries.sources(), select: bySourceName })
  const authors = useQuery({ ...optionQueries.authors(), select: byNameSorted })
  return {
    fieldsOfWork: choices(fieldsOfWork),
    states: choices(states),
    fieldOperations: choices(fieldOperations),
    sources: choices(sources),
    authors: choices(authors),
  }
}
