import { db } from '../db'
import { invalid } from '../problem'
import { allStructures } from './reference-views'

// Who may change, delete or move a release is decided once, in src/api/contract/workflow.ts
// (`whyNot`), and applied by mocks/workflow/transitions.ts.

/** 422 on each field whose ids do not all exist. */
export function assertReferencesExist(input: {
  sourceIds?: string[]
  fieldOfWorkIds?: string[]
  stateIds?: string[]
}): void {
  const errors: Record<string, string> = {}
  const check = (field: string, ids: string[] | undefined, known: Set<string>, what: string) => {
    const unknown = ids?.filter((id) => !known.has(id)) ?? []
    if (unknown.length > 0) errors[field] = `Unknown ${what}: ${unknown.join(', ')}`
  }
  check('sourceIds', input.sourceIds, new Set(allStructures().map((structure) => structure.id)), 'source')
  check(
    'fieldOfWorkIds',
    input.fieldOfWorkIds,
    new Set(db.fieldsOfWork.all().map((field) => field.id)),
    'field of work',
  )
  check('stateIds', input.stateIds, new Set(db.states.all().map((state) => state.id)), 'state')
  if (Object.keys(errors).length > 0) throw invalid(errors)
}
