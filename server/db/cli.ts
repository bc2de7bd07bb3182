/**
 * `npm run db:migrate` and `npm run db:seed`: the database's upkeep by hand, with the server's
 * configuration (DATABASE_URL, or PGlite in DATA_DIR). The server does both itself at start;
 * these are for an operator who wants to do them apart (before a deploy, or a bigger seed).
 *
 *   tsx server/db/cli.ts migrate
 *   tsx server/db/cli.ts seed [--releases N]
 */
import { ConfigError, loadConfig } from '../config'
import { openDatabase } from './connect'
import { DEFAULT_SEED_RELEASES, seedIfEmpty } from './seed'

const usage = 'usage: tsx server/db/cli.ts migrate | seed [--releases N]'

/** The number of releases `--releases N` asks for, or the mock's default. */
function releaseCount(args: readonly string[]): number {
  const at = args.indexOf('--releases')
  if (at === -1) return DEFAULT_SEED_RELEASES
  const value = args[at + 1] ?? ''
  if (!/^\d{1,7}$/.test(value)) throw new Error(`--releases expects a whole number, got ${JSON.stringify(value)}`)
  return Number(value)
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`

async function main(args: readonly string[]): Promise<void> {
  const [command, ...rest] = args
  if (command !== 'migrate' && command !== 'seed') throw new Error(usage)
  const config = loadConfig(process.env)
  const where = config.databaseUrl ? 'the PostgreSQL server of DATABASE_URL' : `PGlite in ${config.dataDir}`
  const count = command === 'seed' ? releaseCount(rest) : 0
  const started = performance.now()
  const opened = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })
  try {
    console.info(`${where}: migrated in ${seconds(started)}`)
    if (command === 'seed') {
      const seeding = performance.now()
      const seeded = await seedIfEmpty(opened.db, { releases: count })
      console.info(
        seeded
          ? `${where}: seeded with ${count} generated releases in ${seconds(seeding)}`
          : `${where}: not seeded, it has records already (the seed goes only into an empty database)`,
      )
    }
  } finally {
    await opened.close()
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error)
  process.exitCode = 1
})
