import {
  defaultLanguageCodes,
  type Chairpersonship,
  type FieldOperation,
  type Ref,
  type Structure,
} from '../../../src/api/contract'
import type { StorageReader } from '../storage'
import type { StoredChairpersonship, StoredFieldOperation } from '../records'

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
export async function allStructures(store: StorageReader): Promise<Structure[]> {
  const [structures, operations] = await Promise.all([store.all('structures'), store.all('fieldOperations')])
  return [...structures.map((structure) => ({ ...structure })), ...operations.map(fieldOperationStructure)]
}

/** The states' names by id: what a reference record's view names its state by. */
export type StateNames = ReadonlyMap<string, string>
export async function stateNamesOf(store: StorageReader): Promise<StateNames> {
  return new Map((await store.all('states')).map((state) => [state.id, state.name]))
}

export const stateRef = (stateId: string, names: StateNames): Ref => ({
  id: stateId,
  name: names.get(stateId) ?? stateId,
})

export function toChairpersonship(record: StoredChairpersonship, names: StateNames): Chairpersonship {
  const { stateId, ...rest } = record
  return { ...rest, chairInOffice: { ...rest.chairInOffice }, state: stateRef(stateId, names) }
}

/** The languages an operation works in: English for one stored before they were kept. */
export const languageCodesOf = (record: StoredFieldOperation): string[] => [
  ...(record.languageCodes ?? defaultLanguageCodes),
]

export function toFieldOperation(record: StoredFieldOperation, names: StateNames): FieldOperation {
  const { hostStateId, ...rest } = record
  return {
    ...rest,
    languageCodes: languageCodesOf(record),
    hostState: hostStateId === null ? null : stateRef(hostStateId, names),
    status: record.closed === null ? 'active' : 'closed',
  }
}
