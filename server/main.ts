/**
 * The server's entry (`npm start` runs `tsx server/main.ts`): reads the configuration
 * (a bad one prints one line per variable and exits 1), builds the HTTP shell around the
 * API, listens, and shuts down gracefully on SIGTERM or SIGINT (server/http/lifecycle.ts).
 */
import cluster from 'node:cluster'
import { createOidcIdentity } from './auth/oidc'
import { createApi } from './core/api'
import { setBodySanitizer } from './core/routes/release-body'
import { publishDueReleases } from './core/workflow/records'
import { ConfigError, loadConfig, type Config } from './config'
import { openDatabase } from './db/connect'
import { removeExpiredSessions } from './db/housekeeping'
import { seedIfEmpty } from './db/seed'
import { createSqlStorage } from './db/storage'
import { createServerApp } from './http/app'
import { startServer } from './http/lifecycle'
import { createJsonLogger, type Logger } from './http/logger'
import { runWorkers } from './http/workers'
import { sanitizeOnServer } from './sanitize'

function readConfig(): Config {
  try {
    return loadConfig(process.env)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    console.error(error.message)
    process.exit(1)
  }
}

async function main(config: Config) {
  const logger = createJsonLogger({ level: config.logLevel })
  process.on('uncaughtException', (error) => {
    logger.error('uncaught exception', { error })
    process.exit(1)
  })
  process.on('unhandledRejection', (error) => {
    logger.error('unhandled rejection', { error })
    process.exit(1)
  })
  // The database: migrated, and seeded from the same seed as the mock on first start.
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })
  // A deployment (sign-in through an identity provider) starts from the reference data alone.
  const demo = !config.oidc
  if (await seedIfEmpty(database.db, { releases: config.seedReleases, demo }))
    logger.info(
      demo ? 'seeded an empty database' : 'seeded an empty database with the reference data only',
      demo ? { releases: config.seedReleases, engine: database.engine } : { engine: database.engine },
    )
  const storage = createSqlStorage(database, { sessionLifetimeMs: config.sessionTtlHours * 3_600_000 })
  setBodySanitizer(sanitizeOnServer)
  // With an issuer, people sign in at the identity provider and every token is verified; without one, the demo's sign-in.
  const identity = config.oidc && createOidcIdentity(config.oidc)
  if (identity) {
    logger.info('sign-in through an identity provider', {
      issuer: config.oidc!.issuer,
      audience: config.oidc!.audience,
    })
    // Found now rather than on the first request; if it is away, the server starts anyway and tries again per request.
    identity
      .discover()
      .catch((error: unknown) =>
        logger.warn('the identity provider did not answer yet', { issuer: config.oidc!.issuer, error }),
      )
  } else logger.info('demo sign-in: anyone may sign in as any seeded person (set OIDC_ISSUER for a deployment)')
  const api = createApi({ storage, basePath: '/api', bodyLimitBytes: config.bodyLimitBytes, identity })
  const scheduler = startScheduler(
    async () => {
      await publishDueReleases(storage)
      await removeExpiredSessions(database.db, new Date())
    },
    config.schedulerIntervalMs,
    logger,
  )
  const onClose = async () => {
    clearInterval(scheduler)
    await database.close()
  }
  const app = createServerApp({ config, api: api.fetch, ready: () => storage.ping(), logger })
  try {
    const server = await startServer({
      fetch: app.fetch,
      host: config.host,
      port: config.port,
      shutdownTimeoutMs: config.shutdownTimeoutMs,
      logger,
      onClose,
    })
    logger.info('listening', { url: server.url, staticDir: config.staticDir, pid: process.pid })
  } catch (error) {
    logger.error('could not start', { error, host: config.host, port: config.port })
    process.exit(1)
  }
}

/**
 * Scheduled releases go out at their time even when nobody has the app open. Several processes
 * may look at once: each release is published by a conditional write on its version, so exactly
 * one of them publishes it (decision 0021); a restart catches up on what fell due meanwhile.
 * Each look also removes the sessions that have expired (db/housekeeping.ts).
 */
function startScheduler(sweep: () => Promise<void>, intervalMs: number, logger: Logger) {
  const run = () => sweep().catch((error: unknown) => logger.error('the scheduled sweep failed', { error }))
  void run()
  return setInterval(run, intervalMs)
}

const config = readConfig()
// WORKERS > 1: this process forks the workers that serve (each runs main) and serves nothing itself.
if (config.workers > 1 && cluster.isPrimary)
  runWorkers({ count: config.workers, logger: createJsonLogger({ level: config.logLevel }) })
else await main(config)
