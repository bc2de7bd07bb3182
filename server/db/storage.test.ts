import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedPressRelease, seedPressReleaseHistory } from '../../mocks/seed/press-release'
import { seedPressReleaseRu } from '../../mocks/seed/press-release-ru'
import { seedStates } from '../../mocks/seed/states'
import type { StoredHistoryEntry, StoredRelease } from '../core/records'
import { VersionConflict, type Storage } from '../core/storage'
import { queryRows, type OpenedDatabase } from './connect'
import { createSqlStorage } from './storage'
import { OPENING, testEngines, withCanonicalInstants } from './testing'

/** A release of the seed's shape with its own id, and every instant in the form the database answers. */
const release = (id: string, changes: Partial<StoredRelease> = {}): StoredRelease =>
  withCanonicalInstants({ ...structuredClone(seedPressRelease), id, ...changes })

const entry = (
  id: string,
  releaseId: string,
  at: string,
  changes: Partial<StoredHistoryEntry> = {},
): StoredHistoryEntry => ({
  id,
  releaseId,
  kind: 'created',
  from: null,
  to: 'draft',
  actorId: 'user-editor-amra',
  at,
  comment: null,
  publishAt: null,
  ...changes,
})

const DAY = 86_400_000

describe.each(testEngines)('the SQL storage on %s', (_engine, open) => {
  let opened: OpenedDatabase
  let storage: Storage
  let clock = new Date('2026-11-30T12:00:00.000Z')
  beforeAll(async () => {
    opened = await open()
    storage = createSqlStorage(opened, { now: () => clock, sessionLifetimeMs: DAY, historyBatch: 3 })
  }, OPENING)
  afterAll(() => opened.close())

  it('answers a ping', async () => {
    await expect(storage.ping()).resolves.toBeUndefined()
  })

  it('keeps a record as written: absent fields absent, null fields null, instants to the millisecond', async () => {
    const original = release('release-a', {
      originalId: null,
      metadataUpdatedAt: null,
      basedOn: null,
      contentRevision: 0,
      changesRequestedAt: '2026-11-02T08:15:30.123Z',
    })
    const translation = release('release-a-ru', {
      language: 'ru',
      originalId: 'release-a',
      basedOn: { title: 'T', summary: '', body: '<p>B</p>', revision: 0 },
      metadataUpdatedAt: '2026-11-03T10:00:00.001Z',
    })
    const legacy = release('release-legacy')
    delete legacy.updatedById
    await storage.transaction(async (tx) => {
      for (const record of [original, translation, legacy]) await tx.insert('releases', record)
    })
    for (const record of [original, translation, legacy])
      expect(await storage.get('releases', record.id)).toStrictEqual(record)
    expect('originalId' in (await storage.get('releases', 'release-legacy'))!).toBe(false)
    expect(await storage.get('releases', 'release-missing')).toBeUndefined()
  })

  it('replaces a record; with an expected version only while it still has it', async () => {
    await storage.transaction((tx) => tx.insert('releases', release('release-b', { version: 1 })))
    await storage.transaction((tx) =>
      tx.replace('releases', release('release-b', { title: 'Second', version: 2 }), { expectedVersion: 1 }),
    )
    await expect(
      storage.transaction((tx) =>
        tx.replace('releases', release('release-b', { title: 'Stale', version: 2 }), { expectedVersion: 1 }),
      ),
    ).rejects.toBeInstanceOf(VersionConflict)
    expect((await storage.get('releases', 'release-b'))?.title).toBe('Second')
  })

  it('lets exactly one of two concurrent saves on one version win; the other gets VersionConflict', async () => {
    await storage.transaction((tx) => tx.insert('releases', release('release-c', { version: 5 })))
    const save = (title: string) =>
      storage.transaction((tx) =>
        tx.replace('releases', release('release-c', { title, version: 6 }), { expectedVersion: 5 }),
      )
    const outcomes = await Promise.allSettled([save('Left'), save('Right')])
    const won = outcomes.filter((outcome) => outcome.status === 'fulfilled')
    const lost = outcomes.filter((outcome) => outcome.status === 'rejected')
    expect(won).toHaveLength(1)
    expect(lost).toHaveLength(1)
    expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(VersionConflict)
    const stored = await storage.get('releases', 'release-c')
    expect(stored?.version).toBe(6)
    expect(['Left', 'Right']).toContain(stored?.title)
  })

  it('undoes every write of a transaction that throws, and its reads saw its own writes', async () => {
    const seen: Array<string | undefined> = []
    await expect(
      storage.transaction(async (tx) => {
        await tx.insert('releases', release('release-d'))
        await tx.insert('history', entry('history-d-0', 'release-d', '2026-11-30T10:00:00.000Z'))
        await tx.replace('releases', release('release-b', { title: 'Doomed', version: 3 }), { expectedVersion: 2 })
        seen.push((await tx.get('releases', 'release-d'))?.id, (await tx.get('releases', 'release-b'))?.title)
        throw new Error('the work failed')
      }),
    ).rejects.toThrow('the work failed')
    expect(seen).toEqual(['release-d', 'Doomed'])
    expect(await storage.get('releases', 'release-d')).toBeUndefined()
    expect(await storage.historyOf('release-d')).toEqual([])
    expect((await storage.get('releases', 'release-b'))?.title).toBe('Second')
  })

  it('refuses to replace a record that is not there, and deletes one that is', async () => {
    await expect(storage.transaction((tx) => tx.replace('releases', release('release-nowhere')))).rejects.toThrow(
      /does not exist/,
    )
    await expect(
      storage.transaction((tx) =>
        tx.replace('releases', release('release-nowhere', { version: 2 }), { expectedVersion: 1 }),
      ),
    ).rejects.toBeInstanceOf(VersionConflict)
    await storage.transaction((tx) => tx.delete('releases', 'release-legacy'))
    expect(await storage.get('releases', 'release-legacy')).toBeUndefined()
  })

  it('reads a small collection whole, in the order its records were added', async () => {
    const states = seedStates.slice(0, 3)
    await storage.transaction(async (tx) => {
      for (const state of states.toReversed()) await tx.insert('states', state)
    })
    await storage.transaction((tx) =>
      tx.replace('states', { ...states[2]!, name: 'Renamed', version: 2 }, { expectedVersion: 1 }),
    )
    expect(await storage.all('states')).toEqual([
      states[2] && { ...states[2], name: 'Renamed', version: 2 },
      states[1],
      states[0],
    ])
  })

  it('finds a session by its token until it expires', async () => {
    const session = { token: 'token-1', userId: 'user-editor-amra', createdAt: clock.toISOString() }
    await storage.transaction((tx) => tx.insert('sessions', session))
    expect(await storage.get('sessions', 'token-1')).toEqual(session)
    clock = new Date(clock.getTime() + DAY + 1)
    expect(await storage.get('sessions', 'token-1')).toBeUndefined()
    await storage.transaction((tx) => tx.delete('sessions', 'token-1'))
  })

  it('expires the idempotency records kept before a time', async () => {
    const record = (id: string, at: string) => ({
      id,
      fingerprint: 'f',
      status: 201,
      headers: [['content-type', 'application/json']] as [string, string][],
      body: '{}',
      at,
    })
    await storage.transaction(async (tx) => {
      await tx.insert('idempotencyRecords', record('key-old', '2026-11-28T00:00:00.000Z'))
      await tx.insert('idempotencyRecords', record('key-new', '2026-11-30T00:00:00.000Z'))
      await tx.expireIdempotencyRecords(new Date('2026-11-29T00:00:00.000Z'))
    })
    expect(await storage.get('idempotencyRecords', 'key-old')).toBeUndefined()
    expect(await storage.get('idempotencyRecords', 'key-new')).toEqual(record('key-new', '2026-11-30T00:00:00.000Z'))
  })

  it('keeps a history oldest first, entries of one instant in the order written; every history in batches', async () => {
    const at = '2026-11-30T09:00:00.000Z'
    const entries = [
      entry('history-e-2', 'release-e', '2026-11-30T09:30:00.000Z', { kind: 'submit', from: 'draft', to: 'in-review' }),
      entry('history-e-0', 'release-e', at),
      entry('history-e-1', 'release-e', at, {
        kind: 'edited-in-review',
        from: 'draft',
        content: { title: 'New', summary: 'S', body: '' },
        contentBefore: { title: 'Old', summary: 'S', body: '' },
        originalRevision: 3,
      }),
    ]
    await storage.transaction(async (tx) => {
      for (const written of entries) await tx.insert('history', written)
      for (const seeded of seedPressReleaseHistory) await tx.insert('history', withCanonicalInstants(seeded))
    })
    expect(await storage.historyOf('release-e')).toStrictEqual([entries[1], entries[2], entries[0]])
    const all: StoredHistoryEntry[][] = []
    for await (const history of storage.histories()) all.push(history)
    // Batches of 3 entries cut histories in the middle: each still comes whole (releases by id).
    expect(all.map((history) => history.map((item) => item.id))).toEqual([
      seedPressReleaseHistory.map((item) => item.id),
      ['history-e-0', 'history-e-1', 'history-e-2'],
    ])
  })

  it('answers comments oldest first and notifications newest first', async () => {
    const comment = (id: string, createdAt: string) => ({
      id,
      releaseId: 'release-a',
      authorId: 'user-editor-amra',
      body: id,
      createdAt,
    })
    const notification = (id: string, at: string, read = false) => ({
      id,
      kind: 'commented' as const,
      recipientId: 'user-reviewer-claire',
      releaseId: 'release-a',
      actorId: null,
      at,
      comment: null,
      read,
    })
    await storage.transaction(async (tx) => {
      await tx.insert('comments', comment('comment-2', '2026-11-30T10:00:00.000Z'))
      await tx.insert('comments', comment('comment-1', '2026-11-30T09:00:00.000Z'))
      await tx.insert('comments', comment('comment-3', '2026-11-30T10:00:00.000Z'))
      await tx.insert('notifications', notification('n-1', '2026-11-30T09:00:00.000Z'))
      await tx.insert('notifications', notification('n-3', '2026-11-30T10:00:00.000Z'))
      await tx.insert('notifications', notification('n-2', '2026-11-30T10:00:00.000Z', true))
    })
    expect((await storage.commentsOf('release-a')).map((item) => item.id)).toEqual([
      'comment-1',
      'comment-2',
      'comment-3',
    ])
    expect((await storage.notificationsOf('user-reviewer-claire')).map((item) => item.id)).toEqual([
      'n-3',
      'n-2',
      'n-1',
    ])
    expect(await storage.notificationsOf('user-nobody')).toEqual([])
  })

  it('answers families, the due releases and how many releases name a reference', async () => {
    const fr = release('release-a-fr', { language: 'fr', originalId: 'release-a' })
    const scheduled = (id: string, scheduledAt: string) =>
      release(id, { status: 'scheduled', scheduledAt, publishedAt: null })
    await storage.transaction(async (tx) => {
      await tx.insert('releases', fr)
      await tx.insert('releases', scheduled('release-s2', '2026-12-02T08:00:00.000Z'))
      await tx.insert('releases', scheduled('release-s1', '2026-12-01T08:00:00.000Z'))
      await tx.insert('releases', scheduled('release-s3', '2026-12-09T08:00:00.000Z'))
    })
    const families = await storage.releases.families(['release-a', 'release-b', 'release-none'])
    expect([...families.keys()].toSorted()).toEqual(['release-a', 'release-b'])
    expect(families.get('release-a')!.map((version) => version.id)).toEqual([
      'release-a',
      'release-a-fr',
      'release-a-ru',
    ])
    expect(await storage.releases.families([])).toEqual(new Map())
    // By id, as lists show them: no body, an unknown id left out.
    const listed = await storage.releases.listed(['release-a-fr', 'release-a', 'release-none'])
    expect([...listed.keys()].toSorted()).toEqual(['release-a', 'release-a-fr'])
    const { body: _body, ...listedFr } = families.get('release-a')!.find((version) => version.id === 'release-a-fr')!
    expect(listed.get('release-a-fr')).toEqual(listedFr)
    expect(await storage.releases.listed([])).toEqual(new Map())

    expect(await storage.releases.due(new Date('2026-12-05T00:00:00.000Z'))).toEqual(['release-s1', 'release-s2'])
    expect(await storage.releases.due(new Date('2026-11-01T00:00:00.000Z'))).toEqual([])

    const total = (await queryRows<{ n: number }>(opened.db, sql`SELECT count(*)::int AS n FROM releases`))[0]!.n
    expect(await storage.releases.referencing('stateIds', 'state-tj')).toBe(total)
    expect(await storage.releases.referencing('stateIds', 'state-at')).toBe(0)
    expect(await storage.releases.referencing('fieldOfWorkIds', 'field-of-work-human-rights')).toBe(total)
    expect(
      await storage.releases.referencing('fieldOperationIds', 'field-operation-programme-office-in-dushanbe'),
    ).toBe(total)
    expect(await storage.releases.referencing('sourceIds', 'structure-chairpersonship')).toBe(total)
    expect(await storage.releases.referencing('language', 'ru')).toBe(1)
    expect(await storage.releases.referencing('language', 'de')).toBe(0)
    expect(seedPressReleaseRu.language).toBe('ru')
  })
})
