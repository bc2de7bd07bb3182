import {
  fieldOfWorkInputSchema,
  fieldOfWorkListQuerySchema,
  fieldOfWorkPatchSchema,
  type FieldOfWork,
} from '../../../src/api/contract'
import { compareText, matchesText, normalizeText } from '../list'
import { countOf, describeUsage, referenceHandlers } from './reference-resource'
import type { Route } from './route'

export function fieldOfWorkHandlers(baseUrl: string, route: Route) {
  return referenceHandlers(baseUrl, route, {
    what: 'field of work',
    idPrefix: 'field-of-work',
    collection: 'fieldsOfWork',
    query: fieldOfWorkListQuerySchema,
    input: fieldOfWorkInputSchema,
    patch: fieldOfWorkPatchSchema,
    inputOf: ({ name }) => ({ name }),
    view: (record: FieldOfWork) => ({ ...record }),
    matches: (record, query) => matchesText(query.q, record.name),
    comparators: { name: (a, b) => compareText(a.name, b.name) },
    tieBreak: (a, b) => compareText(a.id, b.id),
    check: async (input, id, store): Promise<Record<string, string>> => {
      const taken = (await store.all('fieldsOfWork')).some(
        (field) => field.id !== id && normalizeText(field.name) === normalizeText(input.name),
      )
      return taken ? { name: `Another field of work is already called ${input.name}` } : {}
    },
    build: (input, id, version) => ({ id, ...input, version }),
    usage: async (field, store) => {
      const releases = await store.releases.referencing('fieldOfWorkIds', field.id)
      return describeUsage(field.name, [releases > 0 ? countOf(releases, 'release') : null])
    },
  })
}
