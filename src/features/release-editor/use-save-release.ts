import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import { isApiError } from '../../api/api-error'
import type { Release, ReleasePatch } from '../../api/contract'
import { newIdempotencyKey } from '../../api/idempotency'
import { isRetryable } from '../../api/problem-message'
import { createRelease, releaseQueries, updateRelease } from '../../api/releases'
import {
  changedKeys,
  editableKeys,
  isFormFieldName,
  type ReleaseFormOutput,
  type ReleaseFormValues,
  sameValue,
  toFormValues,
  toPatch,
} from './form-values'
import type { CreateAttempt } from './local-copy-schema'
import { clearLocalCopy, releaseCopyKey } from '../../lib/local-copy-keys'
import { writeLocalCopy } from './local-copy-store'

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'invalid' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'conflict'; theirs: Release; mine: ReleaseFormValues; myChanges: string[] }
  /** The release moved on (submitted, published…) or is gone: it cannot take this text any more. */
  | { kind: 'moved-on'; theirs: Release }
  | { kind: 'gone' }

/** What the form is based on: the server's values and version (0 before the first save creates it). */
export type SaveBase = { id: string | null; values: ReleaseFormValues; version: number }

type Options = {
  release: Release | null
  /** Who types: the local copies are theirs. */
  userId: string
  /** Where the form keeps its local copy now. */
  copyKey: () => string
  /** Writes the local copy at once: a create's Idempotency-Key must be kept before the request leaves. */
  keepCopyNow: () => void
  form: UseFormReturn<ReleaseFormValues, unknown, ReleaseFormOutput>
  onCreated: (release: Release) => void
  /** The server refused some fields (422): their messages are on the fields now. */
  onServerInvalid: () => void
}

/** When a wait the server asked for (Retry-After) is over, as a Date.now() time. */
const secondsFromNow = (seconds: number) => Date.now() + seconds * 1000

/**
 * Saving: POST for a new release, PATCH with only the changed fields and the version it
 * started from for an existing one. What was typed during a save stays in the form; a
 * failure keeps everything; a 409 fetches their version for the conflict panel. A create
 * carries an Idempotency-Key, kept until it succeeds, so Retry never makes a second release;
 * an edit carries its version, so a repeated one answers 409, recognised as our own write.
 */
export function useSaveRelease({ release, userId, copyKey, keepCopyNow, form, onCreated, onServerInvalid }: Options) {
  const queryClient = useQueryClient()
  const base = useRef<SaveBase>({ id: release?.id ?? null, values: form.getValues(), version: release?.version ?? 0 })
  const pending = useRef(false)
  /**
   * A create whose outcome is not known yet (no answer, a server failure): the next save sends
   * the same input with the same Idempotency-Key, so the server answers with the release it may
   * already have made instead of making a second one. What was typed since follows as an edit.
   * It is kept with the local copy, so this holds after a reload too.
   */
  const createAttempt = useRef<CreateAttempt | null>(null)
  // A 503/429 with Retry-After: autosave waits that long (Save and Retry are the person's call).
  const autosaveNotBefore = useRef(0)
  // An existing release opens as saved when it was last written (also right after the first save created it).
  const [state, setState] = useState<SaveState>(
    release ? { kind: 'saved', at: new Date(release.updatedAt) } : { kind: 'idle' },
  )

  /** Makes `saved` the new base, keeping anything typed since `sent` was taken. */
  const adopt = (saved: Release, sent: ReleaseFormValues) => {
    const current = form.getValues()
    const savedValues = toFormValues(saved)
    base.current = { id: saved.id, values: savedValues, version: saved.version }
    form.reset(savedValues)
    for (const key of editableKeys) {
      if (JSON.stringify(current[key]) !== JSON.stringify(sent[key]))
        form.setValue(key, current[key], { shouldDirty: true })
    }
  }

  const save = async (values: ReleaseFormOutput) => {
    if (pending.current) return
    pending.current = true
    setState({ kind: 'saving' })
    let sent = form.getValues()
    const { id, values: baseValues, version } = base.current
    let patch: ReleasePatch | null = null
    try {
      if (id !== null && changedKeys(values, baseValues).length === 0) {
        form.reset(baseValues)
        setState({ kind: 'saved', at: new Date() })
        return
      }
      let saved: Release
      if (id === null) {
        if (!createAttempt.current) {
          createAttempt.current = { key: newIdempotencyKey(), input: values, sent }
          keepCopyNow()
        }
        const attempt = createAttempt.current
        sent = attempt.sent
        saved = await createRelease(attempt.input, { idempotencyKey: attempt.key })
        createAttempt.current = null
      } else {
        patch = toPatch(values, baseValues, version)
        saved = await updateRelease(id, patch)
      }
      queryClient.setQueryData(releaseQueries.detail(saved.id).queryKey, saved)
      void queryClient.invalidateQueries({ queryKey: releaseQueries.lists() })
      clearLocalCopy(copyKey())
      adopt(saved, sent)
      setState({ kind: 'saved', at: new Date() })
      if (id === null) {
        // The edit page takes over: what was typed while the release was being created
        // waits there as a local copy to restore, rather than being dropped.
        if (changedKeys(form.getValues(), base.current.values).length > 0)
          writeLocalCopy(releaseCopyKey(userId, saved.id), {
            values: form.getValues(),
            baseVersion: saved.version,
            createAttempt: null,
          })
        onCreated(saved)
      }
    } catch (error) {
      if (isApiError(error) && error.retryAfterSeconds !== undefined)
        autosaveNotBefore.current = secondsFromNow(error.retryAfterSeconds)
      // A refused create was not made: the next save is a new attempt, with what the form holds then.
      if (id === null && !isRetryable(error)) createAttempt.current = null
      if (isApiError(error) && error.status === 409 && id !== null) {
        await showConflict(id, error, patch, sent)
      } else if (isApiError(error) && error.status === 404 && id !== null) {
        setState({ kind: 'gone' })
      } else if (isApiError(error) && error.status === 422 && Object.keys(error.fieldErrors).length > 0) {
        for (const [path, message] of Object.entries(error.fieldErrors)) {
          if (isFormFieldName(path)) form.setError(path, { type: 'server', message }, { shouldFocus: false })
        }
        setState({ kind: 'invalid' })
        onServerInvalid()
      } else {
        setState({ kind: 'failed', error })
      }
    } finally {
      pending.current = false
    }
  }

  const showConflict = async (
    id: string,
    conflictError: unknown,
    patch: ReleasePatch | null,
    sent: ReleaseFormValues,
  ) => {
    try {
      const theirs = await queryClient.fetchQuery({ ...releaseQueries.detail(id), staleTime: 0 })
      if (patch && isOurOwnWrite(theirs, patch)) {
        // An earlier attempt went through but its answer was lost: the "other" version is ours.
        queryClient.setQueryData(releaseQueries.detail(id).queryKey, theirs)
        void queryClient.invalidateQueries({ queryKey: releaseQueries.lists() })
        clearLocalCopy(copyKey())
        adopt(theirs, sent)
        setState({ kind: 'saved', at: new Date() })
        return
      }
      if (!theirs.allowedActions.includes('edit')) {
        setState({ kind: 'moved-on', theirs })
        return
      }
      const mine = form.getValues()
      setState({ kind: 'conflict', theirs, mine, myChanges: changedKeys(mine, base.current.values) })
    } catch (error) {
      setState(isApiError(error) && error.status === 404 ? { kind: 'gone' } : { kind: 'failed', error: conflictError })
    }
  }

  /** Whether the one write since our base is exactly the patch we sent (a retried edit whose first answer was lost). */
  const isOurOwnWrite = (theirs: Release, patch: ReleasePatch): boolean => {
    if (theirs.version !== patch.version + 1) return false
    const theirValues = toFormValues(theirs)
    return Object.entries(patch).every(
      ([key, value]) => key === 'version' || sameValue(theirValues[key as keyof ReleaseFormValues], value),
    )
  }

  /** Takes their version as the new base and keeps mine for the fields named; answers whether anything is left to save. */
  const resolveConflict = (theirs: Release, merged: ReleaseFormValues): boolean => {
    const theirValues = toFormValues(theirs)
    base.current = { id: theirs.id, values: theirValues, version: theirs.version }
    form.reset(theirValues)
    for (const key of changedKeys(merged, theirValues)) form.setValue(key, merged[key], { shouldDirty: true })
    const left = changedKeys(merged, theirValues).length > 0
    if (!left) setState({ kind: 'saved', at: new Date() })
    return left
  }

  /** Restoring a local copy: its changes are judged against the version they started from, so a newer one answers 409. */
  const rebase = (version: number) => {
    if (base.current.id !== null && version > 0 && version < base.current.version)
      base.current = { ...base.current, version }
  }

  /** Whether autosave may send now: not before the server's Retry-After has passed. */
  const mayAutosave = () => Date.now() >= autosaveNotBefore.current

  /** Restoring a copy kept while a create's outcome was unknown: the next save sends that create again, with its key. */
  const resumeCreate = (attempt: CreateAttempt | null) => {
    if (attempt && base.current.id === null) createAttempt.current = attempt
  }

  return {
    state,
    setState,
    save,
    base,
    resolveConflict,
    rebase,
    resumeCreate,
    pendingCreate: () => createAttempt.current,
    isPending: () => pending.current,
    mayAutosave,
  }
}
