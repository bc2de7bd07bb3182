/**
 * The server's configuration, read once at start from environment variables and validated
 * with zod, so that a bad value stops the process with a message naming the variable
 * (server/main.ts prints it and exits 1) instead of failing later, mid-request.
 *
 * `loadConfig(env)` is pure: it reads only the object it is given. An empty value counts as
 * unset (as `PORT=` in an env file means "no opinion"), so the default applies.
 */
import { z } from 'zod'
import type { Role } from '../src/api/contract'
import { isAllowedProviderUrl } from './auth/provider-url'

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

/** A variable that may be unset: unset or empty means absent. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional())

/** A client id, audience, claim name or claim value: printable, no spaces, at most 200 characters. */
const claimText = z.string().regex(/^[\x21-\x7e\u00a0-\uffff]{1,200}$/)

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
  WORKERS: withDefault(wholeNumber(1, 64), '1'),
  OIDC_ISSUER: optional(z.string().refine(isAllowedProviderUrl)),
  OIDC_CLIENT_ID: optional(claimText),
  OIDC_AUDIENCE: optional(claimText),
  OIDC_ROLES_CLAIM: withDefault(claimText, 'roles'),
  OIDC_ROLE_EDITOR: withDefault(claimText, 'newsroom-editor'),
  OIDC_ROLE_REVIEWER: withDefault(claimText, 'newsroom-reviewer'),
  OIDC_ROLE_ADMIN: withDefault(claimText, 'newsroom-admin'),
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
  WORKERS:
    'a whole number from 1 to 64 of processes serving on the one port (more than 1 needs DATABASE_URL: the embedded database is one process’s)',
  OIDC_ISSUER:
    'the https:// address of the OpenID Connect issuer, exactly as its tokens name it (or leave it unset for the demo’s sign-in)',
  OIDC_CLIENT_ID: 'the client id of the app at the identity provider (a public client with PKCE), set with OIDC_ISSUER',
  OIDC_AUDIENCE: 'the audience (`aud`) the API’s access tokens carry (unset: OIDC_CLIENT_ID)',
  OIDC_ROLES_CLAIM:
    'the claim holding the person’s groups or roles: a name, or a dotted path such as realm_access.roles',
  OIDC_ROLE_EDITOR: 'the value of the roles claim that makes a person an editor',
  OIDC_ROLE_REVIEWER: 'the value of the roles claim that makes a person a reviewer',
  OIDC_ROLE_ADMIN: 'the value of the roles claim that makes a person an admin',
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
  /** Processes serving the one port (node:cluster); 1: this process alone. */
  workers: number
  /** Sign-in through an identity provider; undefined: the demo's sign-in (anyone picks a seeded person). */
  oidc: OidcConfig | undefined
}

/** An OpenID Connect provider's settings (issue #17): who issues the tokens, for whom, and where their roles are. */
export type OidcConfig = {
  issuer: string
  /** The app's public client, for the page (runtime config) to start the sign-in with. */
  clientId: string
  /** What the API's access tokens must carry in `aud`. */
  audience: string
  rolesClaim: string
  /** The roles claim's value for each role. */
  roleValues: Record<Role, string>
}

/** The variables that mean nothing without OIDC_ISSUER: set alone, they would leave the demo's open sign-in on. */
const oidcVariables = [
  'OIDC_CLIENT_ID',
  'OIDC_AUDIENCE',
  'OIDC_ROLES_CLAIM',
  'OIDC_ROLE_EDITOR',
  'OIDC_ROLE_REVIEWER',
  'OIDC_ROLE_ADMIN',
] as const

/** Lines for OIDC variables that are valid alone but not together. */
function oidcProblems(env: Readonly<Record<string, string | undefined>>): Map<VariableName, string> {
  const given = (name: string) => (env[name] ?? '') !== ''
  const problems = new Map<VariableName, string>()
  if (given('OIDC_ISSUER') && !given('OIDC_CLIENT_ID'))
    problems.set('OIDC_CLIENT_ID', `OIDC_CLIENT_ID: expected ${configVariables.OIDC_CLIENT_ID}, got "".`)
  const stray = oidcVariables.filter(given)
  if (!given('OIDC_ISSUER') && stray.length > 0)
    problems.set(
      'OIDC_ISSUER',
      `OIDC_ISSUER: expected ${configVariables.OIDC_ISSUER.replace(/ \(or leave.*\)$/, '')}, since ${stray.join(', ')} ${stray.length > 1 ? 'are' : 'is'} set; got "".`,
    )
  return problems
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
  const together = oidcProblems(env)
  const workersGiven = Number(env.WORKERS ?? '1')
  if (workersGiven > 1 && (env.DATABASE_URL ?? '') === '')
    together.set(
      'WORKERS',
      `WORKERS: expected ${configVariables.WORKERS}, got ${JSON.stringify(env.WORKERS)} without DATABASE_URL.`,
    )
  if (!result.success || together.size > 0) {
    const names = new Set(result.error?.issues.map((issue) => issue.path[0] as VariableName))
    const problems = Object.keys(configVariables)
      .filter((name): name is VariableName => names.has(name as VariableName) || together.has(name as VariableName))
      .map((name) => {
        if (!names.has(name)) return together.get(name)!
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
    workers: values.WORKERS,
    oidc:
      values.OIDC_ISSUER === undefined
        ? undefined
        : {
            issuer: values.OIDC_ISSUER,
            clientId: values.OIDC_CLIENT_ID!,
            audience: values.OIDC_AUDIENCE ?? values.OIDC_CLIENT_ID!,
            rolesClaim: values.OIDC_ROLES_CLAIM,
            roleValues: {
              editor: values.OIDC_ROLE_EDITOR,
              reviewer: values.OIDC_ROLE_REVIEWER,
              admin: values.OIDC_ROLE_ADMIN,
            },
          },
  }
}
