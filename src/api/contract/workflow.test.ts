import { describe, expect, it } from 'vitest'
import { releaseStatuses, type ReleaseStatus } from './release-status'
import {
  allowedActions,
  nextStatus,
  publicationGaps,
  releaseActions,
  transitionInputSchema,
  whyNot,
  workflowRules,
  type ReleaseAction,
  type WorkflowActor,
} from './workflow'

const amra: WorkflowActor = { id: 'amra', role: 'editor' }
const jonas: WorkflowActor = { id: 'jonas', role: 'editor' }
const claire: WorkflowActor = { id: 'claire', role: 'reviewer' }
const elena: WorkflowActor = { id: 'elena', role: 'admin' }
const by = (authorId: string, status: ReleaseStatus) => ({ authorId, status })

describe('workflowRules: where each action may start', () => {
  it.each<[ReleaseAction, ReleaseStatus[]]>([
    ['edit', ['draft', 'changes-requested', 'in-review', 'scheduled']],
    ['delete', ['draft']],
    ['submit', ['draft', 'changes-requested']],
    ['recall', ['in-review']],
    ['approve', ['in-review']],
    ['request-changes', ['in-review']],
    ['withdraw', ['scheduled', 'published']],
    ['reopen', ['withdrawn']],
  ])('%s from %j', (action, from) => {
    expect([...workflowRules[action].from].toSorted()).toEqual(from.toSorted())
    // Elsewhere an actor who may do it at all gets 409, not 403.
    const able = action === 'approve' || action === 'request-changes' ? claire : action === 'recall' ? amra : elena
    for (const status of releaseStatuses.filter((s) => !from.includes(s))) {
      if (action === 'edit' && status === 'scheduled') continue
      expect(whyNot(action, able, by('amra', status))?.status).toBe(409)
    }
  })
})

describe('who may', () => {
  it('editors submit, edit and delete only their own; admins anybody’s', () => {
    for (const action of ['submit', 'edit', 'delete'] as const) {
      expect(whyNot(action, amra, by('amra', 'draft'))).toBeNull()
      expect(whyNot(action, jonas, by('amra', 'draft'))?.status).toBe(403)
      expect(whyNot(action, claire, by('amra', 'draft'))?.status).toBe(403)
      expect(whyNot(action, elena, by('amra', 'draft'))).toBeNull()
    }
    expect(whyNot('submit', amra, by('amra', 'changes-requested'))).toBeNull()
    expect(whyNot('edit', amra, by('amra', 'changes-requested'))).toBeNull()
  })

  it('only admins edit a scheduled release (which returns it to draft); nobody edits published or withdrawn', () => {
    expect(whyNot('edit', elena, by('amra', 'scheduled'))).toBeNull()
    expect(whyNot('edit', amra, by('amra', 'scheduled'))?.status).toBe(403)
    for (const status of ['published', 'withdrawn'] as const) {
      expect(whyNot('edit', elena, by('amra', status))?.status).toBe(409)
      expect(whyNot('edit', amra, by('amra', status))?.status).toBe(409)
    }
  })

  it('four eyes: reviewers approve or request changes, never on a release they wrote; nobody else may', () => {
    for (const action of ['approve', 'request-changes'] as const) {
      expect(whyNot(action, claire, by('amra', 'in-review'))).toBeNull()
      const own = whyNot(action, claire, by('claire', 'in-review'))
      expect(own).toMatchObject({ status: 403 })
      expect(own?.detail).toContain('four eyes')
      expect(whyNot(action, amra, by('jonas', 'in-review'))?.status).toBe(403)
      expect(whyNot(action, elena, by('amra', 'in-review'))?.status).toBe(403)
    }
  })

  it('in review only a reviewer who did not write it changes it; whoever changed it last may not approve it', () => {
    expect(whyNot('edit', claire, by('amra', 'in-review'))).toBeNull()
    expect(whyNot('edit', claire, by('claire', 'in-review'))).toMatchObject({ status: 403 })
    expect(whyNot('edit', amra, by('amra', 'in-review'))?.detail).toBe(
      'It is in review: only a reviewer can change it now. Recall it from review to change it yourself.',
    )
    for (const other of [jonas, elena]) expect(whyNot('edit', other, by('amra', 'in-review'))?.status).toBe(403)
    const corrected = { ...by('amra', 'in-review'), contentEditedById: 'claire' }
    expect(whyNot('approve', claire, corrected)).toEqual({
      status: 403,
      detail: 'You changed its content last: another reviewer must approve it (four eyes).',
    })
    expect(whyNot('request-changes', claire, corrected)).toBeNull()
    expect(whyNot('approve', { id: 'tomasz', role: 'reviewer' }, corrected)).toBeNull()
    expect(allowedActions(claire, corrected)).toEqual(['edit', 'request-changes'])
  })

  it('only its author recalls a release from review: not another editor, not a reviewer, not an admin who did not write it', () => {
    expect(whyNot('recall', amra, by('amra', 'in-review'))).toBeNull()
    expect(whyNot('recall', elena, by('elena', 'in-review'))).toBeNull()
    for (const other of [jonas, claire, elena]) {
      const refusal = whyNot('recall', other, by('amra', 'in-review'))
      expect(refusal).toMatchObject({ status: 403 })
      expect(refusal?.detail).toBe('Only its author can recall a release from review.')
    }
    // Once a reviewer acted, it is no longer in review: too late to recall.
    expect(whyNot('recall', amra, by('amra', 'changes-requested'))?.status).toBe(409)
    expect(allowedActions(amra, by('amra', 'in-review'))).toEqual(['recall'])
  })

  it('only admins withdraw and reopen', () => {
    for (const [action, status] of [
      ['withdraw', 'published'],
      ['withdraw', 'scheduled'],
      ['reopen', 'withdrawn'],
    ] as const) {
      expect(whyNot(action, elena, by('amra', status))).toBeNull()
      for (const other of [amra, claire]) expect(whyNot(action, other, by(other.id, status))?.status).toBe(403)
    }
  })

  it('allowedActions lists exactly the actions whyNot allows', () => {
    for (const actor of [amra, jonas, claire, elena]) {
      for (const status of releaseStatuses) {
        const release = by('amra', status)
        expect(allowedActions(actor, release)).toEqual(
          releaseActions.filter((action) => whyNot(action, actor, release) === null),
        )
      }
    }
    expect(allowedActions(amra, by('amra', 'draft'))).toEqual(['edit', 'delete', 'submit'])
    expect(allowedActions(claire, by('amra', 'in-review'))).toEqual(['edit', 'approve', 'request-changes'])
    expect(allowedActions(elena, by('amra', 'published'))).toEqual(['withdraw'])
    expect(allowedActions(claire, by('amra', 'published'))).toEqual([])
  })
})

describe('nextStatus', () => {
  const now = new Date('2026-11-27T12:00:00Z')
  it('approval publishes now without a time or with a time past, schedules with a time ahead', () => {
    expect(nextStatus('approve', { now })).toBe('published')
    expect(nextStatus('approve', { now, publishAt: null })).toBe('published')
    expect(nextStatus('approve', { now, publishAt: '2026-11-27T11:59:59Z' })).toBe('published')
    expect(nextStatus('approve', { now, publishAt: '2026-11-27T12:00:00Z' })).toBe('published')
    expect(nextStatus('approve', { now, publishAt: '2026-11-27T12:00:01Z' })).toBe('scheduled')
  })
  it('the other moves', () => {
    expect(nextStatus('submit', { now })).toBe('in-review')
    expect(nextStatus('recall', { now })).toBe('draft')
    expect(nextStatus('request-changes', { now })).toBe('changes-requested')
    expect(nextStatus('withdraw', { now })).toBe('withdrawn')
    expect(nextStatus('reopen', { now })).toBe('draft')
  })
})

describe('transitionInputSchema', () => {
  it('requires a comment to request changes and a reason to withdraw; a publication time only on approval', () => {
    expect(transitionInputSchema.safeParse({ action: 'approve', version: 1 }).success).toBe(true)
    expect(
      transitionInputSchema.safeParse({ action: 'approve', version: 1, publishAt: '2026-12-01T09:00:00Z' }).success,
    ).toBe(true)
    const noComment = transitionInputSchema.safeParse({ action: 'request-changes', version: 1, comment: '   ' })
    expect(noComment.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['comment'])
    expect(transitionInputSchema.safeParse({ action: 'withdraw', version: 1 }).error?.issues[0]?.message).toBe(
      'Give a reason for withdrawing',
    )
    expect(
      transitionInputSchema.safeParse({ action: 'submit', version: 1, publishAt: '2026-12-01T09:00:00Z' }).error
        ?.issues[0]?.path,
    ).toEqual(['publishAt'])
    expect(transitionInputSchema.safeParse({ action: 'publish', version: 1 }).success).toBe(false)
    expect(transitionInputSchema.safeParse({ action: 'submit' }).success).toBe(false)
  })
})

describe('publicationGaps', () => {
  const ready = { title: 'T', dateline: { place: 'Vienna', date: '2026-11-27' }, body: '<p>Text</p>', sourceCount: 1 }
  it('is empty for a ready release and names each missing field', () => {
    expect(publicationGaps(ready)).toEqual({})
    expect(
      Object.keys(
        publicationGaps({
          title: ' ',
          dateline: { place: '', date: '' },
          body: '<p> </p><p>&nbsp;</p>',
          sourceCount: 0,
        }),
      ).toSorted(),
    ).toEqual(['body', 'dateline.date', 'dateline.place', 'sourceIds', 'title'])
    expect(publicationGaps({ ...ready, body: '<h2></h2><ul><li><br></li></ul>' })).toHaveProperty('body')
  })
})
