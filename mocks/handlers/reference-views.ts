import {
  defaultLanguageCodes,
  type Chairpersonship,
  type FieldOperation,
  type Ref,
  type Structure,
} from '../../src/api/contract'
import { db } from '../db'
import type { StoredChairpersonship, StoredFieldOperation } from '../../server/core/records'

/** Field operations are structures too; their structure id is derived from theirs. */
export const structureIdOfFieldOperation = (fieldOperationId: string) => `structure-${fieldOperationId}`

export function fieldOperationStructure(operation: StoredFieldOperation): Structure {
  return {
    id: structureIdOfFieldOperation(operation.id),
    name: operation.name,
    kind: 'field-operation',
    sourceName: `OSCE ${operation.name}`,
    version: operation.version,
  }
}

/** Every structure: the stored ones, then one per field operation. */
export function allStructures(): Structure[] {
  return [
    ...db.structures.all().map((structure) => ({ ...structure })),
    ...db.fieldOperations.all().map(fieldOperationStructure),
  ]
}

export function stateRef(stateId: string): Ref {
  return { id: stateId, name: db.states.findFirst((q) => q.where({ id: stateId }))?.name ?? stateId }
}

export function toChairpersonship(record: StoredChairpersonship): Chairpersonship {
  const { stateId, ...rest } = record
  return { ...rest, chairInOffice: { ...rest.chairInOffice }, state: stateRef(stateId) }
}

/** The languages an operation works in: English for one stored before they were kept. */
export const languageCodesOf = (record: StoredFieldOperation): string[] => [
  ...(record.languageCodes ?? defaultLanguageCodes),
]

export function toFieldOperation(record: StoredFieldOperation): FieldOperation {
  const { hostStateId, ...rest } = record
  return {
    ...rest,
    languageCodes: languageCodesOf(record),
    hostState: hostStateId === null ? null : stateRef(hostStateId),
    status: record.closed === null ? 'active' : 'closed',
  }
}
