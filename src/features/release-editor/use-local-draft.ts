import { type RefObject, useEffect, useRef, useState } from 'react'
import type { ReleaseFormValues } from './form-values'
import { editorTiming } from './timing'

/** Unsaved values kept in this browser, with when they were typed and the version they started from. */
export type LocalDraft = { values: ReleaseFormValues; savedAt: string; baseVersion: number }

export const localDraftKey = (releaseId: string | null) => `newsroom-admin:release-draft:${releaseId ?? 'new'}`

export function readLocalDraft(key: string): LocalDraft | null {
  try {
    const stored = localStorage.getItem(key)
    return stored ? (JSON.parse(stored) as LocalDraft) : null
  } catch {
    return null
  }
}

export const clearLocalDraft = (key: string) => localStorage.removeItem(key)

export function writeLocalDraft(key: string, values: ReleaseFormValues, baseVersion: number) {
  const draft: LocalDraft = { values, savedAt: new Date().toISOString(), baseVersion }
  try {
    localStorage.setItem(key, JSON.stringify(draft))
  } catch {
    // A full or blocked storage must not break typing; the server copy still autosaves.
  }
}

type KeepOptions = {
  key: string
  /** The form's values serialized: a change of any field re-arms the wait. */
  snapshot: string
  getValues: () => ReleaseFormValues
  isDirty: boolean
  baseVersion: number
  /** Set once the release is gone (deleted): nothing more is kept. */
  forgotten: RefObject<boolean>
}

/** Keeps unsaved values in localStorage: debounced after each change, and at once when the form goes away. */
export function useKeepLocalDraft(options: KeepOptions) {
  const { key, snapshot, getValues, isDirty, baseVersion, forgotten } = options
  const latest = useRef(options)
  useEffect(() => {
    latest.current = options
  })

  useEffect(() => {
    // `snapshot` is read so that each change restarts the wait.
    if (!isDirty || !snapshot) return
    const timer = setTimeout(() => writeLocalDraft(key, getValues(), baseVersion), editorTiming.localDraftMs)
    return () => clearTimeout(timer)
  }, [key, snapshot, getValues, isDirty, baseVersion])

  useEffect(
    () => () => {
      const last = latest.current
      if (last.isDirty && !forgotten.current) writeLocalDraft(last.key, last.getValues(), last.baseVersion)
    },
    [forgotten],
  )
}

/** The copy found when the form opened, for the person to restore or discard. */
export function useLocalDraftOffer(key: string) {
  const [found, setFound] = useState(() => readLocalDraft(key))
  return {
    found,
    dismiss: () => setFound(null),
    discard: () => {
      clearLocalDraft(key)
      setFound(null)
    },
  }
}
