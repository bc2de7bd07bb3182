import { describe, expect, it } from 'vitest'
import { whyNot } from '../../src/api/contract'
import { ApiProblem } from '../../server/core/problem'
import type { StoredRelease } from '../../server/core/records'
import { at, original } from './test-original'
import { applyEdit, applyTransition } from '../../server/core/workflow/transitions'
import {
  bringUpToDate,
  isStale,
  newTranslation,
  revisionOf,
  unscheduleForOriginal,
} from '../../server/core/workflow/translations'

const editor = { id: 'user-editor-jonas', role: 'editor' as const }
const reviewer = { id: 'user-reviewer-claire', role: 'reviewer' as const }
const later = new Date('2026-12-01T09:00:00Z')

const russian = () => newTranslation(original, 'ru', editor.id, 'release-ru', at)
const reworded = (release: StoredRelease, summary: string) =>
  applyEdit(release, { summary }, { id: release.authorId, role: 'editor' }, release.version, later).release

describe('a translation', () => {
  it('starts as its maker’s draft in its language, from the original’s words and references, based on its revision', () => {
    const translation = russian()
    expect(translation).toMatchObject({
      language: 'ru',
      status: 'draft',
      version: 1,
      authorId: editor.id,
      originalId: original.id,
      title: original.title,
      body: original.body,
      fieldOperationIds: original.fieldOperationIds,
      basedOn: { revision: 0, title: original.title, summary: original.summary, body: original.body },
    })
    expect(isStale(translation, original)).toBe(false)
  })

  it('is stale once the original’s words change, and only its words', () => {
    const draftOriginal = { ...original, status: 'draft' as const }
    const translation = newTranslation(draftOriginal, 'ru', editor.id, 'release-ru', at)
    const sourcesOnly = applyEdit(
      draftOriginal,
      { sourceIds: ['structure-secretariat'] },
      { id: draftOriginal.authorId, role: 'editor' },
      draftOriginal.version,
      later,
    ).release
    expect(revisionOf(sourcesOnly)).toBe(0)
    expect(isStale(translation, sourcesOnly)).toBe(false)
    const changed = reworded(draftOriginal, 'The Chair met the President and civil society.')
    expect(revisionOf(changed)).toBe(1)
    expect(isStale(translation, changed)).toBe(true)
    // An original is never stale, whatever its revision.
    expect(isStale(changed, undefined)).toBe(false)
  })

  it('cannot be approved while stale: a 409 the rule table gives, and allowedActions leaves out', () => {
    const inReview = { ...russian(), status: 'in-review' as const }
    const changedOriginal = { ...original, contentRevision: 1 }
    expect(whyNot('approve', reviewer, { ...inReview, stale: true })).toMatchObject({ status: 409 })
    expect(() =>
      applyTransition(inReview, { action: 'approve', version: 1 }, reviewer, later, { original: changedOriginal }),
    ).toThrow(ApiProblem)
    const approved = applyTransition(inReview, { action: 'approve', version: 1 }, reviewer, later, { original })
    expect(approved.release.status).toBe('published')
  })

  it('is brought up to date with the original’s revision its translator saw, never another', () => {
    const changedOriginal = { ...original, summary: 'New words', contentRevision: 2 }
    const translation = russian()
    expect(() => bringUpToDate(translation, changedOriginal, 1)).toThrow(
      expect.objectContaining({ status: 409, extra: expect.objectContaining({ originalRevision: 2 }) }),
    )
    const updated = bringUpToDate(translation, changedOriginal, 2)
    expect(updated.basedOn).toMatchObject({ revision: 2, summary: 'New words' })
    expect(isStale(updated, changedOriginal)).toBe(false)
    expect(() => bringUpToDate(original, undefined, 0)).toThrow(expect.objectContaining({ status: 422 }))
  })

  it('goes back to draft, by nobody, when scheduled and the original changes; other statuses stay', () => {
    const scheduled = { ...russian(), status: 'scheduled' as const, scheduledAt: '2026-12-24T09:00:00.000Z' }
    const change = unscheduleForOriginal(scheduled, later.toISOString())
    expect(change?.release).toMatchObject({ status: 'draft', scheduledAt: null, version: 2 })
    expect(change?.entry).toMatchObject({
      kind: 'unschedule',
      from: 'scheduled',
      to: 'draft',
      actorId: null,
      publishAt: '2026-12-24T09:00:00.000Z',
    })
    expect(unscheduleForOriginal({ ...russian(), status: 'published' as const }, at)).toBeNull()
  })
})
