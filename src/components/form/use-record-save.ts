import { useMutation } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form'
import { isApiError } from '../../api/api-error'
import { newIdempotencyKey } from '../../api/idempotency'

/** Why the last save did not go through; what was typed stays in the form in every case. */
export type SaveProblem =
  | { kind: 'failed'; error: unknown }
  /** 409: someone else saved the record first. */
  | { kind: 'stale'; error: unknown }
  /** The newest version was loaded after a 409: saving again applies what was typed over it. */
  | { kind: 'reloaded'; version: number; summary: string | null }
  | { kind: 'reload-failed'; error: unknown }

/** What a save passes on to the API besides the values. */
export type SaveOptions = {
  /**
   * One key per create intent: made at the first Save of a dialog, sent again by Retry and by
   * every later Save until the server has answered for sure (a 2xx or a 4xx), so a create whose
   * answer was lost is not made twice.
   */
  idempotencyKey: string
}

type Options<TValues extends FieldValues, TOutput, TRecord extends { version: number }> = {
  form: UseFormReturn<TValues, unknown, TOutput>
  /** The version the form started from; null when creating. */
  version: number | null
  save: (values: TOutput, version: number | null, options: SaveOptions) => Promise<TRecord>
  /** Fetches the newest version of the record (after a 409). */
  reload?: () => Promise<TRecord>
  /** Says what the newest version holds, so the person can compare it with what they typed. */
  summarize?: (record: TRecord) => string
  onSaved: (record: TRecord) => void
  /**
   * Writes `values` over a record this dialog has just created (an update with its version).
   * Used when a create's answer was lost and the person changed the form before saving again.
   */
  saveOver?: (created: TRecord, values: TOutput) => Promise<TRecord>
  /**
   * The form's values for a record. After an edit whose answer was lost, the retry is a 409 (the
   * first one went through and moved the version on); when the one newer version holds exactly
   * what was typed, that 409 is our own save, not someone else's.
   */
  valuesOf?: (record: TRecord) => TValues
}

/**
 * Whether the server surely did not apply the write: it answered, and with a refusal. After
 * no answer (status 0) or a server failure (5xx) the write may have been applied.
 */
const surelyRefused = (error: unknown) => isApiError(error) && error.status >= 400 && error.status < 500

/** Same values as a person reads them: text compared trimmed and regardless of case (the server may normalize it). */
const sameValues = (a: unknown, b: unknown) =>
  JSON.stringify(a, (_key, value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : value)) ===
  JSON.stringify(b, (_key, value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : value))

/**
 * Saves a reference-data form: the server's field messages (422) go onto their fields, a
 * 409 offers to load the newest version without touching what was typed, any other
 * failure offers Retry. Submit is refused while a save is on its way. Creates carry an
 * idempotency key (see SaveOptions).
 */
export function useRecordSave<TValues extends FieldValues, TOutput, TRecord extends { version: number }>(
  options: Options<TValues, TOutput, TRecord>,
) {
  const { form, save, reload, summarize, onSaved, saveOver, valuesOf } = options
  const [version, setVersion] = useState(options.version)
  const [problem, setProblem] = useState<SaveProblem | null>(null)
  /** The create sent last whose fate is unknown (no answer, or a 5xx): its key and exactly what it sent. */
  const unsettled = useRef<{ key: string; values: TOutput; body: string } | null>(null)
  /** A record this dialog created whose update with the newer values has not gone through yet. */
  const created = useRef<TRecord | null>(null)
  /** The version an edit was sent from whose answer never came (no answer, or a 5xx). */
  const unsettledEdit = useRef<number | null>(null)
  // Two submits in one render (Enter twice, Enter then a click) both see isPending false.
  const sending = useRef(false)
  const mutation = useMutation({
    mutationFn: async (values: TOutput) => {
      if (version !== null) return saveEdit(values, version)
      const body = JSON.stringify(values)
      if (created.current && saveOver) return saveOver(created.current, values)
      const earlier = unsettled.current
      if (earlier && earlier.body !== body && saveOver) {
        // The earlier create may have gone through: settle it first with exactly what it sent
        // (the server replays it, or makes it now), then write what is typed now over it.
        try {
          created.current = await save(earlier.values, null, { idempotencyKey: earlier.key })
        } catch (error) {
          if (!surelyRefused(error)) throw error
        }
        unsettled.current = null
        if (created.current) return saveOver(created.current, values)
      }
      // Retry of the same content: the same key, so the server makes it at most once.
      const key = earlier && earlier.body === body ? earlier.key : newIdempotencyKey()
      unsettled.current = { key, values, body }
      return save(values, null, { idempotencyKey: key })
    },
    onMutate: () => setProblem(null),
    onSuccess: (record) => {
      unsettled.current = null
      created.current = null
      onSaved(record)
    },
    onError: (error) => {
      if (surelyRefused(error)) unsettled.current = null
      if (isApiError(error) && error.status === 422 && Object.keys(error.fieldErrors).length > 0) {
        const names = new Set(Object.keys(form.getValues()))
        const unplaced: string[] = []
        for (const [path, message] of Object.entries(error.fieldErrors)) {
          if (names.has(path.split('.')[0]!))
            form.setError(path as Path<TValues>, { type: 'server', message }, { shouldFocus: false })
          else unplaced.push(message)
        }
        if (unplaced.length > 0) setProblem({ kind: 'failed', error: new Error(unplaced.join(' ')) })
      } else if (isApiError(error) && error.status === 409 && version !== null) {
        setProblem({ kind: 'stale', error })
      } else {
        setProblem({ kind: 'failed', error })
      }
    },
    onSettled: () => {
      sending.current = false
    },
  })

  async function saveEdit(values: TOutput, from: number): Promise<TRecord> {
    const typed = form.getValues()
    try {
      const saved = await save(values, from, { idempotencyKey: newIdempotencyKey() })
      unsettledEdit.current = null
      return saved
    } catch (error) {
      if (isApiError(error) && error.status === 409 && unsettledEdit.current === from && reload && valuesOf) {
        const latest = await reload()
        if (latest.version === from + 1 && sameValues(valuesOf(latest), typed)) return latest
      }
      unsettledEdit.current = surelyRefused(error) ? null : from
      throw error
    }
  }

  const submit = () =>
    form.handleSubmit((values) => {
      if (sending.current) return
      sending.current = true
      mutation.mutate(values)
    })()

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
