/**
 * The server's configuration, read once at start from environment variables and validated
 * with zod, so that a bad value stops the process with a message naming the variable
 * (server/main.ts prints it and exits 1) instead of failing later, mid-request.
 *
 * `loadConfig(env)` is pure: it reads only the object it is given. An empty value counts as
 * unset (as `PORT=` in an env file means "no opinion"), so the default applies.
 */
import { z } from 'zod'

export const logLevels = ['debug', 'info', 'warn', 'error'] as const
export type LogLevel = (typeof logLevels)[number]

const MiB = 1024 * 1024

/** A variable with a default: unset or empty means `fallback`, which is validated like a given value. */
const withDefault = <T extends z.ZodType>(schema: T, fallback: string) =>
  z.preprocess((value) => (value === undefined || value === '' ? fallback : value), schema)

/** A whole number written in decimal digits only (no sign, exponent, hex or spaces), within bounds. */
const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,16}$/)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))

const postgresUrl = z.string().refine((value) => {
  try {
    const url = new URL(value)
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== ''
  } catch {
    return false
  }
})

const environmentSchema = z.object({
  PORT: withDefault(wholeNumber(0, 65535), '8080'),
  HOST: withDefault(z.string().regex(/^[A-Za-z0-9.:-]+$/), '127.0.0.1'),
  DATABASE_URL: z.preprocess((value) => (value === '' ? undefined : value), postgresUrl.optional()),
  DATA_DIR: withDefault(z.string(), './data'),
  LOG_LEVEL: withDefault(z.enum(logLevels), 'info'),
  BODY_LIMIT_BYTES: withDefault(wholeNumber(1, 1024 * MiB), String(MiB)),
  SHUTDOWN_TIMEOUT_MS: withDefault(wholeNumber(0, 3_600_000), '10000'),
  STATIC_DIR: withDefault(z.string(), './dist'),
  SESSION_TTL_HOURS: withDefault(
    z
      .string()
      .regex(/^\d{1,4}(\.\d{1,3})?$/)
      .transform(Number)
      .pipe(z.number().gt(0).max(8760)),
    '12',
  ),
  PUBLIC_RELEASE_URL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .string()
      .refine((value) => /^https?:\/\/[^/]/.test(value) && value.includes('{id}'))
      .optional(),
  ),
  SEED_RELEASES: withDefault(wholeNumber(0, 10_000_000), '300'),
  SCHEDULER_INTERVAL_MS: withDefault(wholeNumber(1_000, 3_600_000), '15000'),
})

type VariableName = keyof typeof environmentSchema.shape

/** The variables the server reads, each with what it expects, in the words of the error message. */
export const configVariables: Record<VariableName, string> = {
  PORT: 'a port number from 0 to 65535',
  HOST: 'a host name or IP address to listen on, such as 127.0.0.1 or 0.0.0.0',
  DATABASE_URL: 'a postgres:// or postgresql:// URL with a host (or leave it unset for the embedded PGlite)',
  DATA_DIR: 'a folder for the embedded database',
  LOG_LEVEL: `one of ${logLevels.join(', ')}`,
  BODY_LIMIT_BYTES: 'a whole number of bytes from 1 to 1073741824',
  SHUTDOWN_TIMEOUT_MS: 'a whole number of milliseconds from 0 to 3600000',
  STATIC_DIR: 'the folder of the built app',
  SESSION_TTL_HOURS: 'a number of hours greater than 0 and at most 8760 (a year)',
  PUBLIC_RELEASE_URL:
    'an http(s) address of a published release on the public site, with {id} and optionally {language} in it (or leave it unset)',
  SEED_RELEASES: 'a whole number of generated releases, from 0 to 10000000, to seed an empty database with',
  SCHEDULER_INTERVAL_MS: 'a whole number of milliseconds from 1000 to 3600000 between looks for releases due',
}

/** Variables whose value never appears in a message: a database URL carries a password. */
const secret = new Set<VariableName>(['DATABASE_URL'])

/** The validated configuration. Paths are as given (relative ones are relative to the working directory). */
export type Config = {
  port: number
  host: string
  /** A PostgreSQL server; undefined means the embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined
  dataDir: string
  logLevel: LogLevel
  bodyLimitBytes: number
  shutdownTimeoutMs: number
  staticDir: string
  sessionTtlHours: number
  /** Where a published version is on the public site: a template with `{id}` and `{language}`; undefined: no link. */
  publicReleaseUrl: string | undefined
  /** How many generated releases an empty database is seeded with (besides the source page's). */
  seedReleases: number
  /** How often the server looks for scheduled releases that are due. */
  schedulerIntervalMs: number
}

/** One line per bad variable, each naming it and what it expects. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.join('\n')}`)
    this.name = 'ConfigError'
  }
}

/** Reads and validates the configuration from `env` (process.env in main.ts); throws ConfigError listing every bad variable. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const picked = Object.fromEntries(Object.keys(configVariables).map((name) => [name, env[name]]))
  const result = environmentSchema.safeParse(picked)
  if (!result.success) {
    const names = new Set(result.error.issues.map((issue) => issue.path[0] as VariableName))
    const problems = Object.keys(configVariables)
      .filter((name): name is VariableName => names.has(name as VariableName))
      .map((name) => {
        const given = env[name]
        const shown = secret.has(name) ? 'the value given' : JSON.stringify(given ?? '')
        return `${name}: expected ${configVariables[name]}, got ${shown}.`
      })
    throw new ConfigError(problems)
  }
  const values = result.data
  return {
    port: values.PORT,
    host: values.HOST,
    databaseUrl: values.DATABASE_URL,
    dataDir: values.DATA_DIR,
    logLevel: values.LOG_LEVEL,
    bodyLimitBytes: values.BODY_LIMIT_BYTES,
    shutdownTimeoutMs: values.SHUTDOWN_TIMEOUT_MS,
    staticDir: values.STATIC_DIR,
    sessionTtlHours: values.SESSION_TTL_HOURS,
    publicReleaseUrl: values.PUBLIC_RELEASE_URL,
    seedReleases: values.SEED_RELEASES,
    schedulerIntervalMs: values.SCHEDULER_INTERVAL_MS,
  }
}
