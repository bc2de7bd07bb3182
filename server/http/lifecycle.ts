/**
 * Starting and stopping the Node server. On SIGTERM (an orchestrator) or SIGINT (Ctrl-C) it
 * shuts down gracefully: it stops accepting connections at once, lets the requests in
 * flight finish (up to SHUTDOWN_TIMEOUT_MS, then cuts what is left), runs `onClose` (where
 * the database is closed) and exits 0, or 1 when `onClose` failed. A second signal during
 * shutdown exits 1 at once, for a person who would rather not wait.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createAdaptorServer } from '@hono/node-server'
import type { Logger } from './logger'

type Signal = 'SIGTERM' | 'SIGINT'

/** Where signals come from: the process, or a stand-in in tests. */
export type SignalSource = {
  on(signal: Signal, listener: () => void): unknown
  off(signal: Signal, listener: () => void): unknown
}

export type StartOptions = {
  fetch: (request: Request) => Response | Promise<Response>
  host: string
  /** 0 lets the system choose a free port. */
  port: number
  shutdownTimeoutMs: number
  logger: Logger
  /** Runs once no request is left (or the timeout has cut them): close the database here. */
  onClose?: () => void | Promise<void>
  signals?: SignalSource
  exit?: (code: number) => void
}

export type RunningServer = {
  /** Where it listens, e.g. http://127.0.0.1:8080 */
  url: string
  port: number
  /** Stops as a signal does, without exiting; resolves once `onClose` has run. Repeated calls share one shutdown. */
  shutdown(reason?: string): Promise<void>
}

export async function startServer({
  fetch,
  host,
  port,
  shutdownTimeoutMs,
  logger,
  onClose,
  signals = process,
  exit = (code) => process.exit(code),
}: StartOptions): Promise<RunningServer> {
  const server = createAdaptorServer({ fetch, hostname: host }) as Server
  const inFlight = new Set<ServerResponse>()
  let closing = false

  server.on('request', (_request: IncomingMessage, response: ServerResponse) => {
    if (closing && !response.headersSent) response.setHeader('Connection', 'close')
    inFlight.add(response)
    response.once('close', () => {
      inFlight.delete(response)
      // Its connection may now be idle (keep-alive): close it rather than wait for its timeout.
      if (closing) setImmediate(() => server.closeIdleConnections())
    })
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`

  let shuttingDown: Promise<void> | undefined
  const shutdown = (reason = 'shutdown') => {
    shuttingDown ??= (async () => {
      closing = true
      logger.info('shutting down', { reason, inFlight: inFlight.size })
      // Answers still being prepared close their connection when they are sent.
      for (const response of inFlight) if (!response.headersSent) response.setHeader('Connection', 'close')
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      let timer: ReturnType<typeof setTimeout> | undefined
      const timedOut = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), shutdownTimeoutMs)
      })
      if ((await Promise.race([closed, timedOut])) === 'timeout') {
        logger.warn('shutdown timeout: cutting the requests still in flight', {
          inFlight: inFlight.size,
          shutdownTimeoutMs,
        })
        server.closeAllConnections()
        await closed
      }
      clearTimeout(timer)
      try {
        await onClose?.()
      } finally {
        signals.off('SIGTERM', onSigterm)
        signals.off('SIGINT', onSigint)
      }
      logger.info('stopped', { reason })
    })()
    return shuttingDown
  }

  function onSignal(signal: Signal) {
    if (shuttingDown) {
      logger.warn('second signal during shutdown: exiting now', { signal })
      exit(1)
      return
    }
    shutdown(signal).then(
      () => exit(0),
      (error: unknown) => {
        logger.error('shutdown failed', { error })
        exit(1)
      },
    )
  }
  const onSigterm = () => onSignal('SIGTERM')
  const onSigint = () => onSignal('SIGINT')
  signals.on('SIGTERM', onSigterm)
  signals.on('SIGINT', onSigint)

  return { url, port: address.port, shutdown }
}
