/**
 * The demo's backend, in a Web Worker of its own (decision 0019): the database, its seed, the
 * handlers and the transactions run here, off the page's main thread, so seeding thousands of
 * releases or answering a list never holds up the page's drawing. The page (`page.ts`) hands
 * over each request MSW's service worker caught and answers with what this answers; it also
 * keeps what a worker lacks: localStorage (the journal, decision 0002), its `storage` events
 * (other tabs' writes) and a DOM to sanitize release bodies with.
 */
import './worker-globals'
import { prepareSeed } from '../collections'
import { seedCountOf, type Endpoint } from './link'
import { serveBackend } from './serve'

serveBackend(self as unknown as Endpoint)

// The page may start this worker before its own code runs (index.html, in a demo build), naming the
// seed's size: generate the seed meanwhile. The page's `start` still says what to serve; a seed of
// another size is made then.
const count = seedCountOf(self.name)
if (count !== null) setTimeout(() => prepareSeed(count))
