/**
 * The demo's backend, in a Web Worker of its own (decision 0019): the database, its seed, the
 * handlers and the transactions run here, off the page's main thread, so seeding thousands of
 * releases or answering a list never holds up the page's drawing. The page (`page.ts`) hands
 * over each request MSW's service worker caught and answers with what this answers; it also
 * keeps what a worker lacks: localStorage (the journal, decision 0002), its `storage` events
 * (other tabs' writes) and a DOM to sanitize release bodies with.
 */
import './worker-globals'
import type { Endpoint } from './link'
import { serveBackend } from './serve'

serveBackend(self as unknown as Endpoint)
