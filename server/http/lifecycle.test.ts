import { EventEmitter } from 'node:events'
import { request as httpRequest } from 'node:http'
import { describe, expect, it, vi } from 'vitest'
import { startServer, type SignalSource } from './lifecycle'
import { createJsonLogger } from './logger'

type Line = Record<string, unknown>

/** A promise with its resolver outside (Promise.withResolvers needs Node 22). */
function deferred<T = void>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((done) => (resolve = done))
  return { promise, resolve }
}

function setup({
  fetch,
  shutdownTimeoutMs = 20_000,
  onClose,
}: {
  fetch: (request: Request) => Response | Promise<Response>
  shutdownTimeoutMs?: number
  onClose?: () => void | Promise<void>
}) {
  const lines: Line[] = []
  const signals = new EventEmitter()
  const exit = vi.fn<(code: number) => void>()
  const started = startServer({
    fetch,
    host: '127.0.0.1',
    port: 0,
    shutdownTimeoutMs,
    logger: createJsonLogger({ level: 'debug', write: (line) => lines.push(JSON.parse(line) as Line) }),
    onClose,
    signals: signals as unknown as SignalSource,
    exit,
  })
  return { started, lines, signals, exit }
}

/** A GET on a fresh connection; resolves with the status and body, or rejects with the socket's error. */
function get(url: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = httpRequest(url, { agent: false }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
      response.on('error', reject)
    })
    request.on('error', reject)
    request.end()
  })
}

/** An API that takes ~300 ms and says when a request has reached it. */
function slowApi() {
  const arrived = deferred()
  const fetch = async () => {
    arrived.resolve()
    await new Promise((resolve) => setTimeout(resolve, 300))
    return new Response('done', { status: 200 })
  }
  return { fetch, arrived: arrived.promise }
}

describe('startServer', () => {
  it('listens on the port the system chose, at a URL it reports', async () => {
    const { started } = setup({ fetch: () => new Response('hello') })
    const server = await started
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`)
    expect(server.port).toBeGreaterThan(0)
    expect(await get(`${server.url}/`)).toEqual({ status: 200, body: 'hello' })
    await server.shutdown()
  })

  it('rejects when the port is taken', async () => {
    const { started } = setup({ fetch: () => new Response('one') })
    const first = await started
    await expect(
      startServer({
        fetch: () => new Response('two'),
        host: '127.0.0.1',
        port: first.port,
        shutdownTimeoutMs: 1000,
        logger: createJsonLogger({ write: () => {} }),
        signals: new EventEmitter() as unknown as SignalSource,
      }),
    ).rejects.toMatchObject({ code: 'EADDRINUSE' })
    await first.shutdown()
  })
})

describe('graceful shutdown on SIGTERM', () => {
  it('lets the request in flight finish with 200, refuses new connections, then closes and exits 0', async () => {
    const order: string[] = []
    const api = slowApi()
    const { started, signals, exit, lines } = setup({
      fetch: async (request) => {
        const response = await api.fetch()
        order.push(`answered ${new URL(request.url).pathname}`)
        return response
      },
      onClose: () => {
        order.push('onClose')
      },
    })
    const server = await started
    const inFlight = get(`${server.url}/slow`)
    await api.arrived

    const exited = new Promise<number>((resolve) => exit.mockImplementation(resolve))
    signals.emit('SIGTERM')

    expect(await inFlight).toEqual({ status: 200, body: 'done' })
    expect(await exited).toBe(0)
    expect(order).toEqual(['answered /slow', 'onClose'])
    await expect(get(`${server.url}/after`)).rejects.toMatchObject({ code: 'ECONNREFUSED' })
    expect(lines.map((line) => line.msg)).toEqual(['shutting down', 'stopped'])
    expect(lines[0]).toMatchObject({ reason: 'SIGTERM', inFlight: 1 })
  })

  it('does not wait for idle keep-alive connections', async () => {
    const { started, lines } = setup({ fetch: () => new Response('kept alive') })
    const server = await started
    // fetch keeps its connection open for the next request.
    expect(await (await fetch(`${server.url}/`)).text()).toBe('kept alive')
    await server.shutdown('test')
    expect(lines.some((line) => String(line.msg).startsWith('shutdown timeout'))).toBe(false)
  })

  it('closes the connection of an answer finished during shutdown, though the client asked to keep it', async () => {
    const api = slowApi()
    const { started, lines } = setup({ fetch: api.fetch })
    const server = await started
    const inFlight = fetch(`${server.url}/slow`)
    await api.arrived
    const stopped = server.shutdown('test')
    const response = await inFlight
    expect(response.status).toBe(200)
    expect(response.headers.get('Connection')).toBe('close')
    expect(await response.text()).toBe('done')
    await stopped
    expect(lines.some((line) => String(line.msg).startsWith('shutdown timeout'))).toBe(false)
  })

  it('cuts a request still running at SHUTDOWN_TIMEOUT_MS, then still closes and exits 0', async () => {
    const arrived = deferred()
    const onClose = vi.fn<() => void>()
    const { started, signals, exit, lines } = setup({
      fetch: () => {
        arrived.resolve()
        return new Promise<Response>(() => {})
      },
      shutdownTimeoutMs: 50,
      onClose,
    })
    const server = await started
    const hanging = get(`${server.url}/never`)
    await arrived.promise
    const exited = new Promise<number>((resolve) => exit.mockImplementation(resolve))
    signals.emit('SIGINT')
    await expect(hanging).rejects.toMatchObject({ code: 'ECONNRESET' })
    expect(await exited).toBe(0)
    expect(onClose).toHaveBeenCalledTimes(1)
    expect(lines.find((line) => String(line.msg).startsWith('shutdown timeout'))).toMatchObject({
      level: 'warn',
      inFlight: 1,
    })
  })

  it('exits 1 when onClose fails, after logging why', async () => {
    const { started, signals, exit, lines } = setup({
      fetch: () => new Response('x'),
      onClose: () => Promise.reject(new Error('database would not close')),
    })
    await started
    const exited = new Promise<number>((resolve) => exit.mockImplementation(resolve))
    signals.emit('SIGTERM')
    expect(await exited).toBe(1)
    expect(lines.find((line) => line.msg === 'shutdown failed')).toMatchObject({
      level: 'error',
      error: { message: 'database would not close' },
    })
  })

  it('exits 1 at once on a second signal during shutdown', async () => {
    const api = slowApi()
    const { started, signals, exit } = setup({ fetch: api.fetch })
    const server = await started
    const inFlight = get(`${server.url}/slow`)
    await api.arrived
    signals.emit('SIGTERM')
    signals.emit('SIGINT')
    expect(exit).toHaveBeenCalledWith(1)
    // The stand-in exit does not end the process: the shutdown goes on and finishes.
    expect((await inFlight).status).toBe(200)
    await server.shutdown()
  })

  it('shares one shutdown between calls and stops listening to signals after it', async () => {
    const onClose = vi.fn<() => void>()
    const { started, signals } = setup({ fetch: () => new Response('x'), onClose })
    const server = await started
    expect(signals.listenerCount('SIGTERM')).toBe(1)
    await Promise.all([server.shutdown(), server.shutdown()])
    expect(onClose).toHaveBeenCalledTimes(1)
    expect(signals.listenerCount('SIGTERM')).toBe(0)
    expect(signals.listenerCount('SIGINT')).toBe(0)
  })
})
