/**
 * The cache of the small collections (server/db/reference-cache.ts) across real processes:
 * `server/main.ts` with WORKERS=2 on one PostgreSQL database, each process with a cache of its
 * own. After a change of a field of work commits through one of them, every later list request,
 * whichever process answers it, names the field anew. Runs when TEST_DATABASE_URL names a server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServerTestDatabase, testDatabaseUrl } from './db/testing'
import { runMain } from './test-support/run-main'
import { freePort } from './test-support/start-server'

type Ref = { id: string; name: string }

describe.skipIf(!testDatabaseUrl)('the small collections cached in each of two processes', () => {
  let database: Awaited<ReturnType<typeof createServerTestDatabase>>
  beforeAll(async () => {
    database = await createServerTestDatabase(testDatabaseUrl!)
  })
  afterAll(() => database?.drop())

  it(
    'name a field of work anew in every request after its change, from either process',
    { timeout: 180_000 },
    async () => {
      const port = await freePort()
      const server = runMain({ WORKERS: '2', DATABASE_URL: database.url, PORT: String(port), SEED_RELEASES: '20' })
      try {
        await server.until((lines) => lines.filter((line) => line.msg === 'listening').length === 2)
        const api = `http://127.0.0.1:${port}/api`
        const users = (await (await fetch(`${api}/users`)).json()) as { items: Array<{ id: string; role: string }> }
        const admin = users.items.find((user) => user.role === 'admin')!
        const session = await fetch(`${api}/session`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ userId: admin.id }),
        })
        const { token } = (await session.json()) as { token: string }
        const headers = { Authorization: `Bearer ${token}` }
        const fieldNames = async (): Promise<Map<string, string>> => {
          const response = await fetch(`${api}/releases?pageSize=100`, { headers })
          expect(response.status).toBe(200)
          const { items } = (await response.json()) as { items: Array<{ fieldsOfWork: Ref[] }> }
          return new Map(items.flatMap((release) => release.fieldsOfWork).map((ref) => [ref.id, ref.name]))
        }
        // Many requests at once, many connections: the two processes share them, and both keep the names.
        const warm = await Promise.all(Array.from({ length: 16 }, fieldNames))
        const [fieldId, name] = [...warm[0]!][0]!
        for (const names of warm) expect(names.get(fieldId)).toBe(name)

        const field = (await (await fetch(`${api}/fields-of-work/${fieldId}`, { headers })).json()) as {
          version: number
        }
        const patched = await fetch(`${api}/fields-of-work/${fieldId}`, {
          method: 'PATCH',
          headers: { ...headers, 'Content-Type': 'application/json' },
          body: JSON.stringify({ name: `${name} (renamed)`, version: field.version }),
        })
        expect(patched.status).toBe(200)
        for (const names of await Promise.all(Array.from({ length: 16 }, fieldNames)))
          expect(names.get(fieldId)).toBe(`${name} (renamed)`)
      } finally {
        server.child.kill('SIGTERM')
        await server.exited
      }
    },
  )
})
