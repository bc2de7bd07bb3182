import { afterEach, describe, expect, it } from 'vitest'
import { problemSchema, releaseSchema } from '../../src/api/contract'
import { collectionNames } from '../collections'
import { db, find, resetDb, setNow, store } from '../db'
import { api, tokens as signIn, users } from '../test-support/api'
import { fullableStorage } from '../test-support/full-storage'
import { createJournal, JOURNAL_PREFIX } from './journal'

/**
 * Decision 0014: a write and everything it implies commit together or not at all. For each
 * kind of write, the browser's storage runs out at each of the journal entries the write
 * needs in turn: the answer is a 503 problem and nothing changed (collections, schedule,
 * journal); once there is room again, a Retry with the same Idempotency-Key does it, once.
 */
const RELEASES = 20
const full = fullableStorage(localStorage)
type Tokens = Awaited<ReturnType<typeof signIn>>
type Call = { method: string; path: string; token: string | null; body?: unknown }

async function freshDatabase() {
  store.journal = null
  localStorage.clear()
  full.free()
  await resetDb({ releases: RELEASES })
  store.journal = createJournal(full.storage)
  setNow('2026-11-27T09:00:00Z')
  return signIn()
}
afterEach(() => {
  store.journal = null
  full.free()
})

/** Everything a write can change, as one string. */
function snapshot(): string {
  const journal = Object.keys(localStorage)
    .filter((key) => key.startsWith(JOURNAL_PREFIX))
    .toSorted()
    .map((key) => [key, localStorage.getItem(key)])
  return JSON.stringify([collectionNames.map((name) => db[name].all()), [...db.schedule], journal])
}

const send = (call: Call, key: string) =>
  api(call.path, { method: call.method, token: call.token, body: call.body, headers: { 'Idempotency-Key': key } })
const draft = {
  type: 'press-release',
  title: 'Atomic',
  dateline: { place: 'Vienna', date: '2026-11-27' },
  body: '<p>Text</p>',
  sourceIds: ['structure-chairpersonship'],
}
async function created(t: Tokens) {
  return releaseSchema.parse((await api('/releases', { method: 'POST', token: t.editor, body: draft })).json)
}
const move = (id: string, token: string, body: Record<string, unknown>) =>
  api(`/releases/${id}/transitions`, { method: 'POST', token, body })
const historyKinds = (releaseId: string) =>
  db.history.findMany((q) => q.where({ releaseId })).map((entry) => entry.kind)
const notificationsOf = (releaseId: string, kind: 'awaiting-review' | 'commented' | 'unscheduled') =>
  db.notifications.findMany((q) => q.where({ releaseId, kind }))

type Case = {
  /** Builds what the write acts on (with room to spare) and answers the call. */
  arrange: (t: Tokens) => Promise<Call>
  /** The write happened, exactly once. */
  done: (t: Tokens, call: Call, answer: Awaited<ReturnType<typeof api>>) => void
}

const cases: Record<string, Case> = {
  'create a release': {
    arrange: async (t) => ({ method: 'POST', path: '/releases', token: t.editor, body: draft }),
    done: (_, __, answer) => {
      expect(db.releases.findMany((q) => q.where({ title: 'Atomic' }))).toHaveLength(1)
      expect(historyKinds(answer.json.id)).toEqual(['created'])
    },
  },
  'return a scheduled release to draft (its schedule, history and a notification)': {
    arrange: async (t) => {
      const { id } = await created(t)
      await move(id, t.editor, { action: 'submit', version: 1 })
      await move(id, t.reviewer, { action: 'approve', version: 2, publishAt: '2099-01-01T09:00:00Z' })
      return {
        method: 'POST',
        path: `/releases/${id}/transitions`,
        token: t.admin,
        body: { action: 'unschedule', version: 3, comment: 'A figure to correct.' },
      }
    },
    done: (_, __, answer) => {
      expect(find('releases', answer.json.id)).toMatchObject({ status: 'draft', scheduledAt: null, version: 4 })
      expect(historyKinds(answer.json.id).filter((kind) => kind === 'unschedule')).toHaveLength(1)
      expect(notificationsOf(answer.json.id, 'unscheduled')).toHaveLength(1)
      expect(db.schedule.has(answer.json.id)).toBe(false)
    },
  },
  'delete a draft': {
    arrange: async (t) => ({ method: 'DELETE', path: `/releases/${(await created(t)).id}`, token: t.editor }),
    done: (_, call) => expect(find('releases', call.path.split('/')[2]!)).toBeUndefined(),
  },
  'submit for review (history and a notification per reviewer)': {
    arrange: async (t) => ({
      method: 'POST',
      path: `/releases/${(await created(t)).id}/transitions`,
      token: t.editor,
      body: { action: 'submit', version: 1 },
    }),
    done: (_, __, answer) => {
      expect(find('releases', answer.json.id)).toMatchObject({ status: 'in-review', version: 2 })
      expect(historyKinds(answer.json.id)).toEqual(['created', 'submit'])
      expect(notificationsOf(answer.json.id, 'awaiting-review')).toHaveLength(
        db.users.findMany((q) => q.where({ role: 'reviewer' })).length,
      )
    },
  },
  'comment (and notify the author)': {
    arrange: async (t) => ({
      method: 'POST',
      path: `/releases/${(await created(t)).id}/comments`,
      token: t.reviewer,
      body: { body: 'Looks good.' },
    }),
    done: (_, call) => {
      const releaseId = call.path.split('/')[2]!
      expect(db.comments.findMany((q) => q.where({ releaseId }))).toHaveLength(1)
      expect(notificationsOf(releaseId, 'commented')).toHaveLength(1)
    },
  },
  'assign releases to a field operation': {
    arrange: async (t) => {
      const releaseIds = [(await created(t)).id, (await created(t)).id]
      return {
        method: 'POST',
        path: '/releases/assignments',
        token: t.admin,
        body: { releaseIds, fieldOperationIds: ['field-operation-programme-office-in-dushanbe'], mode: 'add' },
      }
    },
    done: (_, call) => {
      for (const id of (call.body as { releaseIds: string[] }).releaseIds) {
        expect(find('releases', id)?.fieldOperationIds).toEqual(['field-operation-programme-office-in-dushanbe'])
        expect(historyKinds(id)).toEqual(['created', 'assigned'])
      }
    },
  },
  'mark the inbox read': {
    arrange: async (t) => {
      await move((await created(t)).id, t.editor, { action: 'submit', version: 1 })
      return { method: 'POST', path: '/inbox/read', token: t.reviewer, body: { all: true } }
    },
    done: () =>
      expect(db.notifications.findMany((q) => q.where({ recipientId: users.reviewer, read: false }))).toHaveLength(0),
  },
  'create a State': {
    arrange: async (t) => ({
      method: 'POST',
      path: '/states',
      token: t.admin,
      body: { name: 'Atlantis', iso2: 'AQ', kind: 'participating-state', capital: null },
    }),
    done: () => expect(db.states.findMany((q) => q.where({ name: 'Atlantis' }))).toHaveLength(1),
  },
  'change a State': {
    arrange: async (t) => ({
      method: 'PATCH',
      path: '/states/state-al',
      token: t.admin,
      body: { name: 'Albania', iso2: 'AL', kind: 'participating-state', capital: 'Durrës', version: 1 },
    }),
    done: () => expect(find('states', 'state-al')).toMatchObject({ capital: 'Durrës', version: 2 }),
  },
  'delete a State nothing uses': {
    arrange: async (t) => {
      const state = await api('/states', {
        method: 'POST',
        token: t.admin,
        body: { name: 'Atlantis', iso2: 'AQ', kind: 'participating-state', capital: null },
      })
      return { method: 'DELETE', path: `/states/${state.json.id}`, token: t.admin }
    },
    done: (_, call) => expect(find('states', call.path.split('/')[2]!)).toBeUndefined(),
  },
  'sign in': {
    arrange: async () => ({ method: 'POST', path: '/session', token: null, body: { userId: users.reviewer } }),
    done: (_, __, answer) => expect(find('sessions', answer.json.token)).toMatchObject({ userId: users.reviewer }),
  },
  'sign out': {
    arrange: async (t) => ({ method: 'DELETE', path: '/session', token: t.otherEditor }),
    done: (t) => expect(find('sessions', t.otherEditor)).toBeUndefined(),
  },
}

/**
 * Makes the journal fail at its 1st write, then (from scratch) at its 2nd, … until the write
 * fits: each time the answer is a 503 problem with nothing changed, and a Retry with the
 * same key once storage works again does the write, once. A write that needs no room at
 * all (it only shrinks entries) goes through even when storage is full.
 */
async function failEachJournalWrite(name: string, arm: (writes: number) => void) {
  const { arrange, done } = cases[name]!
  for (let writes = 0; ; writes++) {
    const t = await freshDatabase()
    const call = await arrange(t)
    const key = crypto.randomUUID()
    const before = snapshot()
    arm(writes)
    const refused = await send(call, key)
    // The write fitted, or needed no room: the test judges its answer.
    if (!full.tripped) return { writes, t, call, answer: refused }
    expect(refused.status).toBe(503)
    expect(refused.contentType).toContain('application/problem+json')
    expect(problemSchema.parse(refused.json)).toMatchObject({
      status: 503,
      title: 'The demo’s browser storage is full',
    })
    expect(snapshot(), `the journal failed after ${writes} writes`).toBe(before)

    full.free()
    const retried = await send(call, key)
    expect(retried.status).toBeLessThan(300)
    expect(retried.headers.get('Idempotent-Replayed')).toBeNull()
    done(t, call, retried)
    const after = snapshot()
    const replayed = await send(call, key)
    expect(replayed.headers.get('Idempotent-Replayed')).toBe('true')
    expect(snapshot()).toBe(after)
  }
}

describe('a write whose journal cannot be stored', () => {
  it.each(Object.keys(cases))('%s: 503 with nothing changed, then Retry does it once', async (name) => {
    const { writes, t, call, answer } = await failEachJournalWrite(name, (n) => full.failWrite(n))
    expect(writes, 'the write stores at least one journal entry').toBeGreaterThan(0)
    expect(answer.status).toBeLessThan(300)
    cases[name]!.done(t, call, answer)
  })

  it.each(Object.keys(cases))('%s, with the storage full: the same, unless it needs no room', async (name) => {
    const { t, call, answer } = await failEachJournalWrite(name, (n) => full.fullAfter(n))
    expect(answer.status).toBeLessThan(300)
    cases[name]!.done(t, call, answer)
  })
})
