import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form'
import { isApiError } from '../../api/api-error'

/** Why the last save did not go through; what was typed stays in the form in every case. */
export type SaveProblem =
  | { kind: 'failed'; error: unknown }
  /** 409: someone else saved the record first. */
  | { kind: 'stale'; error: unknown }
  /** The newest version was loaded after a 409: saving again applies what was typed over it. */
  | { kind: 'reloaded'; version: number; summary: string | null }
  | { kind: 'reload-failed'; error: unknown }

type Options<TValues extends FieldValues, TOutput, TRecord extends { version: number }> = {
  form: UseFormReturn<TValues, unknown, TOutput>
  /** The version the form started from; null when creating. */
  version: number | null
  save: (values: TOutput, version: number | null) => Promise<TRecord>
  /** Fetches the newest version of the record (after a 409). */
  reload?: () => Promise<TRecord>
  /** Says what the newest version holds, so the person can compare it with what they typed. */
  summarize?: (record: TRecord) => string
  onSaved: (record: TRecord) => void
}

/**
 * Saves a reference-data form: the server's field messages (422) go onto their fields, a
 * 409 offers to load the newest version without touching what was typed, any other
 * failure offers Retry. Submit is refused while a save is on its way.
 */
export function useRecordSave<TValues extends FieldValues, TOutput, TRecord extends { version: number }>(
  options: Options<TValues, TOutput, TRecord>,
) {
  const { form, save, reload, summarize, onSaved } = options
  const [version, setVersion] = useState(options.version)
  const [problem, setProblem] = useState<SaveProblem | null>(null)
  const mutation = useMutation({
    mutationFn: (values: TOutput) => save(values, version),
    onMutate: () => setProblem(null),
    onSuccess: (record) => onSaved(record),
    onError: (error) => {
      if (isApiError(error) && error.status === 422 && Object.keys(error.fieldErrors).length > 0) {
        const names = new Set(Object.keys(form.getValues()))
        const unplaced: string[] = []
        for (const [path, message] of Object.entries(error.fieldErrors)) {
          if (names.has(path.split('.')[0]!)) form.setError(path as Path<TValues>, { type: 'server', message }, { shouldFocus: false })
          else unplaced.push(message)
        }
        if (unplaced.length > 0) setProblem({ kind: 'failed', error: new Error(unplaced.join(' ')) })
      } else if (isApiError(error) && error.status === 409 && version !== null) {
        setProblem({ kind: 'stale', error })
      } else {
        setProblem({ kind: 'failed', error })
      }
    },
  })

  const submit = form.handleSubmit((values) => {
    if (!mutation.isPending) mutation.mutate(values)
  })

  const reloadLatest = async () => {
    if (!reload) return
    try {
      const latest = await reload()
      setVersion(latest.version)
      setProblem({ kind: 'reloaded', version: latest.version, summary: summarize ? summarize(latest) : null })
    } catch (error) {
      setProblem({ kind: 'reload-failed', error })
    }
  }

  return { submit, isPending: mutation.isPending, problem, reloadLatest }
}
