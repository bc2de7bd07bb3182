import { getResponse, type RequestHandler } from 'msw'
import { followPageClock } from '../../server/core/clock'
import { store } from '../db'
import { createHandlers } from '../handlers'
import { setBodySanitizer } from '../../server/core/routes/release-body'
import { journalIn } from '../persistence/journal'
import { StorageUnavailable } from '../persistence/journal-storage'
import { applyStorageChange, enableJournal, resetStore } from '../persistence/sync'
import { link, requestOf, responseMessage, type Endpoint, type RequestMessage, type ResponseMessage } from './link'
import type { PageFunctions } from './page'

export type BackendOptions = {
  /** The API's base URL, absolute (a worker has no document to resolve '/api' against). */
  baseUrl: string
  /** How many releases to generate, besides the source page's release. */
  seedReleases: number
  latencyMs: number
}

/**
 * The backend's side of the link (decision 0019): the shared store (`db.ts`) with the page's
 * journal, the handlers, and the functions the page calls. `worker.ts` serves it to the page;
 * tests serve it over a MessageChannel.
 */
export function serveBackend(endpoint: Endpoint) {
  let handlers: RequestHandler[] = []
  let resolveStarted: () => void = () => undefined
  /** Settles once the database is seeded and the journal replayed: every request waits for it. */
  const started = new Promise<void>((resolve) => {
    resolveStarted = resolve
  })

  const backend = {
    /** Seeds, replays the journal; requests that arrive meanwhile wait. */
    async start(options: BackendOptions): Promise<void> {
      handlers = createHandlers({ baseUrl: options.baseUrl, latencyMs: options.latencyMs })
      store.releases = options.seedReleases
      await enableJournal(store, journal)
      resolveStarted()
    },
    /** One request MSW caught in the page; null when no handler takes it (the page lets it through). */
    async answer(message: RequestMessage): Promise<ResponseMessage | null> {
      await started
      followPageClock(message.sentAt)
      const response = await getResponse(handlers, requestOf(message))
      return response ? responseMessage(response) : null
    },
    /** Another tab's write, as the page's `storage` event reported it. */
    async storageChanged(key: string | null, newValue: string | null): Promise<void> {
      await started
      await applyStorageChange(store, key, newValue)
    },
    /** "Reset demo data". */
    async reset(): Promise<void> {
      await started
      await resetStore(store)
    },
  }

  const page = link<PageFunctions>(endpoint, backend, (error) =>
    error.name === 'StorageUnavailable'
      ? new StorageUnavailable(error.message)
      : Object.assign(new Error(error.message), error),
  )

  /** The journal in the page's localStorage: the page reads and writes it, this parses and checks it. */
  const journal = journalIn({
    getItem: (key) => page.storageGetItem(key),
    entries: (prefix) => page.storageEntries(prefix),
    writeAll: (changes) => page.storageWriteAll(changes),
  })

  // DOMPurify needs a DOM, which a worker lacks: the page sanitizes.
  setBodySanitizer((html) => page.sanitize(html))
  return backend
}
export type BackendFunctions = ReturnType<typeof serveBackend>
