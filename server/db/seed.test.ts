import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { storedSchemas, type StoredHistoryEntry } from '../core/records'
import { createSqlStorage } from './storage'
import { codecs } from './codecs'
import { queryRows, type OpenedDatabase } from './connect'
import { referenceCollections, seedIfEmpty, seedRecords } from './seed'
import { OPENING, testEngines, withCanonicalInstants } from './testing'
import type { Storage } from '../core/storage'

const RELEASES = 300

describe.each(testEngines)('the seed on %s', (_engine, open) => {
  let opened: OpenedDatabase
  let storage: Storage
  /**
   * What the mock's `seedDatabase` stores (mocks/collections.ts, which the server's code and
   * tests may not import: only mocks/seed), from the same seed modules.
   */
  const seed = seedRecords(RELEASES)
  let seeded = false
  beforeAll(async () => {
    opened = await open()
    storage = createSqlStorage(opened, { sessionLifetimeMs: 3_600_000 })
    seeded = await seedIfEmpty(opened.db, { releases: RELEASES })
  }, OPENING)
  afterAll(() => opened.close())

  it('goes in only once: a database with records is left alone', async () => {
    expect(seeded).toBe(true)
    expect(await seedIfEmpty(opened.db, { releases: RELEASES })).toBe(false)
    const [{ n }] = (await queryRows<{ n: number }>(opened.db, sql`SELECT count(*)::int AS n FROM releases`)) as [
      { n: number },
    ]
    expect(n).toBe(seed.releases!.length)
  })

  it('reads back as the mock holds it: people, reference data and structures, in order', async () => {
    for (const name of ['users', ...referenceCollections] as const) {
      const stored = await storage.all(name)
      expect(stored).toStrictEqual(withCanonicalInstants(seed[name]))
      for (const record of stored) expect(storedSchemas[name].parse(record)).toStrictEqual(record)
    }
  })

  it('reads back as the mock holds it: every release, field for field (absent stays absent, null stays null)', async () => {
    const expected = seed.releases!
    // The source page's release and its Russian version, the originals and some translations.
    expect(expected.length).toBeGreaterThan(RELEASES + 2)
    for (const release of expected) {
      const stored = await storage.get('releases', release.id)
      // toStrictEqual: a key that is absent in one and undefined or null in the other fails.
      expect(stored).toStrictEqual(withCanonicalInstants(release))
      expect(storedSchemas.releases.parse(stored)).toStrictEqual(stored)
    }
  })

  it('reads back as the mock holds it: each release’s history, oldest first', async () => {
    const history = new Map<string, StoredHistoryEntry[]>()
    for (const entry of seed.history!) history.set(entry.releaseId, [...(history.get(entry.releaseId) ?? []), entry])
    for (const release of seed.releases!) {
      const stored = await storage.historyOf(release.id)
      expect(stored).toStrictEqual(withCanonicalInstants(history.get(release.id) ?? []))
      for (const entry of stored) expect(storedSchemas.history.parse(entry)).toStrictEqual(entry)
    }
    const all: StoredHistoryEntry[][] = []
    for await (const entries of storage.histories()) all.push(entries)
    expect(all.length).toBe(history.size)
    expect(all.flat().length).toBe(seed.history!.length)
  })

  it('reads back as the mock holds it: each person’s notifications, newest first', async () => {
    const notifications = seed.notifications!
    expect(notifications.length).toBeGreaterThan(0)
    for (const user of seed.users!) {
      const expected = notifications
        .filter((notification) => notification.recipientId === user.id)
        .toSorted((a, b) => Date.parse(b.at) - Date.parse(a.at) || (a.id < b.id ? 1 : -1))
      const stored = await storage.notificationsOf(user.id)
      expect(stored).toStrictEqual(withCanonicalInstants(expected))
      for (const notification of stored)
        expect(storedSchemas.notifications.parse(notification)).toStrictEqual(notification)
    }
  })

  it('starts with no sessions, comments or idempotency records, as the mock', async () => {
    for (const name of ['sessions', 'comments', 'idempotencyRecords'] as const) {
      expect(seed[name]).toBeUndefined()
      expect(await opened.db.select({ key: codecs[name].key }).from(codecs[name].table)).toEqual([])
    }
  })
})

describe.each(testEngines)(
  'a deployment’s first start on %s (sign-in through an identity provider)',
  (_engine, open) => {
    let opened: OpenedDatabase
    beforeAll(async () => {
      opened = await open()
    }, OPENING)
    afterAll(() => opened.close())

    it('seeds the reference data only, once: no demo people, releases, history or notifications', async () => {
      expect(await seedIfEmpty(opened.db, { releases: RELEASES, demo: false })).toBe(true)
      const storage = createSqlStorage(opened, { sessionLifetimeMs: 3_600_000 })
      const seed = seedRecords(0)
      for (const name of referenceCollections) expect(await storage.all(name)).toHaveLength(seed[name]!.length)
      const count = async (table: string) =>
        (await queryRows<{ n: number }>(opened.db, sql.raw(`SELECT count(*)::int AS n FROM ${table}`)))[0]!.n
      for (const table of ['users', 'releases', 'history', 'notifications']) expect(await count(table)).toBe(0)
      // Its people arrive with their tokens; a restart still finds it seeded.
      expect(await seedIfEmpty(opened.db, { releases: RELEASES, demo: false })).toBe(false)
      expect(await count('states')).toBe(seed.states!.length)
    })
  },
)
