import {
  type FocusEvent,
  type KeyboardEvent,
  type SyntheticEvent,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react'
import { idleChunk } from '../lib/when-idle'

/** Where a stand-in left off: its text and caret, if the person is still in it. */
export type TakeOver = { text: string; selection: [number, number] | null } | null

/**
 * A control drawn as a light stand-in of the same look and name until a person comes to it
 * (focus, a press, its label), then replaced by the real one, whose chunk (`load`) is fetched at
 * the first idle moment after a stand-in is first drawn: the first press does not wait, yet
 * neither its download nor its code run before the page's first rows. Tests load it at once,
 * so that a test's first click finds it as a person's does.
 */
export function standInUntilUsed<T>(load: () => Promise<{ default: T }>) {
  const chunk = idleChunk(load)

  /**
   * The real control once the person has come to the stand-in and it has loaded (else
   * undefined: draw the stand-in), where they left the stand-in, and the stand-in's `onTakeOver`.
   */
  return function useTakeOver(): [T | undefined, TakeOver, (input: HTMLInputElement) => void] {
    // Once, after the first stand-in is drawn: the chunk, when the page has a moment.
    useEffect(() => chunk.fetchWhenIdle(), [])
    // undefined: still the stand-in; null: the real one, the person gone meanwhile; else where they were.
    const [takeOver, setTakeOver] = useState<TakeOver | undefined>(undefined)
    const takeOverFrom = useCallback((input: HTMLInputElement) => {
      const swap = () =>
        setTakeOver(
          input.ownerDocument.activeElement === input
            ? {
                text: input.value,
                selection:
                  input.selectionStart === null || input.selectionEnd === null
                    ? null
                    : [input.selectionStart, input.selectionEnd],
              }
            : null,
        )
      if (chunk.loaded()) swap()
      else chunk.fetch().then(swap, () => undefined)
    }, [])
    return [takeOver === undefined ? undefined : chunk.loaded(), takeOver ?? null, takeOverFrom]
  }
}

/**
 * The stand-in's handlers that hand it over: on focus from the keyboard or its label at once;
 * on a press only once it is done (the click), when the browser has put the caret where the
 * person pressed, so that the real control takes the caret there and not at the text's start.
 */
export function useTakeOverOn(onTakeOver: (input: HTMLInputElement) => void) {
  const pressing = useRef(false)
  const handOver = (event: SyntheticEvent<HTMLInputElement>) => {
    pressing.current = false
    onTakeOver(event.currentTarget)
  }
  return {
    onPointerDown: () => void (pressing.current = true),
    onFocus: (event: FocusEvent<HTMLInputElement>) => void (pressing.current || onTakeOver(event.currentTarget)),
    onClick: handOver,
    // Pressed, then let go elsewhere: the first key hands it over.
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void (pressing.current && handOver(event)),
  }
}
