import { describe, expect, it } from 'vitest'
import { allowedActions, whyNot, type ReleaseStatus } from '../../src/api/contract'
import type { StoredRelease } from '../../server/core/records'
import { at, original } from './test-original'
import { seedUsers } from '../seed/users'
import { notificationsForEntry } from '../../server/core/workflow/notify'
import { applyTransition } from '../../server/core/workflow/transitions'
import { isStale, newTranslation } from '../../server/core/workflow/translations'

const later = new Date('2026-12-01T09:00:00Z')
const translator = { id: 'user-editor-jonas', role: 'editor' as const }
const claire = { id: 'user-reviewer-claire', role: 'reviewer' as const }
const tomasz = { id: 'user-reviewer-tomasz', role: 'reviewer' as const }
const admin = { id: 'user-admin-elena', role: 'admin' as const }
/** The original after a typo fix: revision 1, its summary reworded. */
const revised: StoredRelease = {
  ...original,
  summary: 'The Chair met the President of Tajikistan.',
  contentRevision: 1,
}

/** A Russian translation made from revision 0, now in `status`, so stale against `revised`. */
const staleRussian = (status: ReleaseStatus, extra: Partial<StoredRelease> = {}): StoredRelease => ({
  ...newTranslation(original, 'ru', translator.id, 'release-ru', at),
  title: 'Председатель завершил визит',
  status,
  publishedAt: status === 'published' ? at : null,
  scheduledAt: status === 'scheduled' ? '2026-12-24T09:00:00.000Z' : null,
  version: 6,
  ...extra,
})
const confirm = (originalRevision?: number, comment?: string) => ({
  action: 'confirm-translation' as const,
  version: 6,
  originalRevision,
  comment,
})

describe('confirming a stale translation still correct', () => {
  it('moves its basis to the original now, keeps its words, status and approval, and records who and which revision', () => {
    const published = staleRussian('published')
    expect(isStale(published, revised)).toBe(true)
    const { release, entry } = applyTransition(published, confirm(1, 'A typo in the English only.'), claire, later, {
      original: revised,
    })
    expect(isStale(release, revised)).toBe(false)
    expect(release).toMatchObject({
      status: 'published',
      publishedAt: at,
      title: published.title,
      body: published.body,
      contentEditedById: translator.id,
      version: 7,
      basedOn: { revision: 1, summary: revised.summary },
    })
    expect(entry).toEqual({
      releaseId: 'release-ru',
      kind: 'confirm-translation',
      from: 'published',
      to: 'published',
      actorId: claire.id,
      at: later.toISOString(),
      comment: 'A typo in the English only.',
      publishAt: null,
      originalRevision: 1,
    })
  })

  it('keeps a scheduled translation scheduled at its time, and one in review in review (then approvable)', () => {
    const scheduled = applyTransition(staleRussian('scheduled'), confirm(1), tomasz, later, { original: revised })
    expect(scheduled.release).toMatchObject({ status: 'scheduled', scheduledAt: '2026-12-24T09:00:00.000Z' })
    const inReview = applyTransition(staleRussian('in-review'), confirm(1), tomasz, later, { original: revised })
    expect(inReview.release.status).toBe('in-review')
    const approved = applyTransition(inReview.release, { action: 'approve', version: 7 }, claire, later, {
      original: revised,
    })
    expect(approved.release.status).toBe('published')
  })

  it('notifies the translation’s author, and nobody else', () => {
    const { entry } = applyTransition(staleRussian('published'), confirm(1), claire, later, { original: revised })
    expect(notificationsForEntry(entry!, { authorId: translator.id }, seedUsers)).toEqual([
      expect.objectContaining({ recipientId: translator.id, kind: 'translation-confirmed', actorId: claire.id }),
    ])
  })

  it('is a reviewer’s, never the translation’s author’s nor its last editor’s (four eyes), nor an editor’s or admin’s', () => {
    const subject = { ...staleRussian('published'), stale: true }
    expect(whyNot('confirm-translation', claire, subject)).toBeNull()
    expect(whyNot('confirm-translation', translator, subject)).toMatchObject({ status: 403 })
    expect(whyNot('confirm-translation', admin, subject)).toMatchObject({ status: 403 })
    const ownTranslation = { ...subject, authorId: claire.id, contentEditedById: claire.id }
    expect(whyNot('confirm-translation', claire, ownTranslation)).toEqual({
      status: 403,
      detail: 'Nobody can confirm a translation they wrote (four eyes).',
    })
    const correctedByClaire = { ...subject, status: 'in-review' as const, contentEditedById: claire.id }
    expect(whyNot('confirm-translation', claire, correctedByClaire)?.status).toBe(403)
    expect(allowedActions(claire, subject)).toContain('confirm-translation')
    expect(allowedActions(translator, subject)).not.toContain('confirm-translation')
  })

  it('is refused (409) on a translation that follows its original, on an original, and on a draft', () => {
    expect(() =>
      applyTransition(staleRussian('published'), confirm(0), claire, later, { original: { ...original } }),
    ).toThrow(expect.objectContaining({ status: 409, detail: expect.stringContaining('nothing to confirm') }))
    expect(() =>
      applyTransition({ ...revised, authorId: translator.id, version: 6 }, confirm(1), claire, later),
    ).toThrow(expect.objectContaining({ status: 409, detail: expect.stringContaining('This is an original') }))
    expect(() => applyTransition(staleRussian('draft'), confirm(1), claire, later, { original: revised })).toThrow(
      expect.objectContaining({ status: 409, detail: expect.stringContaining('its translator brings it up to date') }),
    )
  })

  it('names the original’s revision its reviewer compared: another is a 409, none a 422', () => {
    const evenNewer = { ...revised, summary: 'Changed again.', contentRevision: 2 }
    expect(() =>
      applyTransition(staleRussian('published'), confirm(1), claire, later, { original: evenNewer }),
    ).toThrow(expect.objectContaining({ status: 409, extra: expect.objectContaining({ originalRevision: 2 }) }))
    expect(() => applyTransition(staleRussian('published'), confirm(), claire, later, { original: revised })).toThrow(
      expect.objectContaining({ status: 422 }),
    )
  })
})
