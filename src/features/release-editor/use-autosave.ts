import { useEffect, useRef } from 'react'
import { editorTiming } from './timing'

/**
 * Saves a while after typing stops: every change restarts the wait. `snapshot` is the
 * watched form serialized, so a change of any field (and the reset after a save) re-arms it.
 */
export function useAutosave(options: { enabled: boolean; isDirty: boolean; snapshot: string; save: () => void }) {
  const { enabled, isDirty, snapshot } = options
  const save = useRef(options.save)
  useEffect(() => {
    save.current = options.save
  })

  useEffect(() => {
    if (!enabled || !isDirty) return
    // `snapshot` is read so that each change restarts the wait.
    const timer = snapshot ? setTimeout(() => save.current(), editorTiming.autosaveMs) : undefined
    return () => clearTimeout(timer)
  }, [enabled, isDirty, snapshot])
}
