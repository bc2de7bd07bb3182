import { stateInputSchema, stateListQuerySchema, statePatchSchema, type State } from '../../../src/api/contract'
import { compareText, matchesText, normalizeText } from '../list'
import { countOf, describeUsage, referenceHandlers } from './reference-resource'
import type { Route } from './route'

export function stateHandlers(baseUrl: string, route: Route) {
  return referenceHandlers(baseUrl, route, {
    what: 'state',
    idPrefix: 'state',
    collection: 'states',
    query: stateListQuerySchema,
    input: stateInputSchema,
    patch: statePatchSchema,
    inputOf: ({ name, iso2, kind, capital }) => ({ name, iso2, kind, capital }),
    view: (record: State) => ({ ...record }),
    matches: (record, query) =>
      (!query.kind || record.kind === query.kind) && matchesText(query.q, record.name, record.iso2),
    comparators: {
      name: (a, b) => compareText(a.name, b.name),
      iso2: (a, b) => compareText(a.iso2, b.iso2),
      kind: (a, b) => compareText(a.kind, b.kind),
    },
    tieBreak: (a, b) => compareText(a.name, b.name),
    check: async (input, id, store) => {
      const errors: Record<string, string> = {}
      const others = (await store.all('states')).filter((state) => state.id !== id)
      if (others.some((state) => normalizeText(state.name) === normalizeText(input.name)))
        errors.name = `Another state is already called ${input.name}`
      if (others.some((state) => state.iso2 === input.iso2)) errors.iso2 = `Another state already uses ${input.iso2}`
      return errors
    },
    build: (input, id, version) => ({ id, ...input, version }),
    usage: async (state, store) => {
      const releases = await store.releases.referencing('stateIds', state.id)
      const chairs = (await store.all('chairpersonships')).filter((chair) => chair.stateId === state.id)
      const operations = (await store.all('fieldOperations')).filter((operation) => operation.hostStateId === state.id)
      return describeUsage(state.name, [
        releases > 0 ? countOf(releases, 'release') : null,
        chairs.length > 0 ? `the chairpersonship of ${chairs.map((chair) => chair.year).join(', ')}` : null,
        operations.length > 0
          ? `the field operation${operations.length > 1 ? 's' : ''} ${operations.map((operation) => operation.name).join(', ')}`
          : null,
      ])
    },
  })
}
