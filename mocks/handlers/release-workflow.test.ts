import { beforeEach, describe, expect, it } from 'vitest'
import {
  commentSchema,
  commentsSchema,
  historySchema,
  inboxPageSchema,
  problemSchema,
  releaseSchema,
  type ReleaseInput,
} from '../../src/api/contract'
import { db, setNow } from '../db'
import { api, tokens, users } from '../test-support/api'

let token: Awaited<ReturnType<typeof tokens>>
beforeEach(async () => {
  setNow('2026-11-27T09:00:00Z')
  token = await tokens()
})

const draft: ReleaseInput = {
  type: 'press-release',
  title: 'OSCE Mission to Serbia supports media freedom training',
  dateline: { place: 'Belgrade', date: '2026-11-30' },
  body: '<p>Journalists from across Serbia trained this week.</p>',
  sourceIds: ['structure-field-operation-mission-to-serbia'],
}
async function create(body: ReleaseInput = draft, as = token.editor) {
  return releaseSchema.parse((await api('/releases', { method: 'POST', token: as, body })).json)
}
const move = (id: string, as: string, body: Record<string, unknown>) =>
  api(`/releases/${id}/transitions`, { method: 'POST', token: as, body })
const historyOf = async (id: string) =>
  historySchema.parse((await api(`/releases/${id}/history`, { token: token.reviewer })).json).items
const inbox = async (as: string, query = '') => inboxPageSchema.parse((await api(`/inbox${query}`, { token: as })).json)
/** Everything a refused call must leave alone. */
const snapshot = () => JSON.stringify([db.releases.all(), db.history.all(), db.comments.all(), db.notifications.all()])

describe('POST /releases/:id/transitions', () => {
  it('submits, schedules on approval with a time ahead, and publishes when the clock passes it', async () => {
    const release = await create()
    expect(release.allowedActions).toEqual(['edit', 'delete', 'submit'])
    const submitted = await move(release.id, token.editor, { action: 'submit', version: 1 })
    expect(submitted.status).toBe(200)
    expect(releaseSchema.parse(submitted.json)).toMatchObject({
      status: 'in-review',
      version: 2,
      submittedAt: '2026-11-27T09:00:00.000Z',
      // Its author may take it back until a reviewer acts.
      allowedActions: ['recall'],
    })
    // Every reviewer hears of it.
    expect((await inbox(token.reviewer)).items[0]).toMatchObject({
      kind: 'awaiting-review',
      release: { id: release.id },
      actor: { id: users.editor },
      read: false,
    })

    setNow('2026-11-27T10:00:00Z')
    const approved = releaseSchema.parse(
      (await move(release.id, token.reviewer, { action: 'approve', version: 2, publishAt: '2026-11-28T08:00:00Z' }))
        .json,
    )
    expect(approved).toMatchObject({
      status: 'scheduled',
      scheduledAt: '2026-11-28T08:00:00.000Z',
      publishedAt: null,
      version: 3,
    })
    expect((await inbox(token.editor)).items[0]).toMatchObject({ kind: 'approved', actor: { id: users.reviewer } })

    setNow('2026-11-28T08:00:00Z')
    // Any request first publishes what is due.
    const published = releaseSchema.parse((await api(`/releases/${release.id}`, { token: token.admin })).json)
    expect(published).toMatchObject({
      status: 'published',
      publishedAt: '2026-11-28T08:00:00.000Z',
      version: 4,
      allowedActions: ['withdraw'],
    })
    const history = await historyOf(release.id)
    expect(history.map((entry) => [entry.kind, entry.from, entry.to, entry.actor?.id ?? null])).toEqual([
      ['created', null, 'draft', users.editor],
      ['submit', 'draft', 'in-review', users.editor],
      ['approve', 'in-review', 'scheduled', users.reviewer],
      ['published', 'scheduled', 'published', null],
    ])
    expect(history[2]).toMatchObject({ at: '2026-11-27T10:00:00.000Z', publishAt: '2026-11-28T08:00:00.000Z' })
    expect((await inbox(token.editor)).items.map((n) => n.kind).slice(0, 2)).toEqual(['published', 'approved'])
  })

  it('publishes at once when approved without a time or with a time past', async () => {
    for (const publishAt of [undefined, null, '2026-11-01T00:00:00Z']) {
      const release = await create()
      await move(release.id, token.editor, { action: 'submit', version: 1 })
      const approved = releaseSchema.parse(
        (await move(release.id, token.reviewer, { action: 'approve', version: 2, publishAt })).json,
      )
      expect(approved).toMatchObject({
        status: 'published',
        publishedAt: '2026-11-27T09:00:00.000Z',
        scheduledAt: null,
      })
    }
  })

  it('answers 422 naming what a release lacks before review, 409 on a stale version or a move not legal now, 403 to the wrong person', async () => {
    const empty = await create({ ...draft, body: '<p> </p>' })
    const notReady = await move(empty.id, token.editor, { action: 'submit', version: 1 })
    expect(notReady.status).toBe(422)
    expect(Object.keys(problemSchema.parse(notReady.json).errors ?? {})).toEqual(['body'])

    const release = await create()
    const stale = await move(release.id, token.editor, { action: 'submit', version: 7 })
    expect(stale).toMatchObject({ status: 409, json: { currentVersion: 1 } })
    // The document's Problem is closed: what a refused step adds (the status now) is in it.
    const notInReview = await move(release.id, token.reviewer, { action: 'approve', version: 1 })
    expect(problemSchema.strict().parse(notInReview.json)).toMatchObject({ status: 409, currentStatus: 'draft' })
    expect(problemSchema.strict().parse(stale.json)).toMatchObject({ currentVersion: 1 })
    expect((await move(release.id, token.otherEditor, { action: 'submit', version: 1 })).status).toBe(403)
    await move(release.id, token.editor, { action: 'submit', version: 1 })
    expect((await move(release.id, token.admin, { action: 'approve', version: 2 })).status).toBe(403)
    expect((await move(release.id, token.editor, { action: 'submit', version: 2 })).status).toBe(409)
    const noComment = await move(release.id, token.reviewer, { action: 'request-changes', version: 2 })
    expect(problemSchema.parse(noComment.json)).toMatchObject({
      status: 422,
      errors: { comment: 'Say what needs to change' },
    })
    expect((await move('release-nope', token.reviewer, { action: 'approve', version: 1 })).status).toBe(404)
  })

  it('every action names the version it was decided on: an older one answers 409, none answers 422, and neither changes anything (issue #10)', async () => {
    const release = await create()
    const steps = [
      { as: token.editor, body: { action: 'submit' } },
      { as: token.reviewer, body: { action: 'request-changes', comment: 'Shorter.' } },
      { as: token.editor, body: { action: 'submit' } },
      { as: token.reviewer, body: { action: 'approve', comment: 'Fine.' } },
      { as: token.admin, body: { action: 'withdraw', comment: 'Outdated.' } },
      { as: token.admin, body: { action: 'reopen' } },
    ]
    // An edit first, so that every step has a version before the current one to be stale on.
    await api(`/releases/${release.id}`, {
      method: 'PATCH',
      token: token.editor,
      body: { summary: 'Training.', version: 1 },
    })
    let version = 2
    // What each step met, named by its action, so that a failure says which one.
    const outcomes = []
    for (const { as, body } of steps) {
      const before = snapshot()
      const stale = await move(release.id, as, { ...body, version: version - 1 })
      const blind = await move(release.id, as, body)
      const unchanged = snapshot() === before
      const done = await move(release.id, as, { ...body, version })
      outcomes.push({
        action: body.action,
        stale: { status: stale.status, currentVersion: stale.json?.currentVersion },
        blind: { status: blind.status, fields: Object.keys(problemSchema.parse(blind.json).errors ?? {}) },
        unchanged,
        done: done.status,
      })
      version += 1
    }
    expect(outcomes).toEqual(
      steps.map(({ body }, index) => ({
        action: body.action,
        stale: { status: 409, currentVersion: index + 2 },
        blind: { status: 422, fields: ['version'] },
        unchanged: true,
        done: 200,
      })),
    )
  })

  it('a refused call leaves the database as it was', async () => {
    const release = await create()
    await move(release.id, token.editor, { action: 'submit', version: 1 })
    const before = snapshot()
    const refusals = [
      move(release.id, token.editor, { action: 'approve', version: 2 }),
      move(release.id, token.reviewer, { action: 'approve', version: 1 }),
      move(release.id, token.reviewer, { action: 'withdraw', version: 2, comment: 'x' }),
      move(release.id, token.reviewer, { action: 'request-changes', version: 2 }),
      api(`/releases/${release.id}`, { method: 'PATCH', token: token.editor, body: { title: 'x', version: 2 } }),
      api(`/releases/${release.id}`, { method: 'DELETE', token: token.editor }),
      api(`/releases/${release.id}/comments`, { method: 'POST', token: token.editor, body: { body: '' } }),
    ]
    for (const refusal of refusals) expect((await refusal).status).toBeGreaterThanOrEqual(400)
    expect(snapshot()).toBe(before)
  })

  it('requests changes with a comment the author receives; resubmits; an admin withdraws with a reason and reopens', async () => {
    const release = await create()
    await move(release.id, token.editor, { action: 'submit', version: 1 })
    const sentBack = releaseSchema.parse(
      (await move(release.id, token.reviewer, { action: 'request-changes', version: 2, comment: 'Name the donor.' }))
        .json,
    )
    expect(sentBack).toMatchObject({ status: 'changes-requested', allowedActions: [] })
    expect((await inbox(token.editor)).items[0]).toMatchObject({
      kind: 'changes-requested',
      comment: 'Name the donor.',
    })
    await api(`/releases/${release.id}`, {
      method: 'PATCH',
      token: token.editor,
      body: { summary: 'Funded by Norway.', version: 3 },
    })
    await move(release.id, token.editor, { action: 'submit', version: 4 })
    await move(release.id, token.reviewer, { action: 'approve', version: 5 })
    const withdrawn = releaseSchema.parse(
      (await move(release.id, token.admin, { action: 'withdraw', version: 6, comment: 'Wrong figures.' })).json,
    )
    expect(withdrawn).toMatchObject({ status: 'withdrawn', allowedActions: ['reopen'] })
    expect((await inbox(token.editor)).items[0]).toMatchObject({
      kind: 'withdrawn',
      comment: 'Wrong figures.',
      actor: { id: users.admin },
    })
    const reopened = releaseSchema.parse((await move(release.id, token.admin, { action: 'reopen', version: 7 })).json)
    expect(reopened).toMatchObject({ status: 'draft', publishedAt: null, scheduledAt: null })
    expect((await historyOf(release.id)).map((entry) => entry.kind)).toEqual([
      'created',
      'submit',
      'request-changes',
      'submit',
      'approve',
      'withdraw',
      'reopen',
    ])
  })

  it('its author recalls a release from review until a reviewer acts; nobody else may', async () => {
    const release = await create()
    await move(release.id, token.editor, { action: 'submit', version: 1 })
    const before = snapshot()
    for (const as of [token.otherEditor, token.reviewer, token.admin]) {
      const refused = await move(release.id, as, { action: 'recall', version: 2 })
      expect(refused.status).toBe(403)
      expect(problemSchema.parse(refused.json).detail).toBe('Only its author can recall a release from review.')
    }
    // Bound to the version seen, as every decision: none is a 422, an older one a 409.
    expect((await move(release.id, token.editor, { action: 'recall' })).status).toBe(422)
    expect((await move(release.id, token.editor, { action: 'recall', version: 1 })).status).toBe(409)
    expect(snapshot()).toBe(before)

    setNow('2026-11-27T09:30:00Z')
    const recalled = releaseSchema.parse(
      (await move(release.id, token.editor, { action: 'recall', version: 2, comment: 'A typo in the title.' })).json,
    )
    expect(recalled).toMatchObject({ status: 'draft', version: 3, allowedActions: ['edit', 'delete', 'submit'] })
    expect((await historyOf(release.id)).at(-1)).toMatchObject({
      kind: 'recall',
      from: 'in-review',
      to: 'draft',
      actor: { id: users.editor },
      at: '2026-11-27T09:30:00.000Z',
      comment: 'A typo in the title.',
    })

    // Once a reviewer has acted, it is too late.
    await move(release.id, token.editor, { action: 'submit', version: 3 })
    await move(release.id, token.reviewer, { action: 'request-changes', version: 4, comment: 'Shorter.' })
    const late = await move(release.id, token.editor, { action: 'recall', version: 5 })
    expect(late.status).toBe(409)
    expect(problemSchema.parse(late.json).detail).toBe(
      'This release is changes requested: it cannot be recalled from review now.',
    )
  })

  it('nobody changes a scheduled release (409 says how); an admin returns it to draft, seen and recorded: the approval does not survive', async () => {
    const release = await create()
    await move(release.id, token.editor, { action: 'submit', version: 1 })
    await move(release.id, token.reviewer, { action: 'approve', version: 2, publishAt: '2026-12-24T09:00:00Z' })
    const before = snapshot()
    // Changed behaviour (issue 13): an admin's PATCH used to return it to draft silently; now it is refused.
    const patched = await api(`/releases/${release.id}`, {
      method: 'PATCH',
      token: token.admin,
      body: { title: 'A new title', version: 3 },
    })
    expect(patched.status).toBe(409)
    expect(problemSchema.parse(patched.json)).toMatchObject({
      currentStatus: 'scheduled',
      detail:
        'It is scheduled for publication: return it to draft (unschedule) to change it; it then needs a new review.',
    })
    const byAuthor = await api(`/releases/${release.id}`, {
      method: 'PATCH',
      token: token.editor,
      body: { title: 'x', version: 3 },
    })
    expect(byAuthor.status).toBe(409)
    expect(problemSchema.parse(byAuthor.json).detail).toBe(
      'It is scheduled for publication: only an admin can return it to draft to change it.',
    )
    // Only admins return it to draft.
    for (const as of [token.editor, token.reviewer]) {
      const refused = await move(release.id, as, { action: 'unschedule', version: 3 })
      expect(refused.status).toBe(403)
      expect(problemSchema.parse(refused.json).detail).toBe('Only admins can return a scheduled release to draft.')
    }
    expect(snapshot()).toBe(before)
    expect(
      releaseSchema.parse((await api(`/releases/${release.id}`, { token: token.admin })).json).allowedActions,
    ).toEqual(['withdraw', 'unschedule'])

    setNow('2026-11-27T11:00:00Z')
    const unscheduled = releaseSchema.parse(
      (await move(release.id, token.admin, { action: 'unschedule', version: 3, comment: 'The figures changed.' })).json,
    )
    expect(unscheduled).toMatchObject({
      status: 'draft',
      scheduledAt: null,
      publishedAt: null,
      version: 4,
      allowedActions: ['edit', 'delete', 'submit'],
    })
    expect((await historyOf(release.id)).at(-1)).toMatchObject({
      kind: 'unschedule',
      from: 'scheduled',
      to: 'draft',
      actor: { id: users.admin },
      at: '2026-11-27T11:00:00.000Z',
      comment: 'The figures changed.',
      // The publication time it cancelled.
      publishAt: '2026-12-24T09:00:00.000Z',
    })
    expect((await inbox(token.editor)).items[0]).toMatchObject({
      kind: 'unscheduled',
      release: { id: release.id },
      actor: { id: users.admin },
      comment: 'The figures changed.',
    })
    // Now it may be changed, and it needs a new review: nothing is published at the old time.
    const changed = await api(`/releases/${release.id}`, {
      method: 'PATCH',
      token: token.admin,
      body: { title: 'A new title', version: 4 },
    })
    expect(releaseSchema.parse(changed.json)).toMatchObject({ status: 'draft', title: 'A new title', version: 5 })
    setNow('2026-12-25T00:00:00Z')
    expect(releaseSchema.parse((await api(`/releases/${release.id}`, { token: token.admin })).json).status).toBe(
      'draft',
    )
    // Twice is a 409: it is a draft now.
    const again = await move(release.id, token.admin, { action: 'unschedule', version: 5 })
    expect(again.status).toBe(409)
    expect(problemSchema.parse(again.json)).toMatchObject({
      currentStatus: 'draft',
      detail: 'This release is draft: it cannot be returned to draft now.',
    })
  })
})

describe('history of the seed', () => {
  it('the source page’s release: created, submitted, approved by a reviewer, published', async () => {
    const history = await historyOf('release-borg-tajikistan')
    expect(history.map((entry) => [entry.kind, entry.to, entry.actor?.name])).toEqual([
      ['created', 'draft', 'Jonas Lindqvist'],
      ['submit', 'in-review', 'Jonas Lindqvist'],
      ['approve', 'published', 'Claire Dubois'],
    ])
  })

  it('every seeded release has a history that leads to its status, four eyes on each approval, submittedAt its last submission', () => {
    const reviewers = new Set(
      db.users
        .all()
        .filter((user) => user.role === 'reviewer')
        .map((user) => user.id),
    )
    for (const release of db.releases.all()) {
      const entries = db.seedHistory.get(release.id)!
      expect(entries[0]).toMatchObject({
        kind: 'created',
        from: null,
        to: 'draft',
        actorId: release.authorId,
        at: new Date(release.createdAt).toISOString(),
      })
      for (let i = 1; i < entries.length; i++) {
        expect(entries[i]!.from).toBe(entries[i - 1]!.to)
        expect(entries[i]!.at >= entries[i - 1]!.at).toBe(true)
      }
      expect(entries.at(-1)!.to).toBe(release.status)
      for (const approval of entries.filter((entry) => entry.kind === 'approve')) {
        expect(reviewers.has(approval.actorId!)).toBe(true)
        expect(approval.actorId).not.toBe(release.authorId)
      }
      expect(release.submittedAt).toBe(entries.findLast((entry) => entry.kind === 'submit')?.at ?? null)
      expect(entries.length).toBeLessThanOrEqual(release.version)
    }
  })

  it('seeds notifications for every editor and reviewer (admins hear only of comments)', async () => {
    const recipients = new Set(db.notifications.all().map((notification) => notification.recipientId))
    expect(db.users.all().filter((person) => person.role !== 'admin' && !recipients.has(person.id))).toEqual([])
  })
})

describe('comments', () => {
  it('stores plain text, lists oldest first, and notifies the author and the reviewers who acted, never the commenter', async () => {
    const release = await create()
    await move(release.id, token.editor, { action: 'submit', version: 1 })
    await move(release.id, token.reviewer, { action: 'request-changes', version: 2, comment: 'Shorter, please.' })
    const before = (await inbox(token.editor)).total
    const posted = await api(`/releases/${release.id}/comments`, {
      method: 'POST',
      token: token.admin,
      body: { body: '  <b>Agreed</b> & done  ' },
    })
    expect(posted.status).toBe(201)
    expect(commentSchema.parse(posted.json)).toMatchObject({
      body: '<b>Agreed</b> & done',
      author: { id: users.admin },
    })
    setNow('2026-11-27T09:05:00Z')
    await api(`/releases/${release.id}/comments`, { method: 'POST', token: token.editor, body: { body: 'Shortened.' } })
    const { items } = commentsSchema.parse(
      (await api(`/releases/${release.id}/comments`, { token: token.otherEditor })).json,
    )
    expect(items.map((comment) => comment.body)).toEqual(['<b>Agreed</b> & done', 'Shortened.'])

    const editorInbox = await inbox(token.editor)
    expect(editorInbox.total).toBe(before + 1)
    expect(editorInbox.items[0]).toMatchObject({
      kind: 'commented',
      comment: '<b>Agreed</b> & done',
      actor: { id: users.admin },
    })
    const reviewerInbox = await inbox(token.reviewer)
    expect(reviewerInbox.items.filter((n) => n.kind === 'commented').map((n) => n.actor?.id)).toEqual([
      users.editor,
      users.admin,
    ])
    expect((await inbox(token.admin)).items.some((n) => n.kind === 'commented')).toBe(false)

    const tooLong = await api(`/releases/${release.id}/comments`, {
      method: 'POST',
      token: token.editor,
      body: { body: 'x'.repeat(2001) },
    })
    expect(problemSchema.parse(tooLong.json).errors?.body).toBeTruthy()
  })
})

describe('inbox', () => {
  it('pages newest first with the unread count, filters unread, and marks read by id or all (only one’s own)', async () => {
    const release = await create()
    await move(release.id, token.editor, { action: 'submit', version: 1 })
    const first = await inbox(token.reviewer, '?pageSize=2')
    expect(first.items).toHaveLength(2)
    expect(first.unread).toBeGreaterThan(0)
    const ats = (await inbox(token.reviewer, '?pageSize=100')).items.map((n) => n.at)
    expect(ats.toSorted().toReversed()).toEqual(ats)
    const unreadOnly = await inbox(token.reviewer, '?unread=true&pageSize=100')
    expect(unreadOnly.items.every((n) => !n.read)).toBe(true)
    expect(unreadOnly.total).toBe(unreadOnly.unread)

    const target = first.items[0]!.id
    // Somebody else's ids are ignored.
    expect((await api('/inbox/read', { method: 'POST', token: token.editor, body: { ids: [target] } })).status).toBe(
      204,
    )
    expect((await inbox(token.reviewer)).unread).toBe(first.unread)
    expect((await api('/inbox/read', { method: 'POST', token: token.reviewer, body: { ids: [target] } })).status).toBe(
      204,
    )
    expect((await inbox(token.reviewer)).unread).toBe(first.unread - 1)
    expect((await api('/inbox/read', { method: 'POST', token: token.reviewer, body: { all: true } })).status).toBe(204)
    expect((await inbox(token.reviewer)).unread).toBe(0)
    expect((await api('/inbox/read', { method: 'POST', token: token.reviewer, body: {} })).status).toBe(422)
    expect((await api('/inbox?pageSize=500', { token: token.reviewer })).status).toBe(422)
  })
})
