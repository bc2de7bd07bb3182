import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenedDatabase } from './connect'
import { removeExpiredSessions } from './housekeeping'
import { sessions } from './schema'
import { testEngines } from './testing'

describe.each(testEngines)('housekeeping on %s', (_engine, open) => {
  let database: OpenedDatabase
  beforeAll(async () => {
    database = await open()
  })
  afterAll(() => database?.close())

  it('removes the sessions whose expiry is past, and keeps the others', async () => {
    const now = new Date('2026-11-30T12:00:00.000Z')
    const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000)
    await database.db.insert(sessions).values([
      { token: 'ended-yesterday', userId: 'user-editor-amra', createdAt: at(-36 * 60), expiresAt: at(-24 * 60) },
      { token: 'ends-now', userId: 'user-editor-amra', createdAt: at(-12 * 60), expiresAt: now },
      { token: 'ends-in-a-minute', userId: 'user-admin-elena', createdAt: at(-10), expiresAt: at(1) },
    ])

    expect(await removeExpiredSessions(database.db, now)).toBe(2)
    const left = await database.db.select({ token: sessions.token }).from(sessions)
    expect(left.map((row) => row.token)).toEqual(['ends-in-a-minute'])
    expect(await removeExpiredSessions(database.db, now)).toBe(0)
  })
})
