import { type ComponentType, lazy, startTransition, useEffect, useState } from 'react'

/**
 * False in a component's first render, true in a second one right after it, which React may
 * interrupt: what is below the fold is drawn after what is above it, so the first fields are
 * usable sooner. In tests (act) both happen before the render returns.
 */
export function useSecondPass(): boolean {
  const [second, setSecond] = useState(false)
  useEffect(() => {
    startTransition(() => setSecond(true))
  }, [])
  return second
}

/**
 * Runs `task` once the page has a moment (the browser's idle time; a timeout where it has none):
 * a chunk the form needs soon is fetched early, yet never evaluated in the middle of drawing it.
 */
export function whenIdle(task: () => void) {
  if (typeof window === 'undefined') return
  if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: 2000 })
  else setTimeout(task, 200)
}

/**
 * A lazy component whose chunk is fetched at the first idle moment after the calling module runs
 * (whenIdle), not when it is first drawn: it arrives right after the fields, and never runs in the
 * middle of drawing them. Tests load it on demand.
 */
// oxlint-disable-next-line typescript/no-explicit-any -- React.lazy's own constraint
export function lazyFetchedWhenIdle<T extends ComponentType<any>>(load: () => Promise<{ default: T }>) {
  if (import.meta.env.MODE !== 'test') whenIdle(() => void load().catch(() => undefined))
  return lazy(load)
}
