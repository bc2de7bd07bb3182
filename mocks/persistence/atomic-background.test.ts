import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { releaseSchema } from '../../src/api/contract'
import { db, find, resetDb, setNow, store } from '../db'
import { api, tokens as signIn, users } from '../test-support/api'
import { fullableStorage } from '../test-support/full-storage'
import { createStore, type Store } from './store'
import { JOURNAL_PREFIX } from './journal'
import { applyStorageChange, enablePersistence, resetStore } from './sync'

/**
 * Decision 0014, for the writes nobody asked for in that request: the publication of a due
 * release before a request, what another tab sees of a write that could not be stored, and
 * starting or resetting the demo when storage refuses writes.
 */
const RELEASES = 20
const full = fullableStorage(localStorage)

beforeEach(async () => {
  store.journal = null
  localStorage.clear()
  full.free()
  await resetDb({ releases: RELEASES })
  await enablePersistence(store, full.storage)
  setNow('2026-11-27T09:00:00Z')
})
afterEach(() => {
  store.journal = null
  full.free()
})

async function openOtherTab(): Promise<Store> {
  const tab = createStore(RELEASES)
  await enablePersistence(tab, localStorage)
  return tab
}
/** Everything a tab holds, as one string. */
const contents = (tab: Store) =>
  structuredClone([tab.database.releases.all(), tab.database.history.all(), tab.database.notifications.all()])

describe('the publication of due releases, with the storage full', () => {
  it('leaves the release scheduled and answers the request; the next request publishes it, once', async () => {
    const t = await signIn()
    const body = {
      type: 'press-release',
      title: 'Due',
      dateline: { place: 'Vienna', date: '2026-11-27' },
      body: '<p>Text</p>',
      sourceIds: ['structure-chairpersonship'],
    }
    const { id } = releaseSchema.parse((await api('/releases', { method: 'POST', token: t.editor, body })).json)
    await api(`/releases/${id}/transitions`, {
      method: 'POST',
      token: t.editor,
      body: { action: 'submit', version: 1 },
    })
    await api(`/releases/${id}/transitions`, {
      method: 'POST',
      token: t.reviewer,
      body: { action: 'approve', version: 2, publishAt: '2026-11-27T10:00:00Z' },
    })
    const before = JSON.stringify([
      db.releases.all(),
      db.history.all(),
      db.notifications.all(),
      [...db.schedule],
      Object.entries(localStorage),
    ])

    setNow('2026-11-27T11:00:00Z')
    full.fullAfter(0)
    const read = await api(`/releases/${id}`, { token: t.editor })
    expect(full.tripped).toBe(true)
    expect(read.status).toBe(200)
    expect(read.json).toMatchObject({ status: 'scheduled', version: 3 })
    expect(
      JSON.stringify([
        db.releases.all(),
        db.history.all(),
        db.notifications.all(),
        [...db.schedule],
        Object.entries(localStorage),
      ]),
    ).toBe(before)

    full.free()
    expect((await api(`/releases/${id}`, { token: t.editor })).json).toMatchObject({ status: 'published', version: 4 })
    expect(db.history.findMany((q) => q.where({ releaseId: id, kind: 'published' }))).toHaveLength(1)
    expect(
      db.notifications.findMany((q) => q.where({ releaseId: id, kind: 'published', recipientId: users.editor })),
    ).toHaveLength(1)
  })
})

describe('another tab, when a write could not be stored in full', () => {
  it('ends with what it had: entries written and then taken back are undone there too', async () => {
    const t = await signIn()
    const body = {
      type: 'press-release',
      title: 'Half',
      dateline: { place: 'Vienna', date: '2026-11-27' },
      body: '<p>Text</p>',
      sourceIds: ['structure-chairpersonship'],
    }
    const other = await openOtherTab()
    const before = contents(other)
    full.changes.length = 0

    // A new release (its entry is new, then removed again), and two seeded releases assigned to
    // a field operation (the first one's entry is new, then removed: the other tab goes back to the seed's record).
    const operation = 'field-operation-programme-office-in-dushanbe'
    const seeded = db.releases
      .all()
      .filter((release) => !release.fieldOperationIds.includes(operation))
      .slice(0, 2)
      .map((release) => release.id)
    for (const call of [
      { path: '/releases', token: t.editor, body },
      {
        path: '/releases/assignments',
        token: t.admin,
        body: { releaseIds: seeded, fieldOperationIds: [operation], mode: 'add' },
      },
    ]) {
      full.failWrite(1)
      expect((await api(call.path, { method: 'POST', ...call })).status).toBe(503)
    }
    expect(full.changes.length).toBeGreaterThan(0)
    for (const { key, newValue } of full.changes) await applyStorageChange(other, key, newValue)
    // Equal, though not in the same key order: a record the seed wrote unvalidated is now the schema's parse.
    expect(contents(other)).toEqual(before)
    expect(find('releases', seeded[0]!)?.fieldOperationIds).not.toContain(operation)
  })
})

describe('starting and resetting the demo when storage refuses writes', () => {
  it('still works: the journal is emptied and every record is the seed’s again', async () => {
    const t = await signIn()
    const body = {
      type: 'press-release',
      title: 'Forgotten',
      dateline: { place: 'Vienna', date: '2026-11-27' },
      sourceIds: ['structure-chairpersonship'],
    }
    expect((await api('/releases', { method: 'POST', token: t.editor, body })).status).toBe(201)

    full.failWrite(0)
    await resetStore(store)
    expect(full.tripped).toBe(true)
    expect(db.releases.findMany((q) => q.where({ title: 'Forgotten' }))).toHaveLength(0)
    expect(Object.keys(localStorage).filter((key) => key.startsWith(`${JOURNAL_PREFIX}releases/`))).toEqual([])

    // A tab started on another seed drops the journal and rewrites the settings, which fails here.
    full.failWrite(0)
    const other = createStore(RELEASES + 1)
    await enablePersistence(other, full.storage)
    // Its generated originals, 4 translations of them, the source page's release and its Russian version.
    expect(other.database.releases.count()).toBe(RELEASES + 1 + 6)
  })
})
