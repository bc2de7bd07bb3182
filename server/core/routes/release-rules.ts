import type { StorageReader } from '../storage'
import { invalid } from '../problem'
import { allStructures } from './reference-views'

// Who may change, delete or move a release is decided once, in src/api/contract/workflow.ts
// (`whyNot`), and applied by server/core/workflow/transitions.ts.

/** 422 on each field whose ids do not all exist. */
export async function assertReferencesExist(
  store: StorageReader,
  input: {
    sourceIds?: string[]
    fieldOfWorkIds?: string[]
    stateIds?: string[]
  },
): Promise<void> {
  const [structures, fields, states] = await Promise.all([
    allStructures(store),
    store.all('fieldsOfWork'),
    store.all('states'),
  ])
  const errors: Record<string, string> = {}
  const check = (field: string, ids: string[] | undefined, known: Set<string>, what: string) => {
    const unknown = ids?.filter((id) => !known.has(id)) ?? []
    if (unknown.length > 0) errors[field] = `Unknown ${what}: ${unknown.join(', ')}`
  }
  check('sourceIds', input.sourceIds, new Set(structures.map((structure) => structure.id)), 'source')
  check('fieldOfWorkIds', input.fieldOfWorkIds, new Set(fields.map((field) => field.id)), 'field of work')
  check('stateIds', input.stateIds, new Set(states.map((state) => state.id)), 'state')
  if (Object.keys(errors).length > 0) throw invalid(errors)
}
