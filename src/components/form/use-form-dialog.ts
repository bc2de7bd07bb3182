import { useRef, useState } from 'react'

/**
 * Which record a form dialog edits (null: a new one). Each opening mounts a fresh form
 * (`key`); the form stays mounted after closing so the dialog can animate out. Focus goes
 * back to the control that opened it: Mantine's own return needs the dialog mounted
 * closed first, which a fresh form never is.
 */
export function useFormDialog<T>() {
  const [state, setState] = useState<{ record: T | null; key: number; opened: boolean } | null>(null)
  const opener = useRef<HTMLElement | null>(null)
  return {
    dialog: state,
    open: (record: T | null) => {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
      setState((current) => ({ record, key: (current?.key ?? 0) + 1, opened: true }))
    },
    close: () => {
      setState((current) => (current ? { ...current, opened: false } : current))
      const target = opener.current
      // After the dialog has let go of focus (its focus trap ends with it).
      window.setTimeout(() => {
        if (target?.isConnected) target.focus({ preventScroll: true })
      }, 20)
    },
  }
}
