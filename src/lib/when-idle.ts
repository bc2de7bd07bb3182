/**
 * Runs `task` once the page has a moment (the browser's idle time; a timeout where it has none):
 * a chunk the page needs soon is fetched early, yet never evaluated in the middle of drawing it.
 */
export function whenIdle(task: () => void) {
  if (typeof window === 'undefined') return
  if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: 2000 })
  else setTimeout(task, 200)
}
