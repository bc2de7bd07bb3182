import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runMain } from './test-support/run-main'

const staticDir = mkdtempSync(join(tmpdir(), 'newsroom-main-'))
const dataDir = mkdtempSync(join(tmpdir(), 'newsroom-main-data-'))
writeFileSync(
  join(staticDir, 'index.html'),
  '<!doctype html><title>Newsroom admin</title><meta name="newsroom-config" content="{}" />',
)
afterAll(() => {
  rmSync(staticDir, { recursive: true, force: true })
  rmSync(dataDir, { recursive: true, force: true })
})

describe('server/main.ts', () => {
  it('prints one line per bad variable and exits 1', async () => {
    const { exited, stderr, lines } = runMain({ PORT: 'eighty', LOG_LEVEL: 'loud' })
    expect(await exited).toBe(1)
    expect(stderr().trim().split('\n')).toEqual([
      'Invalid configuration:',
      'PORT: expected a port number from 0 to 65535, got "eighty".',
      'LOG_LEVEL: expected one of debug, info, warn, error, got "loud".',
    ])
    expect(lines).toEqual([])
  })

  // It migrates and seeds a new database first: seconds, more on a busy machine.
  it(
    'seeds a new database, listens, answers the probes, the API and the app, and stops with 0 on SIGTERM',
    { timeout: 180_000 },
    async () => {
      const { child, lines, listening, exited } = runMain({
        PORT: '0',
        STATIC_DIR: staticDir,
        DATA_DIR: dataDir,
        SEED_RELEASES: '10',
        PUBLIC_RELEASE_URL: 'https://www.osce.org/{language}/press-releases/{id}',
      })
      const url = await listening
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)

      expect((await fetch(`${url}/healthz`)).status).toBe(200)
      expect((await fetch(`${url}/readyz`)).status).toBe(200)
      const users = await fetch(`${url}/api/users`)
      expect(users.status).toBe(200)
      expect(((await users.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0)
      // Without a token, the API answers 401 as the contract says.
      expect((await fetch(`${url}/api/releases`)).status).toBe(401)
      const page = await (await fetch(`${url}/releases/abc`, { headers: { Accept: 'text/html' } })).text()
      expect(page).toContain('Newsroom admin')
      expect(page).toContain('press-releases/{id}')

      child.kill('SIGTERM')
      expect(await exited).toBe(0)
      expect(lines.map((line) => line.msg)).toEqual(
        expect.arrayContaining(['listening', 'request', 'shutting down', 'stopped']),
      )
      expect(lines.at(-1)).toMatchObject({ msg: 'stopped', reason: 'SIGTERM' })
    },
  )
})
