import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServerApp } from './app'
import { startServer, type RunningServer } from './lifecycle'
import { createJsonLogger } from './logger'
import { acceptsHtml, immutableCache } from './static-files'

/**
 * A project folder with a secret beside the built app: project/package.json and
 * project/dist/{index.html, robots.txt, .env, assets/app-3f2a1c.js}.
 */
const project = mkdtempSync(join(tmpdir(), 'newsroom-static-'))
const dist = join(project, 'dist')
const secret = 'SECRET-OUTSIDE-THE-APP'
const page =
  '<!doctype html><title>Newsroom admin</title><meta name="newsroom-config" content="{}" /><div id="root"></div>'
const publicReleaseUrl = 'https://www.osce.org/{language}/press-releases/{id}?a=1&b="2"'
/** The page as served: the deployment's settings in its meta tag, escaped for an attribute. */
const served = page.replace(
  'content="{}"',
  `content="${JSON.stringify({ publicReleaseUrl, oidc: null }).replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`,
)
mkdirSync(join(dist, 'assets'), { recursive: true })
writeFileSync(join(project, 'package.json'), JSON.stringify({ name: secret }))
writeFileSync(join(project, 'secret.txt'), secret)
writeFileSync(join(dist, 'index.html'), page)
writeFileSync(join(dist, 'robots.txt'), 'User-agent: *\nDisallow: /\n')
writeFileSync(join(dist, '.env'), secret)
writeFileSync(join(dist, 'assets', 'app-3f2a1c.js'), 'export const app = 1\n')
afterAll(() => rmSync(project, { recursive: true, force: true }))

const lines: Record<string, unknown>[] = []
const app = createServerApp({
  config: { bodyLimitBytes: 1024, staticDir: dist, logLevel: 'debug', publicReleaseUrl },
  api: (request) => Response.json({ api: new URL(request.url).pathname }),
  ready: () => Promise.resolve(),
  logger: createJsonLogger({
    level: 'debug',
    write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>),
  }),
})

const html = { Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' }

describe('the built app', () => {
  it('serves index.html at / to be revalidated on every use', async () => {
    const response = await app.request('/', { headers: html })
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/)
    expect(response.headers.get('Cache-Control')).toBe('no-cache')
    expect(response.headers.get('Content-Security-Policy')).toContain("script-src 'self'")
    expect(await response.text()).toBe(served)
  })

  it('puts the deployment settings in the page, where the app reads them back', async () => {
    const text = await (await app.request('/releases/abc', { headers: html })).text()
    const content = /<meta name="newsroom-config" content="([^"]*)"/.exec(text)![1]!
    const decoded = content
      .replaceAll('&quot;', '"')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&amp;', '&')
    expect(JSON.parse(decoded)).toEqual({ publicReleaseUrl, oidc: null })
  })

  it('names the identity provider and the app’s client there, when the deployment has one', async () => {
    const oidc = {
      issuer: 'https://sso.example.org/realms/newsroom',
      clientId: 'newsroom-app',
      audience: 'newsroom-api',
      rolesClaim: 'roles',
      roleValues: { editor: 'e', reviewer: 'r', admin: 'a' },
    }
    const withProvider = createServerApp({
      config: { bodyLimitBytes: 1024, staticDir: dist, logLevel: 'error', oidc },
      api: () => new Response(null, { status: 204 }),
      ready: () => Promise.resolve(),
      logger: createJsonLogger({ level: 'error', write: () => {} }),
    })
    const text = await (await withProvider.request('/', { headers: html })).text()
    const content = /<meta name="newsroom-config" content="([^"]*)"/.exec(text)![1]!
    // The page learns where to sign in, and nothing else of the provider's settings.
    expect(JSON.parse(content.replaceAll('&quot;', '"').replaceAll('&amp;', '&'))).toEqual({
      publicReleaseUrl: null,
      oidc: { issuer: oidc.issuer, clientId: oidc.clientId },
    })
  })

  it('serves a hashed asset with a year-long immutable cache', async () => {
    const response = await app.request('/assets/app-3f2a1c.js')
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toMatch(/^text\/javascript/)
    expect(response.headers.get('Cache-Control')).toBe(immutableCache)
    expect(await response.text()).toBe('export const app = 1\n')
  })

  it('serves another file of the build, revalidated', async () => {
    const response = await app.request('/robots.txt')
    expect(response.status).toBe(200)
    expect(response.headers.get('Cache-Control')).toBe('no-cache')
  })

  it('answers a HEAD like a GET, without a body', async () => {
    const response = await app.request('/assets/app-3f2a1c.js', { method: 'HEAD' })
    expect(response.status).toBe(200)
    expect(response.headers.get('Cache-Control')).toBe(immutableCache)
    expect(await response.text()).toBe('')
  })

  it.each(['/releases/abc', '/releases/abc?tab=history', '/reports', '/apiary', '/healthzone'])(
    'answers a page request for %s with index.html (the single-page fallback)',
    async (path) => {
      const response = await app.request(path, { headers: html })
      expect(response.status).toBe(200)
      expect(response.headers.get('Cache-Control')).toBe('no-cache')
      expect(response.headers.get('Vary')).toContain('Accept')
      expect(await response.text()).toBe(served)
    },
  )

  it('answers 404 for a missing asset, even to a page request', async () => {
    for (const headers of [{}, html]) {
      const response = await app.request('/assets/app-000000.js', { headers })
      expect(response.status).toBe(404)
      expect(response.headers.get('Content-Type')).toBe('application/problem+json')
      expect(response.headers.get('Cache-Control')).toBe('no-store')
    }
  })

  it('answers 404 for a path that is not a file to a request that is not for a page', async () => {
    const response = await app.request('/releases/abc', { headers: { Accept: 'application/json' } })
    expect(response.status).toBe(404)
    expect(response.headers.get('Vary')).toContain('Accept')
  })

  it.each(['/healthz/', '/readyz/x', '/api/nothing'])('gives no page for %s', async (path) => {
    const response = await app.request(path, { headers: html })
    expect(await response.text()).not.toBe(served)
  })

  it('leaves /api to the API even for a page request', async () => {
    expect(await (await app.request('/api/releases', { headers: html })).json()).toEqual({ api: '/api/releases' })
  })

  it('does not serve a dot file of the build', async () => {
    const response = await app.request('/.env')
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain(secret)
  })
})

describe('acceptsHtml', () => {
  it.each([
    ['text/html', true],
    ['text/html;q=0.9, */*', true],
    ['TEXT/HTML', true],
    ['application/json', false],
    ['*/*', false],
    ['text/html;q=0', false],
    [undefined, false],
  ])('%s → %s', (accept, expected) => {
    expect(acceptsHtml(accept)).toBe(expected)
  })
})

describe('paths that try to leave the folder, over a real connection', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startServer({
      fetch: app.fetch,
      host: '127.0.0.1',
      port: 0,
      shutdownTimeoutMs: 1000,
      logger: createJsonLogger({ write: () => {} }),
      signals: { on: () => {}, off: () => {} },
    })
  })
  afterAll(() => server.shutdown())

  /** Sends `path` exactly as written (fetch and URL would resolve the dots first). */
  function rawGet(path: string, headers: Record<string, string> = {}) {
    return new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = httpRequest(`${server.url}/`, { path, headers, agent: false }, (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (body += chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
      })
      request.on('error', reject)
      request.end()
    })
  }

  const attempts = [
    '/../package.json',
    '/../secret.txt',
    '/..%2fpackage.json',
    '/%2e%2e/package.json',
    '/%2e%2e%2fpackage.json',
    '/%2E%2E%2Fpackage.json',
    '/assets/../../package.json',
    '/assets/..%2f..%2fpackage.json',
    '/assets/%2e%2e/%2e%2e/package.json',
    '/assets/%252e%252e/%252e%252e/package.json',
    '/..\\package.json',
    '/..%5cpackage.json',
    '/%5c..%5cpackage.json',
    '//../package.json',
    '/./../package.json',
    '/.env',
    '/%2eenv',
    '/assets/%00../../package.json',
  ]

  it.each(attempts)('never answers %s with a file outside the build', async (path) => {
    for (const headers of [{}, html]) {
      const { status, body } = await rawGet(path, headers)
      expect(body).not.toContain(secret)
      // Either a refusal (4xx) or, for a page request, the app's own page.
      const outcome =
        status >= 400 && status < 500 ? 'refused' : status === 200 && body === served ? 'the page' : 'other'
      expect(['refused', 'the page']).toContain(outcome)
    }
  })

  it('still serves the files themselves over it', async () => {
    expect(await rawGet('/assets/app-3f2a1c.js')).toEqual({ status: 200, body: 'export const app = 1\n' })
  })
})

describe('without a build', () => {
  it('warns once at start and answers a page request with a 404 that says so; the API still answers', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'newsroom-unbuilt-'))
    try {
      const warnings: Record<string, unknown>[] = []
      const unbuilt = createServerApp({
        config: { bodyLimitBytes: 1024, staticDir: empty, logLevel: 'debug' },
        api: () => Response.json({ ok: true }),
        ready: () => Promise.resolve(),
        logger: createJsonLogger({
          level: 'warn',
          write: (line) => warnings.push(JSON.parse(line) as Record<string, unknown>),
        }),
      })
      expect(warnings).toEqual([expect.objectContaining({ level: 'warn', msg: 'no built app to serve' })])
      const response = await unbuilt.request('/', { headers: html })
      expect(response.status).toBe(404)
      expect(((await response.json()) as { detail: string }).detail).toContain('not been built')
      expect((await unbuilt.request('/api/x')).status).toBe(200)
    } finally {
      rmSync(empty, { recursive: true, force: true })
    }
  })
})
