import type { RefObject } from 'react'
import { type Control, useWatch } from 'react-hook-form'
import type { ReleaseFormOutput, ReleaseFormValues } from './form-values'
import { useAutosave } from './use-autosave'
import { useKeepLocalDraft } from './use-local-draft'

type Props = {
  control: Control<ReleaseFormValues, unknown, ReleaseFormOutput>
  isDirty: boolean
  getValues: () => ReleaseFormValues
  autosave: { enabled: boolean; save: () => void }
  localDraft: { key: string; baseVersion: number; forgotten: RefObject<boolean> }
}

/**
 * Watches every keystroke so that the form itself does not re-render on each: saves a
 * draft after a pause and keeps a local copy of what is not saved yet. Renders nothing.
 */
export function FormKeeper({ control, isDirty, getValues, autosave, localDraft }: Props) {
  const snapshot = JSON.stringify(useWatch({ control }))
  useAutosave({ enabled: autosave.enabled, isDirty, snapshot, save: autosave.save })
  useKeepLocalDraft({ ...localDraft, snapshot, getValues, isDirty })
  return null
}
