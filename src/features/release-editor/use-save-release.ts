import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import { isApiError } from '../../api/api-error'
import type { Release } from '../../api/contract'
import { createRelease, releaseQueries, updateRelease } from '../../api/releases'
import { clearLocalCopy, releaseCopyKey } from '../../lib/local-copy-keys'
import type { SaveFailure } from '../../lib/save-failure'
import { useVersionedSave } from '../../lib/versioned-save'
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
 * Saving a release with the one versioned save (src/lib/versioned-save.ts): POST for a new
 * release, PATCH with only the changed fields for an existing one. What is the editor's own:
 * what was typed during a save stays in the form, a 409 fetches their version for the conflict
 * panel (or says the release moved on), and autosave waits as long as a 503 asks.
 */
export function useSaveRelease({ release, userId, copyKey, keepCopyNow, form, onCreated, onServerInvalid }: Options) {
  const queryClient = useQueryClient()
  // What a new release's form held before its first save: what "changed" means until it exists.
  const [emptyValues] = useState(() => form.getValues())
  // A 503/429 with Retry-After: autosave waits that long (Save and Retry are the person's call).
  const autosaveNotBefore = useRef(0)
  // An existing release opens as saved when it was last written (also right after the first save created it).
  const [state, setState] = useState<SaveState>(
    release ? { kind: 'saved', at: new Date(release.updatedAt) } : { kind: 'idle' },
  )
  const fetchLatest = (id: string) => queryClient.fetchQuery({ ...releaseQueries.detail(id), staleTime: 0 })
  const valuesOf = (record: Release | null) => (record ? toFormValues(record) : emptyValues)

  /** Shows `saved` in the form, keeping anything typed since `sent` was taken. */
  const adopt = (saved: Release, sent: ReleaseFormValues) => {
    const current = form.getValues()
    form.reset(toFormValues(saved))
    for (const key of editableKeys) {
      if (!sameValue(current[key], sent[key])) form.setValue(key, current[key], { shouldDirty: true })
    }
  }

  /**
   * Their version becomes the base and the form holds the merge: mine where I changed a field,
   * theirs elsewhere. The conflict panel's choices change the form; its one Save saves it.
   */
  const openConflict = (theirs: Release) => {
    const mine = form.getValues()
    const myChanges = changedKeys(mine, valuesOf(saver.base().record))
    saver.rebase(theirs)
    form.reset(toFormValues(theirs))
    for (const key of myChanges) form.setValue(key, mine[key], { shouldDirty: true })
    setState({ kind: 'conflict', theirs, mine, myChanges })
  }

  const showConflict = async (id: string, conflict: unknown): Promise<void> => {
    try {
      const theirs = await fetchLatest(id)
      if (!theirs.allowedActions.includes('edit')) return setState({ kind: 'moved-on', theirs })
      openConflict(theirs)
    } catch (error) {
      setState(isApiError(error) && error.status === 404 ? { kind: 'gone' } : { kind: 'failed', error: conflict })
    }
  }

  /**
   * A 403 on an edit: the release may have moved where this person may not change it (submitted:
   * in review only a reviewer corrects it). Then it says so, as after a 409; otherwise the refusal.
   */
  const showRefusal = async (id: string, refusal: unknown): Promise<void> => {
    try {
      const latest = await fetchLatest(id)
      if (!latest.allowedActions.includes('edit')) return setState({ kind: 'moved-on', theirs: latest })
    } catch (error) {
      if (isApiError(error) && error.status === 404) return setState({ kind: 'gone' })
    }
    setState({ kind: 'failed', error: refusal })
  }

  const onFailed = (failure: SaveFailure): void | Promise<void> => {
    const { error } = failure
    if (isApiError(error) && error.retryAfterSeconds !== undefined)
      autosaveNotBefore.current = secondsFromNow(error.retryAfterSeconds)
    if (failure.kind === 'conflict') return showConflict(saver.base().record!.id, error)
    if (failure.kind === 'gone') return setState({ kind: 'gone' })
    const { record } = saver.base()
    if (record && isApiError(error) && error.status === 403) return showRefusal(record.id, error)
    if (failure.kind === 'invalid') {
      setState({ kind: 'invalid' })
      return onServerInvalid()
    }
    setState({ kind: 'failed', error })
  }

  const saver = useVersionedSave({
    form,
    record: release,
    create: createRelease,
    // Only what differs from the version it started from: a PATCH never undoes someone else's fields.
    update: (record, values, version) => updateRelease(record.id, toPatch(values, toFormValues(record), version)),
    latest: (record) => fetchLatest(record.id),
    asInput: toFormValues,
    // The edit page takes over what was typed while a create was unsettled: a local copy to restore.
    writeOverEarlierCreate: false,
    isFieldName: isFormFieldName,
    onCreateAttempt: keepCopyNow,
    onFailed,
    onSaved: (saved, { sent, created }) => {
      queryClient.setQueryData(releaseQueries.detail(saved.id).queryKey, saved)
      void queryClient.invalidateQueries({ queryKey: releaseQueries.lists() })
      clearLocalCopy(copyKey())
      adopt(saved, sent)
      setState({ kind: 'saved', at: new Date() })
      if (!created) return
      // The edit page takes over: what was typed while the release was being created
      // waits there as a local copy to restore, rather than being dropped.
      if (changedKeys(form.getValues(), toFormValues(saved)).length > 0)
        writeLocalCopy(releaseCopyKey(userId, saved.id), {
          values: form.getValues(),
          baseVersion: saved.version,
          createAttempt: null,
        })
      onCreated(saved)
    },
  })

  const save = async (values: ReleaseFormOutput) => {
    if (saver.isSending()) return
    const { record } = saver.base()
    if (record && changedKeys(values, toFormValues(record)).length === 0) {
      // Nothing to send. The form is reset to the saved text only when it holds exactly that: a space
      // just typed at the end of a word (trimmed away in `values`) stays where the person typed it.
      if (changedKeys(form.getValues(), toFormValues(record)).length === 0) form.reset(toFormValues(record))
      setState({ kind: 'saved', at: new Date() })
      return
    }
    setState({ kind: 'saving' })
    await saver.save(values)
  }

  /**
   * How `release` (as the server says now) stands to the version the form builds on: the same or
   * older, newer in its content or status, or newer only in its metadata (assigned: same text).
   */
  const newerThanBase = (live: Release | null): 'no' | 'metadata' | 'yes' => {
    const { record, version } = saver.base()
    if (!live || !record || live.id !== record.id || live.version <= version) return 'no'
    // A restored copy builds on an older version than the record: what changed since is not known here.
    const sameText = record.version === version && sameValue(toFormValues(live), toFormValues(record))
    return sameText && live.status === record.status ? 'metadata' : 'yes'
  }

  /** A newer version with nothing unsaved here: the form shows it and builds on it. */
  const loadNewer = (newer: Release) => {
    saver.rebase(newer)
    form.reset(toFormValues(newer))
    setState({ kind: 'saved', at: new Date(newer.updatedAt) })
  }

  /** Restoring a local copy: its changes are judged against the version they started from, so a newer one answers 409. */
  const rebase = (version: number) => {
    const base = saver.base()
    if (base.record && version > 0 && version < base.version) saver.rebase(base.record, version)
  }

  return {
    state,
    setState,
    save,
    /** What the form is based on now (a save, a conflict or a restored copy moves it). */
    base: (): SaveBase => {
      const { record, version } = saver.base()
      return { id: record?.id ?? null, values: valuesOf(record), version }
    },
    openConflict,
    loadNewer,
    newerThanBase,
    /** A newer version that differs only in its metadata: the next save builds on it, nothing to say. */
    followMetadata: (live: Release) => saver.rebase(live),
    rebase,
    /** Restoring a copy kept while a create's outcome was unknown: the next save sends that create again, with its key. */
    resumeCreate: (attempt: CreateAttempt | null) => {
      if (attempt) saver.resumeCreate(attempt)
    },
    pendingCreate: saver.pendingCreate,
    isSending: saver.isSending,
    /** Whether autosave may send now: not before the server's Retry-After has passed. */
    mayAutosave: () => Date.now() >= autosaveNotBefore.current,
  }
}
