import { beforeEach, describe, expect, it } from 'vitest'
import {
  historySchema,
  inboxPageSchema,
  problemSchema,
  releaseSchema,
  type Release,
  type ReleaseInput,
} from '../../src/api/contract'
import { commit, db, find, setNow, signInAs } from '../db'
import { api, tokens, users } from '../test-support/api'

/**
 * POST /releases/{id}/transitions with `confirm-translation` (decision 0020): a reviewer confirms that
 * a stale translation still says what its original says now.
 */
let token: Awaited<ReturnType<typeof tokens>>
beforeEach(async () => {
  setNow('2026-11-30T09:00:00Z')
  token = await tokens()
})

const english: ReleaseInput = {
  type: 'press-release',
  title: 'Chair visits Dushanbe',
  dateline: { place: 'Dushanbe', date: '2026-11-30' },
  summary: 'The Chair met the President.',
  body: '<p>The Chair met the President.</p>',
  sourceIds: ['structure-chairpersonship'],
}
const move = (id: string, as: string, body: Record<string, unknown>) =>
  api(`/releases/${id}/transitions`, { method: 'POST', token: as, body })
const read = async (id: string, as = token.reviewer) =>
  releaseSchema.parse((await api(`/releases/${id}`, { token: as })).json)
const ok = async (answer: Promise<{ status: number; json: unknown }>) => {
  const { status, json } = await answer
  expect({ status, json }).toMatchObject({ status: 200 })
  return releaseSchema.parse(json)
}
/** Everything a refused call must leave alone. */
const snapshot = () => JSON.stringify([db.releases.all(), db.history.all(), db.notifications.all()])

/**
 * Amra's English original, Jonas's Russian translation of it published by Claire, then the English
 * reworded: the Russian is published and stale.
 */
async function stalePublishedRussian(): Promise<{ original: Release; russian: Release }> {
  const created = releaseSchema.parse(
    (await api('/releases', { method: 'POST', token: token.editor, body: english })).json,
  )
  const made = await api(`/releases/${created.id}/translations`, {
    method: 'POST',
    token: token.otherEditor,
    body: { language: 'ru' },
  })
  const translation = releaseSchema.parse(made.json)
  const submitted = await ok(move(translation.id, token.otherEditor, { action: 'submit', version: 1 }))
  await ok(move(translation.id, token.reviewer, { action: 'approve', version: submitted.version }))
  const original = await ok(
    api(`/releases/${created.id}`, {
      method: 'PATCH',
      token: token.editor,
      body: { summary: 'The Chair met the President of Tajikistan.', version: created.version },
    }),
  )
  const russian = await read(translation.id)
  expect(russian).toMatchObject({ status: 'published', stale: true })
  return { original, russian }
}

const confirm = (release: Release, originalRevision: number, comment?: string) => ({
  action: 'confirm-translation',
  version: release.version,
  originalRevision,
  ...(comment ? { comment } : {}),
})

describe('confirming a stale translation still correct', () => {
  it('200: a reviewer confirms; it stays published, is no longer stale, the history and its author’s inbox say so', async () => {
    const { original, russian } = await stalePublishedRussian()
    expect(russian.allowedActions).toContain('confirm-translation')
    const confirmed = await ok(
      move(russian.id, token.reviewer, confirm(russian, original.contentRevision, 'Only a typo in the English.')),
    )
    expect(confirmed).toMatchObject({
      status: 'published',
      stale: false,
      title: russian.title,
      body: russian.body,
      version: russian.version + 1,
      basedOn: { revision: original.contentRevision, summary: 'The Chair met the President of Tajikistan.' },
    })
    expect(confirmed.allowedActions).not.toContain('confirm-translation')
    const history = historySchema.parse((await api(`/releases/${russian.id}/history`, { token: token.editor })).json)
    expect(history.items.at(-1)).toMatchObject({
      kind: 'confirm-translation',
      from: 'published',
      to: 'published',
      actor: { id: users.reviewer },
      comment: 'Only a typo in the English.',
      originalRevision: original.contentRevision,
    })
    const inbox = inboxPageSchema.parse((await api('/inbox', { token: token.otherEditor })).json)
    expect(inbox.items[0]).toMatchObject({
      kind: 'translation-confirmed',
      actor: { id: users.reviewer },
      release: { id: russian.id, language: 'ru', languageVersions: 2 },
    })
  })

  it('403 for an editor, its own translator included, and for an admin; nothing changes', async () => {
    const { original, russian } = await stalePublishedRussian()
    const before = snapshot()
    for (const as of [token.otherEditor, token.editor, token.admin]) {
      const refused = await move(russian.id, as, confirm(russian, original.contentRevision))
      expect(refused.status).toBe(403)
      expect(problemSchema.parse(refused.json).detail).toMatch(/Only reviewers can confirm/)
    }
    expect(snapshot()).toBe(before)
    expect((await read(russian.id, token.otherEditor)).allowedActions).not.toContain('confirm-translation')
  })

  it('403 for the reviewer who wrote the translation (four eyes), though another reviewer may', async () => {
    const { original, russian } = await stalePublishedRussian()
    await commit('releases', russian.id, (current) => ({ ...current!, authorId: users.reviewer }))
    const own = await move(russian.id, token.reviewer, confirm(russian, original.contentRevision))
    expect(own.status).toBe(403)
    expect(problemSchema.parse(own.json).detail).toBe('Nobody can confirm a translation they wrote (four eyes).')
    const tomasz = await signInAs('user-reviewer-tomasz')
    await ok(move(russian.id, tomasz, confirm(russian, original.contentRevision)))
  })

  it('409 on a translation that follows its original, on an original, and when the original changed again', async () => {
    const { original, russian } = await stalePublishedRussian()
    const onOriginal = await move(original.id, token.reviewer, confirm(original, original.contentRevision))
    expect(onOriginal.status).toBe(409)

    const reworded = await ok(
      api(`/releases/${original.id}`, {
        method: 'PATCH',
        token: token.editor,
        body: { summary: 'Reworded again.', version: original.version },
      }),
    )
    const before = snapshot()
    const older = await move(russian.id, token.reviewer, confirm(russian, original.contentRevision))
    expect(older.status).toBe(409)
    expect(older.json).toMatchObject({ originalRevision: reworded.contentRevision })
    expect(snapshot()).toBe(before)

    const confirmed = await ok(move(russian.id, token.reviewer, confirm(russian, reworded.contentRevision)))
    const twice = await move(russian.id, token.reviewer, confirm(confirmed, reworded.contentRevision))
    expect(twice.status).toBe(409)
    expect(problemSchema.parse(twice.json).detail).toMatch(/nothing to confirm/)
  })

  it('409 on a stale draft (its translator brings it up to date); 422 without the original’s revision', async () => {
    const { original, russian } = await stalePublishedRussian()
    const missing = await move(russian.id, token.reviewer, { action: 'confirm-translation', version: russian.version })
    expect(missing.status).toBe(422)
    expect(missing.json.errors).toMatchObject({ originalRevision: 'Say which revision of the original you compared' })
    await commit('releases', russian.id, (current) => ({ ...current!, status: 'draft', publishedAt: null }))
    const draft = await move(russian.id, token.reviewer, confirm(russian, original.contentRevision))
    expect(draft.status).toBe(409)
    expect(problemSchema.parse(draft.json).detail).toMatch(/its translator brings it up to date/)
    expect(find('releases', russian.id)?.basedOn?.revision).toBe(0)
  })

  it('the inbox names the language of a version in a family, and a release without translations too', async () => {
    const solo = releaseSchema.parse(
      (await api('/releases', { method: 'POST', token: token.editor, body: english })).json,
    )
    await ok(move(solo.id, token.editor, { action: 'submit', version: solo.version }))
    const inbox = inboxPageSchema.parse((await api('/inbox', { token: token.reviewer })).json)
    expect(inbox.items[0]).toMatchObject({ release: { id: solo.id, language: 'en', languageVersions: 1 } })
  })
})
