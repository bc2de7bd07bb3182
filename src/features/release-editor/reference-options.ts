import { type QueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { FieldOfWork, FieldOperation, State, Structure } from '../../api/contract'
import { fieldOfWorkQueries } from '../../api/fields-of-work'
import { fieldOperationQueries } from '../../api/field-operations'
import { stateQueries } from '../../api/states'
import { structureQueries } from '../../api/structures'

/** The reference lists the form picks from, whole (each is a few dozen entries). The loaders ensure the same queries. */
export const referenceQueries = {
  structures: () => structureQueries.allRecords(),
  fieldsOfWork: () => fieldOfWorkQueries.allRecords(),
  states: () => stateQueries.allRecords(),
  fieldOperations: () => fieldOperationQueries.allRecords(),
}

/** For the loaders: fetches whatever of the reference lists is not in the cache yet. */
export const ensureReferenceData = (queryClient: QueryClient) =>
  Promise.all([
    queryClient.ensureQueryData(referenceQueries.structures()),
    queryClient.ensureQueryData(referenceQueries.fieldsOfWork()),
    queryClient.ensureQueryData(referenceQueries.states()),
    queryClient.ensureQueryData(referenceQueries.fieldOperations()),
  ])

type Option = { value: string; label: string }
export type ReferenceOptions = {
  sources: Option[]
  fieldsOfWork: Option[]
  states: { group: string; items: Option[] }[]
  /** Dateline cities: where field operations sit, and the States' capitals. */
  places: string[]
}

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label, 'en')

export function useReferenceOptions(): ReferenceOptions {
  const structures = useSuspenseQuery(referenceQueries.structures()).data.items
  const fieldsOfWork = useSuspenseQuery(referenceQueries.fieldsOfWork()).data.items
  const states = useSuspenseQuery(referenceQueries.states()).data.items
  const operations = useSuspenseQuery(referenceQueries.fieldOperations()).data.items

  return useMemo(
    () => buildOptions(structures, fieldsOfWork, states, operations),
    [structures, fieldsOfWork, states, operations],
  )
}

function buildOptions(
  structures: Structure[],
  fieldsOfWork: FieldOfWork[],
  states: State[],
  operations: FieldOperation[],
): ReferenceOptions {
  const stateOption = (state: State) => ({ value: state.id, label: state.name })
  const places = new Set<string>()
  for (const operation of operations) places.add(operation.location)
  for (const state of states) if (state.capital) places.add(state.capital)

  return {
    sources: structures.map((structure) => ({ value: structure.id, label: structure.sourceName })).toSorted(byLabel),
    fieldsOfWork: fieldsOfWork.map((field) => ({ value: field.id, label: field.name })).toSorted(byLabel),
    states: [
      {
        group: 'Participating States',
        items: states
          .filter((s) => s.kind === 'participating-state')
          .map(stateOption)
          .toSorted(byLabel),
      },
      {
        group: 'Partners for Co-operation',
        items: states
          .filter((s) => s.kind !== 'participating-state')
          .map(stateOption)
          .toSorted(byLabel),
      },
    ],
    places: [...places].toSorted((a, b) => a.localeCompare(b, 'en')),
  }
}
