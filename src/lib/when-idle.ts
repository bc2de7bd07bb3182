/**
 * Runs `task` once the page has a moment (the browser's idle time; a timeout where it has none):
 * a chunk the page needs soon is fetched early, yet never evaluated in the middle of drawing it.
 */
export function whenIdle(task: () => void) {
  if (typeof window === 'undefined') return
  if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: 2000 })
  else setTimeout(task, 200)
}

/**
 * A lazily loaded chunk, loaded once and remembered: `fetch()` loads it (again after a failure,
 * offline for a moment), `loaded()` is its default export once it is here, `fetchWhenIdle()` asks
 * for it at the page's first idle moment. Tests load it at once, so that a test finds the part as
 * soon as a person would, whatever the machine's load.
 */
export function idleChunk<T>(load: () => Promise<{ default: T }>) {
  let loaded: T | undefined
  let loading: Promise<T> | undefined
  const fetch = (): Promise<T> =>
    (loading ??= load().then(
      (module) => (loaded = module.default),
      (error: unknown) => {
        loading = undefined
        throw error
      },
    ))
  let asked = import.meta.env.MODE === 'test'
  if (asked) void fetch().catch(() => undefined)
  return {
    fetch,
    loaded: () => loaded,
    fetchWhenIdle() {
      if (asked) return
      asked = true
      whenIdle(() => void fetch().catch(() => undefined))
    },
  }
}
