import {
  chairpersonshipInputSchema,
  chairpersonshipListQuerySchema,
  chairpersonshipPatchSchema,
} from '../../../src/api/contract'
import { compareNumber, compareText, matchesText } from '../list'
import { referenceHandlers } from './reference-resource'
import { toChairpersonship } from './reference-views'
import type { Route } from './route'

export function chairpersonshipHandlers(baseUrl: string, route: Route) {
  return referenceHandlers(baseUrl, route, {
    what: 'chairpersonship',
    idPrefix: 'chairpersonship',
    collection: 'chairpersonships',
    query: chairpersonshipListQuerySchema,
    input: chairpersonshipInputSchema,
    patch: chairpersonshipPatchSchema,
    inputOf: ({ year, stateId, chairInOffice }) => ({ year, stateId, chairInOffice: { ...chairInOffice } }),
    view: toChairpersonship,
    matches: (record, query, names) =>
      matchesText(
        query.q,
        String(record.year),
        record.chairInOffice.name,
        record.chairInOffice.title,
        names.get(record.stateId),
      ),
    comparators: { year: (a, b) => compareNumber(a.year, b.year) },
    tieBreak: (a, b) => compareText(a.id, b.id),
    check: async (input, id, store) => {
      const errors: Record<string, string> = {}
      const sameYear = (await store.all('chairpersonships')).find(
        (chair) => chair.id !== id && chair.year === input.year,
      )
      if (sameYear) errors.year = `There is already a chairpersonship for ${input.year}`
      const state = await store.get('states', input.stateId)
      if (!state) errors.stateId = 'Choose a participating State'
      else if (state.kind !== 'participating-state')
        errors.stateId = `${state.name} is a Partner for Co-operation, not a participating State`
      return errors
    },
    build: (input, id, version) => ({ id, ...input, chairInOffice: { ...input.chairInOffice }, version }),
    // Nothing refers to a chairpersonship: it can always go.
    usage: async () => null,
  })
}
