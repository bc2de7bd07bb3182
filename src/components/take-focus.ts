import { type RefObject, useEffect, useLayoutEffect, useRef } from 'react'
import type { TakeOver } from './take-over'

// Apart from take-over.ts: only the real controls use it, so it loads with their chunks.

/**
 * In the real control, on its first draw: if the person was in the stand-in, the focus and the
 * caret where they were, then (after the control's own first effects) `carry` given the text
 * they had typed there.
 */
export function useTakeFocus(
  input: RefObject<HTMLInputElement | null>,
  takeOver: TakeOver,
  carry: (text: string, element: HTMLInputElement, selection: [number, number] | null) => void,
) {
  const carried = useRef(takeOver)
  const carryOnce = useRef(carry)
  useLayoutEffect(() => {
    const element = input.current
    if (!carried.current || !element) return
    element.focus()
    if (carried.current.selection) element.setSelectionRange(...carried.current.selection)
  }, [input])
  useEffect(() => {
    if (carried.current && input.current)
      carryOnce.current(carried.current.text, input.current, carried.current.selection)
  }, [input])
}
