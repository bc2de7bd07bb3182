import {
  fieldOperationInputSchema,
  fieldOperationListQuerySchema,
  fieldOperationPatchSchema,
  unknownLanguageMessage,
} from '../../../src/api/contract'
import { compareNumber, compareText, matchesText, normalizeText } from '../list'
import { countOf, describeUsage, referenceHandlers } from './reference-resource'
import { languageCodesOf, structureIdOfFieldOperation, toFieldOperation } from './reference-views'
import type { Route } from './route'

export function fieldOperationHandlers(baseUrl: string, route: Route) {
  return referenceHandlers(baseUrl, route, {
    what: 'field operation',
    idPrefix: 'field-operation',
    collection: 'fieldOperations',
    query: fieldOperationListQuerySchema,
    input: fieldOperationInputSchema,
    patch: fieldOperationPatchSchema,
    inputOf: (record) => {
      const { name, type, location, hostStateId, head, opened, closed } = record
      return { name, type, location, hostStateId, head, opened, closed, languageCodes: languageCodesOf(record) }
    },
    view: toFieldOperation,
    matches: (record, query, names) =>
      (!query.status || (record.closed === null ? 'active' : 'closed') === query.status) &&
      matchesText(
        query.q,
        record.name,
        record.location,
        record.head,
        record.hostStateId ? names.get(record.hostStateId) : null,
      ),
    comparators: {
      name: (a, b) => compareText(a.name, b.name),
      type: (a, b) => compareText(a.type, b.type),
      location: (a, b) => compareText(a.location, b.location),
      opened: (a, b) => compareNumber(a.opened, b.opened),
    },
    tieBreak: (a, b) => compareText(a.name, b.name),
    check: async (input, id, store) => {
      const errors: Record<string, string> = {}
      if (input.hostStateId !== null && !(await store.get('states', input.hostStateId)))
        errors.hostStateId = 'Choose a host State from the list'
      // Codes come canonical from the contract (sr-Latn), as the languages store them.
      const known = new Set((await store.all('languages')).map((language) => language.code))
      const unknown = input.languageCodes.filter((code) => !known.has(code))
      if (unknown.length > 0) errors.languageCodes = unknownLanguageMessage(unknown)
      const taken = (await store.all('fieldOperations')).some(
        (operation) => operation.id !== id && normalizeText(operation.name) === normalizeText(input.name),
      )
      if (taken) errors.name = `Another field operation is already called ${input.name}`
      return errors
    },
    build: (input, id, version) => ({ id, ...input, version }),
    usage: async (operation, store) => {
      const structureId = structureIdOfFieldOperation(operation.id)
      const assigned = await store.releases.referencing('fieldOperationIds', operation.id)
      const sourced = await store.releases.referencing('sourceIds', structureId)
      return describeUsage(operation.name, [
        assigned > 0 ? `${countOf(assigned, 'release')} assigned to it` : null,
        sourced > 0 ? `${countOf(sourced, 'release')} that name it as their source` : null,
      ])
    },
  })
}
