import { afterEach, describe, expect, it } from 'vitest'
import { signInAs, store as defaultStore } from '../db'
import { ApiProblem, assertVersion, notFound } from '../../server/core/problem'
import { api } from '../test-support/api'
import { JOURNAL_PREFIX } from './journal'
import { createStore, findRecord, type Store } from './store'
import { commitTo } from './transaction'
import { applyStorageChange, enablePersistence, resetStore } from './sync'

/** A browser tab: its own in-memory database, the shared localStorage. */
async function openTab(releases = 20): Promise<Store> {
  const tab = createStore(releases)
  await enablePersistence(tab, localStorage)
  return tab
}
const release = (tab: Store, id = 'release-00003') => findRecord(tab.database, 'releases', id)!
const retitle = (tab: Store, version: number, title: string, id = 'release-00003') =>
  commitTo(tab, 'releases', id, (current) => {
    if (!current) throw notFound('release', id)
    assertVersion('release', version, current.version)
    return { ...current, title, version: current.version + 1 }
  })
const keyOf = (id: string) => `${JOURNAL_PREFIX}releases/${id}`

afterEach(() => {
  defaultStore.journal = null
})

describe('the journal in localStorage', () => {
  it('keeps a write of one tab from being lost to another tab’s stale copy', async () => {
    const tabA = await openTab()
    const tabB = await openTab()
    const seeded = release(tabB).version

    await retitle(tabA, seeded, 'Written in tab A')
    // Tab B has not heard of it (no storage event yet) and saves on its stale copy: 409, not an overwrite.
    expect(release(tabB).title).not.toBe('Written in tab A')
    const refused = await retitle(tabB, seeded, 'Written in tab B').catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(ApiProblem)
    expect(refused).toMatchObject({ status: 409, extra: { currentVersion: seeded + 1 } })
    // The refusal brought tab B up to date.
    expect(release(tabB)).toMatchObject({ title: 'Written in tab A', version: seeded + 1 })
    expect(JSON.parse(localStorage.getItem(keyOf('release-00003'))!).record.title).toBe('Written in tab A')

    // Based on the current version, tab B's write goes through, and tab A learns it from the storage event.
    await retitle(tabB, seeded + 1, 'Written in tab B')
    await applyStorageChange(tabA, keyOf('release-00003'), localStorage.getItem(keyOf('release-00003')))
    expect(release(tabA)).toMatchObject({ title: 'Written in tab B', version: seeded + 2 })
  })

  it('replays changes and deletions after a reload', async () => {
    const tab = await openTab()
    await retitle(tab, release(tab).version, 'Survives a reload')
    await commitTo(tab, 'releases', 'release-00001', () => null)

    const reloaded = await openTab()
    expect(release(reloaded).title).toBe('Survives a reload')
    expect(findRecord(reloaded.database, 'releases', 'release-00001')).toBeUndefined()
    // 20 generated originals, 4 translations, the source page's release and its Russian version, less the one deleted.
    expect(reloaded.database.releases.count()).toBe(25)
  })

  it('resets every tab to the seed, and drops a journal made on another seed', async () => {
    const tabA = await openTab()
    const tabB = await openTab()
    const seededTitle = release(tabA).title
    await retitle(tabA, release(tabA).version, 'To be forgotten')
    await applyStorageChange(tabB, keyOf('release-00003'), localStorage.getItem(keyOf('release-00003')))

    const token = 'token-kept'
    await commitTo(tabA, 'sessions', token, () => ({
      token,
      userId: 'user-admin-elena',
      createdAt: '2026-11-27T10:00:00Z',
    }))
    await resetStore(tabA)
    expect(release(tabA).title).toBe(seededTitle)
    expect(findRecord(tabA.database, 'sessions', token)).toBeDefined()
    expect(localStorage.getItem(keyOf('release-00003'))).toBeNull()
    await applyStorageChange(tabB, `${JOURNAL_PREFIX}settings`, localStorage.getItem(`${JOURNAL_PREFIX}settings`))
    expect(release(tabB).title).toBe(seededTitle)

    await retitle(tabA, release(tabA).version, 'Made on 20 releases')
    const otherSeed = await openTab(30)
    expect(release(otherSeed).title).toBe(seededTitle)
    expect(localStorage.getItem(keyOf('release-00003'))).toBeNull()
  })

  it('ignores journal entries that no longer match the stored schema', async () => {
    localStorage.setItem(keyOf('release-00003'), JSON.stringify({ record: { id: 'release-00003', title: 42 } }))
    localStorage.setItem(`${JOURNAL_PREFIX}settings`, JSON.stringify({ releases: 20, generation: 'x' }))
    const tab = await openTab()
    expect(typeof release(tab).title).toBe('string')
  })

  it('receives every write of the handlers when persistence is on', async () => {
    await enablePersistence(defaultStore, localStorage)
    const token = await signInAs('user-editor-amra')
    expect(localStorage.getItem(`${JOURNAL_PREFIX}sessions/${token}`)).not.toBeNull()
    const created = await api('/releases', {
      method: 'POST',
      token,
      body: {
        type: 'press-release',
        title: 'Journaled',
        dateline: { place: 'Vienna', date: '2026-11-27' },
        sourceIds: ['structure-chairpersonship'],
      },
    })
    expect(created.status).toBe(201)
    expect(JSON.parse(localStorage.getItem(keyOf(created.json.id))!).record).toMatchObject({
      title: 'Journaled',
      authorId: 'user-editor-amra',
    })
  })

  it('keeps the workflow’s history, comments, notifications and schedule across a reload and in another tab', async () => {
    await enablePersistence(defaultStore, localStorage)
    const editor = await signInAs('user-editor-amra')
    const reviewer = await signInAs('user-reviewer-claire')
    const body = {
      type: 'press-release',
      title: 'Kept',
      dateline: { place: 'Vienna', date: '2026-11-27' },
      body: '<p>Text</p>',
      sourceIds: ['structure-chairpersonship'],
    }
    const { json: created } = await api('/releases', { method: 'POST', token: editor, body })
    await api(`/releases/${created.id}/transitions`, {
      method: 'POST',
      token: editor,
      body: { action: 'submit', version: 1 },
    })
    await api(`/releases/${created.id}/transitions`, {
      method: 'POST',
      token: reviewer,
      body: { action: 'approve', version: 2, publishAt: '2099-01-01T09:00:00Z' },
    })
    await api(`/releases/${created.id}/comments`, {
      method: 'POST',
      token: reviewer,
      body: { body: 'Set for New Year.' },
    })

    const reloaded = await openTab(defaultStore.releases)
    expect(findRecord(reloaded.database, 'releases', created.id)).toMatchObject({ status: 'scheduled', version: 3 })
    expect(
      reloaded.database.history
        .findMany((q) => q.where({ releaseId: created.id }))
        .map((entry) => entry.kind)
        .toSorted(),
    ).toEqual(['approve', 'created', 'submit'])
    expect(reloaded.database.comments.findMany((q) => q.where({ releaseId: created.id }))).toHaveLength(1)
    expect(
      reloaded.database.notifications
        .findMany((q) => q.where({ releaseId: created.id }))
        .map((n) => n.kind)
        .toSorted(),
    ).toEqual(['approved', 'awaiting-review', 'awaiting-review', 'commented'])
    expect(reloaded.database.schedule.get(created.id)).toBe(Date.parse('2099-01-01T09:00:00Z'))
  })

  it('keeps an Idempotency-Key’s answer across a reload: the create retried after it makes no second release', async () => {
    await enablePersistence(defaultStore, localStorage)
    const token = await signInAs('user-editor-amra')
    const body = {
      type: 'press-release',
      title: 'Sent once',
      dateline: { place: 'Vienna', date: '2026-11-27' },
      sourceIds: ['structure-chairpersonship'],
    }
    const send = () =>
      api('/releases', { method: 'POST', token, body, headers: { 'Idempotency-Key': 'kept-across-reload' } })
    const first = await send()
    expect(first.status).toBe(201)
    // Kept in the journal with the release, not only in this tab's memory, which a reload empties
    // (once for the person, once for the token: mocks/handlers/idempotency.ts).
    const kept = Object.keys(localStorage).filter((key) => key.startsWith(`${JOURNAL_PREFIX}idempotencyRecords/`))
    expect(kept.map((key) => JSON.parse(localStorage.getItem(key)!).record.status)).toEqual([201, 201])

    await enablePersistence(defaultStore, localStorage)
    const again = await send()
    expect(again.status).toBe(201)
    expect(again.headers.get('Idempotent-Replayed')).toBe('true')
    expect(again.json.id).toBe(first.json.id)
    expect(defaultStore.database.releases.findMany((q) => q.where({ title: 'Sent once' }))).toHaveLength(1)
  })
})
