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
  const errors: Record<string, string> = {}
  // Only the lists the input names are read: a PATCH of the title reads none.
  const check = async (
    field: string,
    ids: string[] | undefined,
    known: () => Promise<{ id: string }[]>,
    what: string,
  ) => {
    if (!ids?.length) return
    const knownIds = new Set((await known()).map((record) => record.id))
    const unknown = ids.filter((id) => !knownIds.has(id))
    if (unknown.length > 0) errors[field] = `Unknown ${what}: ${unknown.join(', ')}`
  }
  await check('sourceIds', input.sourceIds, () => allStructures(store), 'source')
  await check('fieldOfWorkIds', input.fieldOfWorkIds, () => store.all('fieldsOfWork'), 'field of work')
  await check('stateIds', input.stateIds, () => store.all('states'), 'state')
  if (Object.keys(errors).length > 0) throw invalid(errors)
}
