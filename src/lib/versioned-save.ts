import { useMutation } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import type { FieldValues, UseFormReturn } from 'react-hook-form'
import { isApiError } from '../api/api-error'
import { mayHaveBeenApplied, useIdempotencyKey } from './idempotency-key'
import { isOurOwnWrite, sameData } from './own-write'
import { type SaveFailure, saveFailureOf, underFormValue } from './save-failure'

type Versioned = { version: number }

/** A create whose outcome is not known: its key, the exact input it sent, and what the form held then. */
export type CreateAttempt<TInput, TValues> = { key: string; input: TInput; sent: TValues }

type Options<TValues extends FieldValues, TInput, TRecord extends Versioned> = {
  form: UseFormReturn<TValues, unknown, TInput>
  /** The record the form opened with; null to create one. Later values are not followed: see rebase. */
  record: TRecord | null
  /** Not needed by a form that only edits (a record is given). */
  create?: (input: TInput, options: { idempotencyKey: string }) => Promise<TRecord>
  /** Writes `input` over `record`, saying the version it builds on (a stale one answers 409). */
  update: (record: TRecord, input: TInput, version: number) => Promise<TRecord>
  /** The newest version of the record, read from the server (not from a cache). */
  latest: (record: TRecord) => Promise<TRecord>
  /** The record as the input that would write it: how our own write is recognised when it reads back. */
  asInput: (record: TRecord) => { [K in keyof TInput]?: unknown }
  /**
   * When a create whose outcome was unknown is settled before a changed one: write what is typed
   * now over the record it made (true), or stop there and leave the rest to the person (false).
   */
  writeOverEarlierCreate?: boolean
  /** Which of the server's field paths the form shows; by default those under one of its values. */
  isFieldName?: (path: string) => boolean
  /** A create was given a new key and is about to leave: keep it where a reload finds it. */
  onCreateAttempt?: () => void
  /** `sent`: what the form held when the write left; `created`: the save made the record. */
  onSaved: (record: TRecord, saved: { sent: TValues; created: boolean }) => void
  onFailed?: (failure: SaveFailure) => void | Promise<void>
}

/**
 * The one versioned save (decision 0011), for the release editor and every reference dialog.
 * A create carries an Idempotency-Key, kept with its exact input while its outcome is unknown,
 * so Retry (even after a reload, see pendingCreate) is answered with the record it may already
 * have made. An edit carries the version it builds on; a 409 after an edit whose answer was lost
 * is recognised as our own write. The server's field messages (422) go onto their fields. A
 * submit while a save is on its way does nothing.
 */
export function useVersionedSave<TValues extends FieldValues, TInput, TRecord extends Versioned>(
  options: Options<TValues, TInput, TRecord>,
) {
  const { form, create, update, latest, asInput, writeOverEarlierCreate = true, onSaved, onFailed } = options
  const isFieldName = options.isFieldName ?? underFormValue(form)
  /** What the next write goes over: the record (null: none yet) and the version it builds on. */
  const base = useRef({ record: options.record, version: options.record?.version ?? 0 })
  const createKey = useIdempotencyKey<{ input: TInput; sent: TValues }>()
  /** The version an edit was sent from whose outcome is unknown (no answer, a server failure). */
  const uncertainEdit = useRef<number | null>(null)
  // Two submits in one render (Enter twice, Enter then a click) both see isPending false.
  const sending = useRef(false)
  const [failure, setFailure] = useState<SaveFailure | null>(null)

  async function updateFrom(record: TRecord, version: number, input: TInput): Promise<TRecord> {
    try {
      const saved = await update(record, input, version)
      uncertainEdit.current = null
      return saved
    } catch (error) {
      if (isApiError(error) && error.status === 409 && uncertainEdit.current === version) {
        const newest = await latest(record).catch(() => null)
        if (newest && isOurOwnWrite(newest, version, input, asInput)) {
          uncertainEdit.current = null
          return newest
        }
      }
      uncertainEdit.current = mayHaveBeenApplied(error) ? version : null
      throw error
    }
  }

  async function createOrSettle(input: TInput, sent: TValues) {
    if (!create) throw new Error('useVersionedSave: no record to update, and no create given.')
    const earlier = createKey.kept()
    if (earlier && !sameData(earlier.details.input, input)) {
      // The earlier create may have gone through: settle it first with exactly what it sent (the
      // server answers with the record it made, or makes it now), never a second record beside it.
      let made: TRecord | null = null
      try {
        made = await create(earlier.details.input, { idempotencyKey: earlier.key })
      } catch (error) {
        if (mayHaveBeenApplied(error)) throw error
      }
      createKey.renew()
      if (made && !writeOverEarlierCreate) return { record: made, sent: earlier.details.sent, created: true }
      if (made) {
        base.current = { record: made, version: made.version }
        return { record: await updateFrom(made, made.version, input), sent, created: true }
      }
    }
    // The same input as a create still unsettled: the same key (and what the form held then).
    const isNew = createKey.kept() === null
    createKey.get({ input, sent })
    if (isNew) options.onCreateAttempt?.()
    const attempt = createKey.kept()!
    try {
      const made = await create(attempt.details.input, { idempotencyKey: attempt.key })
      createKey.renew()
      return { record: made, sent: attempt.details.sent, created: true }
    } catch (error) {
      createKey.settle(error)
      throw error
    }
  }

  const mutation = useMutation({
    mutationFn: async ({ input, sent }: { input: TInput; sent: TValues }) => {
      const { record, version } = base.current
      if (record === null) return createOrSettle(input, sent)
      return { record: await updateFrom(record, version, input), sent, created: false }
    },
    onMutate: () => setFailure(null),
    onSuccess: ({ record, sent, created }) => {
      base.current = { record, version: record.version }
      onSaved(record, { sent, created })
    },
    onError: (error) => {
      const failed = saveFailureOf(error, { editing: base.current.record !== null, form, isFieldName })
      setFailure(failed)
      return onFailed?.(failed)
    },
    onSettled: () => {
      sending.current = false
    },
  })

  return {
    /** Sends `input` (what the form's schema made of what was typed); nothing while a save is on its way. */
    save: async (input: TInput): Promise<void> => {
      if (sending.current) return
      sending.current = true
      // The outcome reaches onSaved / onFailed; the promise only says the save has settled.
      await mutation.mutateAsync({ input, sent: form.getValues() }).catch(() => undefined)
    },
    /** Whether a save is on its way, at once (before a render shows it). */
    isSending: () => sending.current,
    isPending: mutation.isPending,
    /** Why the last save did not go through; null while saving and after a success. */
    failure,
    base: () => base.current,
    /** Writes now go over `record` (their version after a conflict), from `version` (an older one a local copy started from). */
    rebase: (record: TRecord, version = record.version) => {
      base.current = { record, version }
    },
    /** Loads the newest version and makes it the base: the next save applies what was typed over it. */
    reload: async (): Promise<TRecord | null> => {
      const { record } = base.current
      if (record === null) return null
      const newest = await latest(record)
      base.current = { record: newest, version: newest.version }
      return newest
    },
    /** A create whose outcome is unknown, to keep with a local copy. */
    pendingCreate: (): CreateAttempt<TInput, TValues> | null => {
      const kept = createKey.kept()
      return kept && { key: kept.key, ...kept.details }
    },
    /** Resumes a create kept with a local copy: the next save sends it again, with its key. */
    resumeCreate: (attempt: CreateAttempt<TInput, TValues>) => {
      if (base.current.record === null)
        createKey.resume({ key: attempt.key, details: { input: attempt.input, sent: attempt.sent } })
    },
  }
}
