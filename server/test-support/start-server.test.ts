import { afterAll, describe, expect, it } from 'vitest'
import { startServer, type RunningServer } from './start-server'

describe('startServer', () => {
  let server: RunningServer | undefined
  afterAll(async () => {
    await server?.stop()
    server?.cleanUp()
  })

  it('starts the real server on a fresh embedded database and stops it gracefully', { timeout: 180_000 }, async () => {
    server = await startServer({ seedReleases: 10, readyTimeoutMs: 150_000 })
    const users = await fetch(`${server.apiBaseUrl}/users`)
    expect(users.status).toBe(200)
    expect(((await users.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0)
    expect(await server.stop()).toBe(0)
  })
})
