import type { FieldValues, Path, UseFormReturn } from 'react-hook-form'
import { type ApiError, isApiError } from '../api/api-error'

/** Why a save did not go through; what was typed stays in the form in every case. */
export type SaveFailure =
  /** 422: the messages are on their fields now; those for fields the form does not have are listed. */
  | { kind: 'invalid'; error: ApiError; unplaced: string[] }
  /** 409 on an edit: a newer version than ours was saved first, and it is not our own earlier attempt. */
  | { kind: 'conflict'; error: ApiError }
  /** 404 on an edit: the record is gone. */
  | { kind: 'gone'; error: ApiError }
  | { kind: 'failed'; error: unknown }

/** By default a form shows a server's field path when it lies under one of the form's values. */
export const underFormValue =
  <TValues extends FieldValues>(form: UseFormReturn<TValues, unknown, unknown>) =>
  (path: string): boolean =>
    Object.keys(form.getValues()).includes(path.split('.')[0]!)

/**
 * What a failed save means for the form. The server's field messages (422) are put on their
 * fields here (`isFieldName`: the paths the form shows); the others are listed, to be said
 * elsewhere. A 409 or a 404 means something only for an edit: a create has no version to be
 * stale and no record to be gone.
 */
export function saveFailureOf<TValues extends FieldValues>(
  error: unknown,
  {
    editing,
    form,
    isFieldName,
  }: {
    editing: boolean
    form: UseFormReturn<TValues, unknown, unknown>
    isFieldName: (path: string) => boolean
  },
): SaveFailure {
  if (!isApiError(error)) return { kind: 'failed', error }
  if (error.status === 422 && Object.keys(error.fieldErrors).length > 0) {
    const unplaced: string[] = []
    for (const [path, message] of Object.entries(error.fieldErrors)) {
      if (isFieldName(path)) form.setError(path as Path<TValues>, { type: 'server', message }, { shouldFocus: false })
      else unplaced.push(message)
    }
    return { kind: 'invalid', error, unplaced }
  }
  if (editing && error.status === 409) return { kind: 'conflict', error }
  if (editing && error.status === 404) return { kind: 'gone', error }
  return { kind: 'failed', error }
}
