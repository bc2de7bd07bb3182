/**
 * Keeps every tab served by the mock's service worker (decision 0015).
 *
 * MSW's worker unregisters itself when a tab says goodbye (on `beforeunload`, so on a reload
 * too) and it sees no other tab it controls. A tab that reloads alone races with that: its new
 * page can be left controlled by a registration on its way out, and a tab opened next is then
 * not controlled at all, so its requests reach the dev server (404) instead of the mock.
 */

const reloadedKey = 'mock-worker:reloaded-to-be-served'

/** The mark of this tab's one reload; null where the browser refuses storage (then no reload). */
function reloadMark(change?: 'set' | 'clear'): string | null {
  try {
    if (change === 'set') sessionStorage.setItem(reloadedKey, 'yes')
    if (change === 'clear') sessionStorage.removeItem(reloadedKey)
    return sessionStorage.getItem(reloadedKey) ?? ''
  } catch {
    return null
  }
}

/**
 * MSW calls `registration.update()` while it starts, without waiting for it. The update fails
 * while offline, or when the registration is being removed ("Failed to update a ServiceWorker
 * … Not found"), and nobody catches that. A failed update changes nothing (the worker there
 * goes on serving), so while `start` runs a failed update resolves instead. The prototype,
 * not the objects: the object MSW looks up need not be the one this page saw before.
 */
export async function withQuietUpdates<T>(start: () => Promise<T>): Promise<T> {
  const prototype = ServiceWorkerRegistration.prototype
  const update = prototype.update
  prototype.update = function (this: ServiceWorkerRegistration) {
    return update.call(this).catch(() => this)
  }
  try {
    return await start()
  } finally {
    prototype.update = update
  }
}

const controllerChange = (timeoutMs: number): Promise<void> =>
  new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      navigator.serviceWorker.removeEventListener('controllerchange', done)
      resolve()
    }
    const timer = setTimeout(done, timeoutMs)
    navigator.serviceWorker.addEventListener('controllerchange', done)
  })

/**
 * After `worker.start()`: makes sure this tab's requests go to the worker that MSW just
 * activated for it, and that the next tab will be controlled from its first request.
 * Resolves when the tab is served (or cannot be: then every call says "reload"), or never,
 * when it reloads the tab.
 */
export async function ensureTabIsServed(scriptUrl: string): Promise<void> {
  const container = navigator.serviceWorker
  // A worker installed just now claims the tab as it activates; the news may still be on its way.
  if (!container.controller) await controllerChange(3000)

  if (container.controller) {
    reloadMark('clear')
    // Controlled, yet the registration is gone from the list: it is being removed. Registering
    // the same script again keeps it, so tabs opened next are controlled by it. If that fails
    // (offline), this tab is served all the same, and the next one reloads once.
    if (!(await container.getRegistration())) await container.register(scriptUrl).catch(() => undefined)
    return
  }

  // Not controlled: the registration was revived without claiming this tab. A page loaded now is
  // controlled from its first request; no answer has come yet, so no form holds anything typed.
  if (reloadMark() === '' && reloadMark('set') === 'yes') {
    window.location.reload()
    return new Promise(() => {})
  }
  // Reloaded once already (or cannot count reloads): render anyway. Each call then says the demo
  // backend is not running in this tab and offers Reload (describeProblem); that reload tries again.
  reloadMark('clear')
}
