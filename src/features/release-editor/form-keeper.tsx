import { type Control, useWatch } from 'react-hook-form'
import type { ReleaseFormOutput, ReleaseFormValues } from './form-values'
import { useAutosave } from './use-autosave'
import { useKeepLocalCopy } from './use-local-copy'

type Props = {
  control: Control<ReleaseFormValues, unknown, ReleaseFormOutput>
  isDirty: boolean
  autosave: { enabled: boolean; save: () => void }
  /** Writes the local copy now, when there is anything unsaved. */
  keepCopy: () => void
}

/**
 * Watches every keystroke so that the form itself does not re-render on each: saves a
 * draft after a pause and keeps a local copy of what is not saved yet. Renders nothing.
 */
export function FormKeeper({ control, isDirty, autosave, keepCopy }: Props) {
  const snapshot = JSON.stringify(useWatch({ control }))
  useAutosave({ enabled: autosave.enabled, isDirty, snapshot, save: autosave.save })
  useKeepLocalCopy({ snapshot, keep: keepCopy })
  return null
}
