/**
 * Imported first by `worker.ts`. MSW's cookie store insists on a global `localStorage` in any
 * environment that is not Node, and a worker has none. One without methods passes that check
 * and keeps the cookies in memory (the API uses bearer tokens, no cookies); the journal reaches
 * the page's real localStorage through the page (`page.ts`).
 */
if (!('localStorage' in globalThis)) Object.defineProperty(globalThis, 'localStorage', { value: Object.freeze({}) })
