import {
  fieldOperationInputSchema,
  fieldOperationListQuerySchema,
  fieldOperationPatchSchema,
  unknownLanguageMessage,
} from '../../src/api/contract'
import { db, find } from '../db'
import { compareNumber, compareText, matchesText, normalizeText } from './list'
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
    matches: (record, query) =>
      (!query.status || (record.closed === null ? 'active' : 'closed') === query.status) &&
      matchesText(
        query.q,
        record.name,
        record.location,
        record.head,
        record.hostStateId ? find('states', record.hostStateId)?.name : null,
      ),
    comparators: {
      name: (a, b) => compareText(a.name, b.name),
      type: (a, b) => compareText(a.type, b.type),
      location: (a, b) => compareText(a.location, b.location),
      opened: (a, b) => compareNumber(a.opened, b.opened),
    },
    tieBreak: (a, b) => compareText(a.name, b.name),
    check: (input, id) => {
      const errors: Record<string, string> = {}
      if (input.hostStateId !== null && !find('states', input.hostStateId))
        errors.hostStateId = 'Choose a host State from the list'
      // Codes come canonical from the contract (sr-Latn), as the languages store them.
      const known = new Set(db.languages.all().map((language) => language.code))
      const unknown = input.languageCodes.filter((code) => !known.has(code))
      if (unknown.length > 0) errors.languageCodes = unknownLanguageMessage(unknown)
      const taken = db.fieldOperations
        .all()
        .some((operation) => operation.id !== id && normalizeText(operation.name) === normalizeText(input.name))
      if (taken) errors.name = `Another field operation is already called ${input.name}`
      return errors
    },
    build: (input, id, version) => ({ id, ...input, version }),
    usage: (operation) => {
      const structureId = structureIdOfFieldOperation(operation.id)
      const assigned = db.releases.findMany((q) =>
        q.where((release) => release.fieldOperationIds.includes(operation.id)),
      ).length
      const sourced = db.releases.findMany((q) => q.where((release) => release.sourceIds.includes(structureId))).length
      return describeUsage(operation.name, [
        assigned > 0 ? `${countOf(assigned, 'release')} assigned to it` : null,
        sourced > 0 ? `${countOf(sourced, 'release')} that name it as their source` : null,
      ])
    },
  })
}
