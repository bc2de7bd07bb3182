import type { ReleaseStatus } from '../../src/api/contract'
import { db } from '../db'
import type { StoredRelease, StoredUser } from '../schemas'
import { forbidden, invalid } from './problem'
import { allStructures } from './reference-views'

export const editableByEditor: readonly ReleaseStatus[] = ['draft', 'changes-requested']

/** Editors change their own releases while draft or changes requested; admins any that is not published. */
export function assertCanEdit(user: StoredUser, release: StoredRelease): void {
  if (user.role === 'admin') {
    if (release.status === 'published') throw forbidden('A published release cannot be changed. Withdraw it first.')
    return
  }
  if (user.role !== 'editor') throw forbidden('Only editors and admins can change releases.')
  if (release.authorId !== user.id) throw forbidden('Editors can change only the releases they wrote.')
  if (!editableByEditor.includes(release.status)) {
    throw forbidden(`This release is ${release.status}: editors can change it only while it is a draft or changes are requested.`)
  }
}

export function assertCanDelete(user: StoredUser, release: StoredRelease): void {
  if (user.role !== 'admin' && release.authorId !== user.id) throw forbidden('Only its author or an admin can delete a release.')
}

/** 422 on each field whose ids do not all exist. */
export function assertReferencesExist(input: { sourceIds?: string[]; fieldOfWorkIds?: string[]; stateIds?: string[] }): void {
  const errors: Record<string, string> = {}
  const check = (field: string, ids: string[] | undefined, known: Set<string>, what: string) => {
    const unknown = ids?.filter((id) => !known.has(id)) ?? []
    if (unknown.length > 0) errors[field] = `Unknown ${what}: ${unknown.join(', ')}`
  }
  check('sourceIds', input.sourceIds, new Set(allStructures().map((structure) => structure.id)), 'source')
  check('fieldOfWorkIds', input.fieldOfWorkIds, new Set(db.fieldsOfWork.all().map((field) => field.id)), 'field of work')
  check('stateIds', input.stateIds, new Set(db.states.all().map((state) => state.id)), 'state')
  if (Object.keys(errors).length > 0) throw invalid(errors)
}
