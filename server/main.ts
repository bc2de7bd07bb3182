/**
 * The server's entry (`npm start` runs `tsx server/main.ts`): reads the configuration
 * (a bad one prints one line per variable and exits 1), builds the HTTP shell around the
 * API, listens, and shuts down gracefully on SIGTERM or SIGINT (server/http/lifecycle.ts).
 */
import { ConfigError, loadConfig, type Config } from './config'
import { createServerApp, type ApiHandler } from './http/app'
import { startServer } from './http/lifecycle'
import { createJsonLogger } from './http/logger'
import { problemResponse } from './http/problem'

// ─── Mount point for the core: TEMPORARY wiring, replaced when server/core's routes land ───
/** Every API request answers 503 until the core's routes are mounted here. */
const api: ApiHandler = () => problemResponse(503, 'The API is not connected yet.')
/** Not ready until it is storage.ping(): /readyz answers 503 meanwhile, as the API does. */
const ready = () => Promise.reject(new Error('the API is not connected yet'))
/** Where the database is closed, once there is one. */
const onClose = async () => {}
// ─── End of the mount point ───

function readConfig(): Config {
  try {
    return loadConfig(process.env)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    console.error(error.message)
    process.exit(1)
  }
}

async function main() {
  const config = readConfig()
  const logger = createJsonLogger({ level: config.logLevel })
  process.on('uncaughtException', (error) => {
    logger.error('uncaught exception', { error })
    process.exit(1)
  })
  process.on('unhandledRejection', (error) => {
    logger.error('unhandled rejection', { error })
    process.exit(1)
  })
  const app = createServerApp({ config, api, ready, logger })
  try {
    const server = await startServer({
      fetch: app.fetch,
      host: config.host,
      port: config.port,
      shutdownTimeoutMs: config.shutdownTimeoutMs,
      logger,
      onClose,
    })
    logger.info('listening', { url: server.url, staticDir: config.staticDir })
  } catch (error) {
    logger.error('could not start', { error, host: config.host, port: config.port })
    process.exit(1)
  }
}

await main()
