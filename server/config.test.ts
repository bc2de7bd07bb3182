import { describe, expect, it } from 'vitest'
import { ConfigError, configVariables, loadConfig } from './config'

/** The problems ConfigError lists for `env`, or fails the test if the config loads. */
function problemsOf(env: Record<string, string | undefined>): readonly string[] {
  try {
    loadConfig(env)
  } catch (error) {
    if (error instanceof ConfigError) return error.problems
    throw error
  }
  throw new Error('expected a ConfigError')
}

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    expect(loadConfig({})).toEqual({
      port: 8080,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: './data',
      logLevel: 'info',
      bodyLimitBytes: 1024 * 1024,
      shutdownTimeoutMs: 10_000,
      staticDir: './dist',
      sessionTtlHours: 12,
      publicReleaseUrl: undefined,
      seedReleases: 300,
      schedulerIntervalMs: 15_000,
      workers: 1,
      oidc: undefined,
    })
  })

  it('reads every variable', () => {
    expect(
      loadConfig({
        PORT: '0',
        HOST: '0.0.0.0',
        DATABASE_URL: 'postgresql://newsroom:secret@db.internal:5432/newsroom',
        DATA_DIR: '/var/lib/newsroom',
        LOG_LEVEL: 'debug',
        BODY_LIMIT_BYTES: '2048',
        SHUTDOWN_TIMEOUT_MS: '0',
        STATIC_DIR: '/srv/newsroom',
        SESSION_TTL_HOURS: '0.5',
        PUBLIC_RELEASE_URL: 'https://www.osce.org/{language}/press-releases/{id}',
        SEED_RELEASES: '1000',
        SCHEDULER_INTERVAL_MS: '5000',
        WORKERS: '4',
        UNRELATED: 'ignored',
      }),
    ).toEqual({
      port: 0,
      host: '0.0.0.0',
      databaseUrl: 'postgresql://newsroom:secret@db.internal:5432/newsroom',
      dataDir: '/var/lib/newsroom',
      logLevel: 'debug',
      bodyLimitBytes: 2048,
      shutdownTimeoutMs: 0,
      staticDir: '/srv/newsroom',
      sessionTtlHours: 0.5,
      publicReleaseUrl: 'https://www.osce.org/{language}/press-releases/{id}',
      seedReleases: 1000,
      schedulerIntervalMs: 5000,
      workers: 4,
      oidc: undefined,
    })
  })

  it('takes an empty value as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '', LOG_LEVEL: '' })).toMatchObject({
      port: 8080,
      databaseUrl: undefined,
      logLevel: 'info',
    })
  })

  it('accepts both postgres URL schemes and IPv6 hosts', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://localhost/newsroom' }).databaseUrl).toBe(
      'postgres://localhost/newsroom',
    )
    expect(loadConfig({ HOST: '::1' }).host).toBe('::1')
  })

  it.each([
    ['PORT', 'abc'],
    ['PORT', '65536'],
    ['PORT', '-1'],
    ['PORT', '80.5'],
    ['PORT', '0x50'],
    ['PORT', ' 8080'],
    ['HOST', 'local host'],
    ['HOST', 'http://example.org'],
    ['LOG_LEVEL', 'verbose'],
    ['LOG_LEVEL', 'INFO'],
    ['BODY_LIMIT_BYTES', '0'],
    ['BODY_LIMIT_BYTES', '1mb'],
    ['SHUTDOWN_TIMEOUT_MS', '1e4'],
    ['SESSION_TTL_HOURS', '0'],
    ['SESSION_TTL_HOURS', '8761'],
    ['SESSION_TTL_HOURS', 'twelve'],
  ])('refuses %s=%j with one line naming it, what it expects and the value', (name, value) => {
    const problems = problemsOf({ [name]: value })
    expect(problems).toEqual([
      `${name}: expected ${configVariables[name as keyof typeof configVariables]}, got ${JSON.stringify(value)}.`,
    ])
    expect(problems[0]).not.toContain('\n')
  })

  it.each(['mysql://localhost/newsroom', 'not a url', 'postgres://', 'localhost:5432'])(
    'refuses DATABASE_URL=%j without repeating the value (it may hold a password)',
    (value) => {
      expect(problemsOf({ DATABASE_URL: value })).toEqual([
        `DATABASE_URL: expected ${configVariables.DATABASE_URL}, got the value given.`,
      ])
    },
  )

  it('never shows a database password', () => {
    const problems = problemsOf({ DATABASE_URL: 'mysql://user:hunter2@db/newsroom' })
    expect(problems.join('\n')).not.toContain('hunter2')
  })

  it('lists every bad variable at once, in the documented order, one line each', () => {
    const error = (() => {
      try {
        loadConfig({ SESSION_TTL_HOURS: '-1', PORT: 'http', LOG_LEVEL: 'loud' })
      } catch (caught) {
        return caught
      }
    })()
    expect(error).toBeInstanceOf(ConfigError)
    const { problems, message } = error as ConfigError
    expect(problems.map((line) => line.split(':')[0])).toEqual(['PORT', 'LOG_LEVEL', 'SESSION_TTL_HOURS'])
    expect(message).toBe(`Invalid configuration:\n${problems.join('\n')}`)
  })

  describe('sign-in through an identity provider (OIDC_*)', () => {
    const keycloak = {
      OIDC_ISSUER: 'https://sso.example.org/realms/newsroom',
      OIDC_CLIENT_ID: 'newsroom-app',
    }

    it('reads the issuer and client id, with the audience and role values defaulted', () => {
      expect(loadConfig(keycloak).oidc).toEqual({
        issuer: 'https://sso.example.org/realms/newsroom',
        clientId: 'newsroom-app',
        audience: 'newsroom-app',
        rolesClaim: 'roles',
        roleValues: { editor: 'newsroom-editor', reviewer: 'newsroom-reviewer', admin: 'newsroom-admin' },
      })
    })

    it('reads every OIDC variable', () => {
      expect(
        loadConfig({
          ...keycloak,
          OIDC_AUDIENCE: 'newsroom-api',
          OIDC_ROLES_CLAIM: 'realm_access.roles',
          OIDC_ROLE_EDITOR: 'press-editors',
          OIDC_ROLE_REVIEWER: 'cn=reviewers,ou=groups',
          OIDC_ROLE_ADMIN: '6f1c1b0e-0c1a-4b8e-9d1e-2b1f0a9c7e11',
        }).oidc,
      ).toEqual({
        issuer: 'https://sso.example.org/realms/newsroom',
        clientId: 'newsroom-app',
        audience: 'newsroom-api',
        rolesClaim: 'realm_access.roles',
        roleValues: {
          editor: 'press-editors',
          reviewer: 'cn=reviewers,ou=groups',
          admin: '6f1c1b0e-0c1a-4b8e-9d1e-2b1f0a9c7e11',
        },
      })
    })

    it('takes plain HTTP only for a provider on this machine', () => {
      expect(loadConfig({ ...keycloak, OIDC_ISSUER: 'http://127.0.0.1:4000' }).oidc?.issuer).toBe(
        'http://127.0.0.1:4000',
      )
      expect(problemsOf({ ...keycloak, OIDC_ISSUER: 'http://sso.example.org' })).toEqual([
        `OIDC_ISSUER: expected ${configVariables.OIDC_ISSUER}, got "http://sso.example.org".`,
      ])
    })

    it('needs the client id with the issuer', () => {
      expect(problemsOf({ OIDC_ISSUER: keycloak.OIDC_ISSUER })).toEqual([
        `OIDC_CLIENT_ID: expected ${configVariables.OIDC_CLIENT_ID}, got "".`,
      ])
    })

    it('refuses OIDC variables without an issuer, rather than leave the demo sign-in open', () => {
      const problems = problemsOf({ OIDC_CLIENT_ID: 'newsroom-app', OIDC_ROLE_ADMIN: 'admins' })
      expect(problems).toHaveLength(1)
      expect(problems[0]).toMatch(/^OIDC_ISSUER: expected .*, since OIDC_CLIENT_ID, OIDC_ROLE_ADMIN are set; got ""\.$/)
    })

    it('lists a bad OIDC variable beside the others, one line each', () => {
      const problems = problemsOf({ ...keycloak, PORT: 'x', OIDC_ROLES_CLAIM: 'two words' })
      expect(problems.map((line) => line.split(':')[0])).toEqual(['PORT', 'OIDC_ROLES_CLAIM'])
    })
  })
})
