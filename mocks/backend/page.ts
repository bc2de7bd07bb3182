/**
 * The page's side of the demo's backend (decision 0019): starts the backend's Web Worker
 * (`worker.ts`), hands it every request MSW's service worker catches under the API's base URL,
 * and does for it what a worker cannot: the journal in localStorage, other tabs' `storage`
 * events, and sanitizing release bodies with the page's DOM.
 */
import { HttpHandler, type HttpRequestParsedResult, passthrough, type RequestHandler } from 'msw'
import { sanitizeRichText } from '../../src/api/contract/sanitize-rich-text'
import { localJournalStorage } from '../persistence/journal-storage'
import { link, requestMessage, responseOf, workerNameOf, type Endpoint } from './link'
import type { BackendFunctions, BackendOptions } from './serve'

/** What the backend may ask of the page: its localStorage's journal keys, raw (the backend parses them), and sanitizing. */
function pageFunctions(storage: Storage) {
  const journal = localJournalStorage(storage)
  return {
    storageGetItem: journal.getItem,
    storageEntries: journal.entries,
    storageWriteAll: journal.writeAll,
    sanitize: sanitizeRichText,
  }
}
export type PageFunctions = ReturnType<typeof pageFunctions>

export type Backend = ReturnType<typeof connectBackend>

/**
 * Starts the backend's worker, or takes the one the demo build's index.html started before the
 * app's code ran (`newsroomMockBackend`, decision 0019); answers at once (requests wait in the worker
 * until it has seeded).
 */
export function startBackend(options: BackendOptions) {
  const page = globalThis as { newsroomMockBackend?: { worker: Worker; name: string } }
  const early = page.newsroomMockBackend
  delete page.newsroomMockBackend
  const name = workerNameOf(options.seedReleases)
  const worker =
    early?.name === name ? early.worker : new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name })
  if (early && worker !== early.worker) early.worker.terminate()
  const backend = connectBackend(worker, window.localStorage, options)
  return { ...backend, stop: () => (backend.stop(), worker.terminate()) }
}

/**
 * Links the page to a backend on the other side of `endpoint`, starts it (seeding), follows
 * other tabs' writes (the page's `storage` events) and answers MSW's handler, which hands
 * the backend every request under the API's base URL (relative to the page, as in the app).
 */
export function connectBackend(endpoint: Endpoint, storage: Storage, options: BackendOptions) {
  const backend = link<BackendFunctions>(endpoint, pageFunctions(storage))
  const baseUrl = new URL(options.baseUrl.replace(/\/+$/, ''), window.location.href).href
  const started = backend.start({ ...options, baseUrl })
  started.catch((error: unknown) => console.warn('[mocks] the demo backend did not start', error))

  const onStorage = (event: StorageEvent) => {
    if (event.storageArea !== storage) return
    backend
      .storageChanged(event.key, event.newValue)
      .catch((error: unknown) => console.warn('[mocks] could not apply a change from another tab', error))
  }
  window.addEventListener('storage', onStorage)

  // A backend that could not start (its worker's script did not load) lets requests through:
  // the app then says the demo backend is not running in this tab, and offers Reload (0015).
  const handler: RequestHandler = new ApiHandler(
    new RegExp(`^${escapeRegExp(baseUrl)}(?:/|$)`),
    async ({ request }) => {
      const answer = await backend.answer(await requestMessage(request)).catch((error: unknown) => {
        console.warn('[mocks] the demo backend did not answer', error)
        return null
      })
      return answer ? responseOf(answer) : passthrough()
    },
  )

  return {
    handler,
    /** Settles once the backend has seeded and replayed the journal (requests wait for it anyway). */
    started,
    /** "Reset demo data", in the backend (and, through the journal, every other tab). */
    reset: () => backend.reset(),
    stop: () => window.removeEventListener('storage', onStorage),
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * `http.all` for every request whose URL `prefix` matches, without the cookies MSW reads for
 * each request it matches (document.cookie and its own cookie store, 40–60 ms of the page's
 * thread around a first row at 4× throttling): the API's credential is a bearer token, and
 * the backend reads the request's own headers.
 */
class ApiHandler extends HttpHandler {
  constructor(
    private readonly prefix: RegExp,
    resolver: ConstructorParameters<typeof HttpHandler>[2],
  ) {
    super(/.+/, prefix, resolver)
  }

  override parse({ request }: { request: Request }): Promise<HttpRequestParsedResult> {
    return Promise.resolve({ match: { matches: this.prefix.test(request.url), params: {} }, cookies: {} })
  }
}
