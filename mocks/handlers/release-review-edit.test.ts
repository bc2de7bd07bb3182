import { beforeEach, describe, expect, it } from 'vitest'
import { historySchema, inboxPageSchema, problemSchema, releaseSchema, type ReleaseInput } from '../../src/api/contract'
import { db, setNow, signInAs } from '../db'
import { api, tokens, users } from '../test-support/api'

/** A reviewer's correction in review, and four eyes on the content (decision 0016). */
let token: Awaited<ReturnType<typeof tokens>> & { otherReviewer: string }
beforeEach(async () => {
  setNow('2026-11-27T09:00:00Z')
  token = { ...(await tokens()), otherReviewer: await signInAs('user-reviewer-tomasz') }
})

const draft: ReleaseInput = {
  type: 'press-release',
  title: 'OSCE Mission to Serbia suports media freedom training',
  dateline: { place: 'Belgrade', date: '2026-11-30' },
  summary: 'Training for journalists.',
  body: '<p>Journalists from across Serbia trained this week.</p>',
  sourceIds: ['structure-field-operation-mission-to-serbia'],
}
async function inReview() {
  const created = releaseSchema.parse(
    (await api('/releases', { method: 'POST', token: token.editor, body: draft })).json,
  )
  await api(`/releases/${created.id}/transitions`, {
    method: 'POST',
    token: token.editor,
    body: { action: 'submit', version: 1 },
  })
  return created.id
}
const patch = (id: string, as: string, body: Record<string, unknown>) =>
  api(`/releases/${id}`, { method: 'PATCH', token: as, body })
const move = (id: string, as: string, body: Record<string, unknown>) =>
  api(`/releases/${id}/transitions`, { method: 'POST', token: as, body })
const historyOf = async (id: string) =>
  historySchema.parse((await api(`/releases/${id}/history`, { token: token.reviewer })).json).items
const snapshot = () => JSON.stringify([db.releases.all(), db.history.all(), db.notifications.all()])

describe('a reviewer corrects a release in review', () => {
  it('may change its content; it stays in review, recorded with the text before and after, and its author is told', async () => {
    const id = await inReview()
    const asReviewer = releaseSchema.parse((await api(`/releases/${id}`, { token: token.reviewer })).json)
    expect(asReviewer.allowedActions).toEqual(['edit', 'approve', 'request-changes'])
    expect(asReviewer.contentEditedBy).toEqual({ id: users.editor, name: 'Amra Hadžić' })

    setNow('2026-11-27T09:30:00Z')
    const corrected = await patch(id, token.reviewer, {
      title: 'OSCE Mission to Serbia supports media freedom training',
      version: 2,
    })
    expect(corrected.status).toBe(200)
    expect(releaseSchema.parse(corrected.json)).toMatchObject({
      status: 'in-review',
      version: 3,
      title: 'OSCE Mission to Serbia supports media freedom training',
      contentEditedBy: { id: users.reviewer },
      // Four eyes: the one who changed it last may not approve it.
      allowedActions: ['edit', 'request-changes'],
    })
    expect((await historyOf(id)).at(-1)).toEqual({
      id: expect.any(String),
      kind: 'edited-in-review',
      from: 'in-review',
      to: 'in-review',
      actor: { id: users.reviewer, name: 'Claire Dubois' },
      at: '2026-11-27T09:30:00.000Z',
      comment: null,
      publishAt: null,
      contentBefore: { title: draft.title, summary: draft.summary, body: draft.body },
      content: {
        title: 'OSCE Mission to Serbia supports media freedom training',
        summary: draft.summary,
        body: draft.body,
      },
    })
    const inbox = inboxPageSchema.parse((await api('/inbox', { token: token.editor })).json)
    expect(inbox.items[0]).toMatchObject({
      kind: 'edited-in-review',
      release: { id },
      actor: { id: users.reviewer },
      read: false,
    })
    // The reviewer who corrected it hears nothing of their own change.
    const own = inboxPageSchema.parse((await api('/inbox', { token: token.reviewer })).json)
    expect(own.items.some((item) => item.kind === 'edited-in-review')).toBe(false)
  })

  it('its author and admins may not change it in review (403), and nothing is written', async () => {
    const id = await inReview()
    const before = snapshot()
    const byAuthor = await patch(id, token.editor, { title: 'Mine', version: 2 })
    expect(byAuthor.status).toBe(403)
    expect(problemSchema.parse(byAuthor.json).detail).toBe(
      'It is in review: only a reviewer can change it now. Recall it from review to change it yourself.',
    )
    for (const as of [token.otherEditor, token.admin]) {
      const refused = await patch(id, as, { title: 'Theirs', version: 2 })
      expect(refused.status).toBe(403)
      expect(problemSchema.parse(refused.json).detail).toBe('It is in review: only a reviewer can change it now.')
    }
    expect(snapshot()).toBe(before)
  })

  it('whoever changed the content last cannot approve it (403); another reviewer can', async () => {
    const id = await inReview()
    await patch(id, token.reviewer, { summary: 'Training for journalists from all over Serbia.', version: 2 })
    const before = snapshot()
    const refused = await move(id, token.reviewer, { action: 'approve', version: 3 })
    expect(refused.status).toBe(403)
    expect(problemSchema.parse(refused.json).detail).toBe(
      'You changed its content last: another reviewer must approve it (four eyes).',
    )
    expect(snapshot()).toBe(before)
    // Asking for changes stays open to them.
    const asOther = releaseSchema.parse((await api(`/releases/${id}`, { token: token.otherReviewer })).json)
    expect(asOther.allowedActions).toEqual(['edit', 'approve', 'request-changes'])
    const approved = await move(id, token.otherReviewer, { action: 'approve', version: 3 })
    expect(approved.status).toBe(200)
    expect(releaseSchema.parse(approved.json).status).toBe('published')
  })

  it('once its author changes it again, the reviewer who corrected it may approve it', async () => {
    const id = await inReview()
    await patch(id, token.reviewer, { summary: 'Corrected.', version: 2 })
    await move(id, token.otherReviewer, { action: 'request-changes', version: 3, comment: 'Longer body.' })
    await patch(id, token.editor, {
      body: '<p>Journalists from across Serbia trained this week in Belgrade.</p>',
      version: 4,
    })
    await move(id, token.editor, { action: 'submit', version: 5 })
    expect((await move(id, token.reviewer, { action: 'approve', version: 6 })).status).toBe(200)
  })
})

describe('a request for changes keeps the text it was about', () => {
  it('stores the title, summary and body as the reviewer saw them', async () => {
    const id = await inReview()
    await move(id, token.reviewer, { action: 'request-changes', version: 2, comment: 'Fix the title.' })
    await patch(id, token.editor, { title: 'A new title', version: 3 })
    const request = (await historyOf(id)).findLast((entry) => entry.kind === 'request-changes')
    expect(request).toMatchObject({
      comment: 'Fix the title.',
      content: { title: draft.title, summary: draft.summary, body: draft.body },
    })
    expect(request?.contentBefore).toBeUndefined()
    // The release says it was sent back, so the queue can mark it when it comes back.
    const release = releaseSchema.parse((await api(`/releases/${id}`, { token: token.reviewer })).json)
    expect(release.changesRequestedAt).toBe('2026-11-27T09:00:00.000Z')
  })
})

describe('a correction keeps a release in review ready for publication', () => {
  it('answers 422 on the field it would empty, and writes nothing', async () => {
    const id = await inReview()
    const before = snapshot()
    const emptied = await patch(id, token.reviewer, { body: '<p> </p>', version: 2 })
    expect(emptied.status).toBe(422)
    expect(problemSchema.parse(emptied.json).errors).toMatchObject({ body: 'Write the body before submitting' })
    expect(snapshot()).toBe(before)
  })
})
