import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Hono } from 'hono'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { createServerApp, type ApiHandler } from './app'
import { startServer } from './lifecycle'
import { createJsonLogger } from './logger'

/** A folder with no built app: these tests are about everything but the files (static-files.test.ts). */
const emptyStaticDir = mkdtempSync(join(tmpdir(), 'newsroom-app-'))
afterAll(() => rmSync(emptyStaticDir, { recursive: true, force: true }))

type Line = Record<string, unknown>

function setup({
  api = () => Response.json({ from: 'api' }),
  ready = () => Promise.resolve(),
  bodyLimitBytes = 1024,
  readyTimeoutMs,
}: {
  api?: ApiHandler
  ready?: () => Promise<void>
  bodyLimitBytes?: number
  readyTimeoutMs?: number
} = {}) {
  const lines: Line[] = []
  const logger = createJsonLogger({ level: 'debug', write: (line) => lines.push(JSON.parse(line) as Line) })
  const app = createServerApp({
    config: { bodyLimitBytes, staticDir: emptyStaticDir, logLevel: 'debug' },
    api,
    ready,
    logger,
    readyTimeoutMs,
  })
  const requestLines = () => lines.filter((line) => line.msg === 'request')
  return { app, lines, requestLines }
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** What a problem answer is made of, to compare with `problem(status)`. */
async function problemOf(response: Response) {
  return {
    status: response.status,
    contentType: response.headers.get('Content-Type'),
    body: (await response.json()) as Record<string, unknown>,
  }
}

/** An application/problem+json answer as the API writes them: type, title, status, detail. */
const problem = (status: number) => ({
  status,
  contentType: 'application/problem+json',
  body: {
    type: expect.stringMatching(/^https:\/\/newsroom-admin\.example\/problems\/[a-z-]+$/),
    title: expect.any(String),
    status,
    detail: expect.any(String),
  },
})

describe('probes', () => {
  it('/healthz answers 200 without asking the database', async () => {
    const ready = vi.fn<() => Promise<void>>(() => Promise.reject(new Error('down')))
    const { app } = setup({ ready })
    const response = await app.request('/healthz')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
    expect(response.headers.get('Cache-Control')).toBe('no-store')
    expect(ready).not.toHaveBeenCalled()
  })

  it('/readyz answers 200 when ready() resolves', async () => {
    const { app } = setup()
    const response = await app.request('/readyz')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
  })

  it('/readyz answers 503 problem+json when ready() rejects, logging why but not telling the client', async () => {
    const { app, lines } = setup({ ready: () => Promise.reject(new Error('connect ECONNREFUSED 10.0.0.7:5432')) })
    const response = await app.request('/readyz')
    const answer = await problemOf(response)
    expect(answer).toEqual(problem(503))
    expect(JSON.stringify(answer.body)).not.toContain('10.0.0.7')
    const warning = lines.find((line) => line.msg === 'not ready')
    expect(warning).toMatchObject({ level: 'warn', error: { message: 'connect ECONNREFUSED 10.0.0.7:5432' } })
    expect(warning?.requestId).toBe(response.headers.get('X-Request-Id'))
  })

  it('/readyz answers 503 when ready() does not settle in time', async () => {
    const { app } = setup({ ready: () => new Promise(() => {}), readyTimeoutMs: 20 })
    expect(await problemOf(await app.request('/readyz'))).toEqual(problem(503))
  })
})

describe('request ids and logs', () => {
  it('gives a request without an id a new UUID, on the answer and in its one log line', async () => {
    const { app, requestLines } = setup()
    const response = await app.request('/api/session')
    const id = response.headers.get('X-Request-Id')
    expect(id).toMatch(uuid)
    expect(requestLines()).toEqual([
      {
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        level: 'info',
        msg: 'request',
        requestId: id,
        method: 'GET',
        path: '/api/session',
        status: 200,
        durationMs: expect.any(Number),
      },
    ])
  })

  it('keeps a sane client id and passes it on to the API', async () => {
    const api = vi.fn<(request: Request) => Response>((request: Request) =>
      Response.json({ id: request.headers.get('X-Request-Id') }),
    )
    const { app, requestLines } = setup({ api })
    const response = await app.request('/api/session', { headers: { 'X-Request-Id': 'lb-01HZX3:abc.def_9' } })
    expect(response.headers.get('X-Request-Id')).toBe('lb-01HZX3:abc.def_9')
    expect(await response.json()).toEqual({ id: 'lb-01HZX3:abc.def_9' })
    expect(requestLines()[0]?.requestId).toBe('lb-01HZX3:abc.def_9')
  })

  it.each([
    ['too long', 'a'.repeat(129)],
    ['with spaces', 'two words'],
    ['with quotes', 'x","level":"error'],
    ['with a slash', 'a/b'],
  ])('replaces a client id %s with a UUID, for the API too', async (_, given) => {
    const api = vi.fn<(request: Request) => Response>((request: Request) =>
      Response.json({ id: request.headers.get('X-Request-Id') }),
    )
    const { app } = setup({ api })
    const response = await app.request('/api/session', { headers: { 'X-Request-Id': given } })
    const id = response.headers.get('X-Request-Id')
    expect(id).toMatch(uuid)
    expect(await response.json()).toEqual({ id })
  })

  it('logs neither the Authorization header, nor the body, nor the query', async () => {
    const { app, lines, requestLines } = setup({
      api: async (request) => Response.json(await request.json(), { status: 201 }),
    })
    await app.request('/api/releases?q=secret-search', {
      method: 'POST',
      headers: { Authorization: 'Bearer token-123', 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Embargoed title' }),
    })
    const written = JSON.stringify(lines)
    expect(written).not.toContain('token-123')
    expect(written).not.toContain('Embargoed')
    expect(written).not.toContain('secret-search')
    expect(requestLines()).toEqual([expect.objectContaining({ method: 'POST', path: '/api/releases', status: 201 })])
  })

  it('logs a probe that succeeds at level debug only, so that probes every few seconds do not fill the log', async () => {
    const { app, requestLines } = setup()
    await app.request('/readyz')
    expect(requestLines()).toEqual([expect.objectContaining({ level: 'debug', path: '/readyz', status: 200 })])
  })

  it('logs a 5xx answer at level error', async () => {
    const { app, requestLines } = setup({ api: () => new Response('no', { status: 502 }) })
    await app.request('/api/releases')
    expect(requestLines()).toEqual([expect.objectContaining({ level: 'error', status: 502 })])
  })
})

describe('the API mount', () => {
  it('hands /api requests over as sent: method, full path and query, headers, body', async () => {
    const seen: { method: string; url: string; auth: string | null; body: string }[] = []
    const api = async (request: Request) => {
      seen.push({
        method: request.method,
        url: request.url,
        auth: request.headers.get('Authorization'),
        body: await request.text(),
      })
      return Response.json({ ok: true }, { status: 202, headers: { 'X-From-Api': 'yes' } })
    }
    const { app } = setup({ api })
    const response = await app.request('http://localhost/api/releases/r-1?x=1', {
      method: 'PATCH',
      headers: { Authorization: 'Bearer t' },
      body: '{"title":"A"}',
    })
    expect(response.status).toBe(202)
    expect(response.headers.get('X-From-Api')).toBe('yes')
    expect(await response.json()).toEqual({ ok: true })
    expect(seen).toEqual([
      { method: 'PATCH', url: 'http://localhost/api/releases/r-1?x=1', auth: 'Bearer t', body: '{"title":"A"}' },
    ])
  })

  it('hands over /api itself and unknown paths under it: the API answers them', async () => {
    const api = vi.fn<(request: Request) => Response>((request: Request) =>
      Response.json({ path: new URL(request.url).pathname }, { status: 404 }),
    )
    const { app } = setup({ api })
    expect(await (await app.request('/api')).json()).toEqual({ path: '/api' })
    expect(await (await app.request('/api/nothing/here', { headers: { Accept: 'text/html' } })).json()).toEqual({
      path: '/api/nothing/here',
    })
  })

  it('takes a Hono app as the API', async () => {
    const core = new Hono().get('/api/session', (c) => c.json({ signedIn: false }))
    const { app } = setup({ api: core })
    expect(await (await app.request('/api/session')).json()).toEqual({ signedIn: false })
  })

  it('adds the security headers to an API answer whose own headers are immutable', async () => {
    const { app } = setup({ api: () => Response.redirect('http://localhost/api/elsewhere', 307) })
    const response = await app.request('/api/old')
    expect(response.status).toBe(307)
    expect(response.headers.get('Location')).toBe('http://localhost/api/elsewhere')
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
  })

  it('answers 500 problem+json when the API throws, logging the error with the request id', async () => {
    const { app, lines } = setup({
      api: () => {
        throw new Error('boom in the core')
      },
    })
    const response = await app.request('/api/releases')
    const answer = await problemOf(response)
    expect(answer).toEqual(problem(500))
    const id = response.headers.get('X-Request-Id')!
    expect(answer.body.detail).toContain(id)
    expect(JSON.stringify(answer.body)).not.toContain('boom')
    expect(lines.find((line) => line.msg === 'unhandled error')).toMatchObject({
      level: 'error',
      requestId: id,
      error: { message: 'boom in the core' },
    })
    expect(lines.find((line) => line.msg === 'request')).toMatchObject({ status: 500, level: 'error' })
  })
})

describe('body limit', () => {
  const limit = 1024

  it('refuses a body over the limit, by its Content-Length, with 413 problem+json and without calling the API', async () => {
    const api = vi.fn<() => Response>(() => new Response(null, { status: 204 }))
    const { app } = setup({ api, bodyLimitBytes: limit })
    const response = await app.request('/api/releases', { method: 'POST', body: 'x'.repeat(limit + 1) })
    const answer = await problemOf(response)
    expect(answer).toEqual(problem(413))
    expect(answer.body.detail).toContain(String(limit))
    expect(api).not.toHaveBeenCalled()
    expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'self'")
  })

  it('refuses a streamed body (no Content-Length) once it passes the limit', async () => {
    const api = vi.fn<() => Response>(() => new Response(null, { status: 204 }))
    const { app } = setup({ api, bodyLimitBytes: limit })
    const chunk = new TextEncoder().encode('y'.repeat(600))
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(chunk)
        controller.enqueue(chunk)
        controller.close()
      },
    })
    const response = await app.request('/api/releases', {
      method: 'POST',
      body: stream,
      duplex: 'half',
    } as RequestInit)
    expect(await problemOf(response)).toEqual(problem(413))
    expect(api).not.toHaveBeenCalled()
  })

  it('lets a body of exactly the limit through, whole', async () => {
    const { app } = setup({
      api: async (request) => Response.json({ length: (await request.text()).length }),
      bodyLimitBytes: limit,
    })
    const response = await app.request('/api/releases', { method: 'POST', body: 'z'.repeat(limit) })
    expect(await response.json()).toEqual({ length: limit })
  })
})

describe('security headers', () => {
  it.each(['/healthz', '/readyz', '/api/session', '/nothing'])('are on every answer: %s', async (path) => {
    const { app } = setup()
    const response = await app.request(path)
    expect(response.headers.get('Content-Security-Policy')).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    )
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(response.headers.get('Referrer-Policy')).toBe('no-referrer')
    expect(response.headers.get('X-Frame-Options')).toBe('DENY')
    expect(response.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin')
  })
})

describe('what is not there', () => {
  it('answers 404 problem+json for another method on a page path', async () => {
    const { app } = setup()
    expect(await problemOf(await app.request('/releases', { method: 'POST' }))).toEqual(problem(404))
  })
})

describe('over a real connection', () => {
  it('streams a request body to the API, and refuses one over the limit with a 413 the client reads', async () => {
    const { app } = setup({
      api: async (request) =>
        Response.json({ received: (await request.text()).length, id: request.headers.get('X-Request-Id') }),
      bodyLimitBytes: 1024,
    })
    const server = await startServer({
      fetch: app.fetch,
      host: '127.0.0.1',
      port: 0,
      shutdownTimeoutMs: 1000,
      logger: createJsonLogger({ write: () => {} }),
      signals: { on: () => {}, off: () => {} },
    })
    try {
      const accepted = await fetch(`${server.url}/api/releases`, { method: 'POST', body: 'a'.repeat(1024) })
      expect(accepted.status).toBe(200)
      expect(await accepted.json()).toEqual({ received: 1024, id: accepted.headers.get('X-Request-Id') })

      const refused = await fetch(`${server.url}/api/releases`, { method: 'POST', body: 'b'.repeat(200_000) })
      expect(await problemOf(refused)).toEqual(problem(413))
    } finally {
      await server.shutdown()
    }
  })
})
