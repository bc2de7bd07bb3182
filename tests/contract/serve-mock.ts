/**
 * The mock backend as a real HTTP server, to run the conformance suite over the network as it
 * will run against the real one:
 *
 *   npx tsx tests/contract/serve-mock.ts 8787 &
 *   API_BASE_URL=http://127.0.0.1:8787/api npm run test:contract
 *
 * One seed for the life of the process: a second run finds what the first one left, as a real
 * server would keep it. Not part of any test run; nothing imports it.
 */
import { createServer } from 'node:http'
import { createRequire } from 'node:module'

// The mock sanitizes release bodies with DOMPurify, which needs a DOM: jsdom's (which ships no
// types; its `window` is all this needs), set up before the mock loads.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string) => { window: Window & typeof globalThis }
}
const { window } = new JSDOM('')
Object.assign(globalThis, { window, document: window.document, DOMParser: window.DOMParser, Node: window.Node })

const { getResponse } = await import('msw')
const { createHandlers } = await import('../../mocks/handlers')
const { resetDb } = await import('../../mocks/db')

const port = Number(process.argv[2] ?? 8787)
const origin = `http://127.0.0.1:${port}`
await resetDb()
const handlers = createHandlers({ baseUrl: `${origin}/api`, latencyMs: 0 })

createServer(async (incoming, outgoing) => {
  const chunks: Buffer[] = []
  for await (const chunk of incoming) chunks.push(chunk as Buffer)
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers))
    if (typeof value === 'string') headers.set(name, value)
    else if (Array.isArray(value)) for (const each of value) headers.append(name, each)
  const method = incoming.method ?? 'GET'
  const request = new Request(`${origin}${incoming.url ?? '/'}`, {
    method,
    headers,
    body: method === 'GET' || method === 'HEAD' || chunks.length === 0 ? undefined : Buffer.concat(chunks),
  })
  const response = (await getResponse(handlers, request)) ?? new Response('Not found', { status: 404 })
  outgoing.writeHead(response.status, Object.fromEntries(response.headers.entries()))
  outgoing.end(Buffer.from(await response.arrayBuffer()))
}).listen(port, '127.0.0.1', () => console.info(`The mock API answers at ${origin}/api`))
