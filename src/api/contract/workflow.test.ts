import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { releaseStatuses, type ReleaseStatus } from './release-status'
import {
  allowedActions,
  commentInputSchema,
  nextStatus,
  publicationGaps,
  releaseActions,
  transitionActions,
  transitionInputSchema,
  whyNot,
  workflowRules,
  workflowSteps,
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
    ['edit', ['draft', 'changes-requested', 'in-review']],
    ['delete', ['draft']],
    ['submit', ['draft', 'changes-requested']],
    ['recall', ['in-review']],
    ['approve', ['in-review']],
    ['request-changes', ['in-review']],
    ['withdraw', ['scheduled', 'published']],
    ['unschedule', ['scheduled']],
    ['reopen', ['withdrawn']],
  ])('%s from %j', (action, from) => {
    expect([...workflowRules[action].from].toSorted()).toEqual(from.toSorted())
    // Elsewhere an actor who may do it at all gets 409, not 403.
    const able = action === 'approve' || action === 'request-changes' ? claire : action === 'recall' ? amra : elena
    for (const status of releaseStatuses.filter((s) => !from.includes(s)))
      expect(whyNot(action, able, by('amra', status))?.status).toBe(409)
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

  it('nobody edits a scheduled release: the 409 says how an admin returns it to draft; nor published or withdrawn', () => {
    expect(whyNot('edit', elena, by('amra', 'scheduled'))).toEqual({
      status: 409,
      detail:
        'It is scheduled for publication: return it to draft (unschedule) to change it; it then needs a new review.',
    })
    expect(whyNot('edit', amra, by('amra', 'scheduled'))).toEqual({
      status: 409,
      detail: 'It is scheduled for publication: only an admin can return it to draft to change it.',
    })
    expect(whyNot('edit', jonas, by('amra', 'scheduled'))?.status).toBe(403)
    expect(whyNot('edit', claire, by('amra', 'scheduled'))?.status).toBe(403)
    expect(allowedActions(elena, by('amra', 'scheduled'))).toEqual(['withdraw', 'unschedule'])
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

  it('only admins withdraw, return a scheduled release to draft and reopen', () => {
    for (const [action, status] of [
      ['withdraw', 'published'],
      ['withdraw', 'scheduled'],
      ['unschedule', 'scheduled'],
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
    expect(nextStatus('unschedule', { now })).toBe('draft')
    expect(nextStatus('reopen', { now })).toBe('draft')
  })
})

describe('transitionInputSchema', () => {
  const issues = (body: unknown) =>
    transitionInputSchema.safeParse(body).error?.issues.map((issue) => [issue.path.join('.'), issue.message])

  it('requires a comment to request changes and a reason to withdraw; a publication time only on approval', () => {
    expect(transitionInputSchema.safeParse({ action: 'approve', version: 1 }).success).toBe(true)
    expect(
      transitionInputSchema.safeParse({ action: 'approve', version: 1, publishAt: '2026-12-01T09:00:00Z' }).success,
    ).toBe(true)
    expect(issues({ action: 'request-changes', version: 1, comment: '   ' })).toEqual([
      ['comment', 'Say what needs to change'],
    ])
    expect(issues({ action: 'request-changes', version: 1 })).toEqual([['comment', 'Say what needs to change']])
    expect(issues({ action: 'withdraw', version: 1 })).toEqual([['comment', 'Give a reason for withdrawing']])
    expect(issues({ action: 'withdraw', version: 1, comment: '\n\t ' })).toEqual([
      ['comment', 'Give a reason for withdrawing'],
    ])
    expect(issues({ action: 'submit', version: 1, publishAt: '2026-12-01T09:00:00Z' })).toEqual([
      ['publishAt', 'Only an approval takes a publication time'],
    ])
    expect(issues({ action: 'approve', version: 1, publishAt: '9999-12-31T23:00:00-05:00' })).toEqual([
      ['publishAt', 'Choose a publication time before the year 10000'],
    ])
    expect(issues({ action: 'publish', version: 1 })).toEqual([['action', 'Unknown action']])
    expect(issues({ action: 'confirm-translation', version: 1 })).toEqual([
      ['originalRevision', 'Say which revision of the original you compared'],
    ])
    expect(transitionInputSchema.safeParse({ action: 'submit' }).success).toBe(false)
  })

  it('takes every action, a null publication time anywhere, an optional comment where none is required, trimmed', () => {
    for (const action of transitionActions) {
      const comment = action === 'request-changes' || action === 'withdraw' ? { comment: ' Why. ' } : {}
      // A confirmation names the original's revision its reviewer compared.
      const revision = action === 'confirm-translation' ? { originalRevision: 3 } : {}
      const parsed = transitionInputSchema.parse({ action, version: 2, publishAt: null, ...comment, ...revision })
      expect(parsed).toMatchObject({ action, version: 2, ...(comment.comment ? { comment: 'Why.' } : {}) })
    }
    expect(transitionInputSchema.parse({ action: 'unschedule', version: 3 })).toEqual({
      action: 'unschedule',
      version: 3,
    })
  })

  it('says its rules in the JSON Schema: one body per action, a required comment not blank', () => {
    const { $defs } = z.toJSONSchema(transitionInputSchema, { io: 'input', unrepresentable: 'any' })
    const branch = (name: string) => ({ $ref: `#/$defs/TransitionInput${name}` })
    expect($defs).toMatchObject({
      TransitionInput: {
        oneOf: [
          'Submit',
          'Recall',
          'Approve',
          'RequestChanges',
          'Withdraw',
          'Unschedule',
          'Reopen',
          'ConfirmTranslation',
        ].map(branch),
      },
      TransitionInputConfirmTranslation: {
        required: ['action', 'version', 'originalRevision'],
        properties: { originalRevision: { type: 'integer', minimum: 0 } },
      },
      TransitionInputWithdraw: {
        required: ['action', 'version', 'comment'],
        properties: { comment: { type: 'string', pattern: '\\S' } },
      },
      TransitionInputRequestChanges: { required: ['action', 'version', 'comment'] },
      TransitionInputApprove: {
        required: ['action', 'version'],
        properties: { publishAt: { anyOf: expect.any(Array) } },
      },
      TransitionInputSubmit: { required: ['action', 'version'], properties: { publishAt: { type: 'null' } } },
    })
  })
})

describe('commentInputSchema', () => {
  it('refuses a blank comment with the message the form shows, and says so in its JSON Schema', () => {
    expect(commentInputSchema.safeParse({ body: ' \n ' }).error?.issues.map((issue) => issue.message)).toEqual([
      'Write a comment first',
    ])
    expect(commentInputSchema.parse({ body: ' Thanks. ' })).toEqual({ body: 'Thanks.' })
    expect(z.toJSONSchema(commentInputSchema, { io: 'input' }).$defs).toMatchObject({
      CommentInput: { required: ['body'], properties: { body: { type: 'string', pattern: '\\S' } } },
    })
  })
})

describe('workflowSteps: the workflow as the API document prints it', () => {
  it('has a row per action, with its statuses from the rules and who may in words', () => {
    const steps = workflowSteps()
    expect(steps.map((row) => row.action)).toEqual([...releaseActions])
    for (const row of steps) {
      expect(row.from).toEqual(workflowRules[row.action].from)
      expect(row.who).not.toBe('')
      expect(row.effect).not.toBe('')
    }
    expect(steps.find((row) => row.action === 'unschedule')).toMatchObject({
      from: ['scheduled'],
      to: 'draft',
      who: 'an admin',
    })
    expect(steps.find((row) => row.action === 'approve')).toMatchObject({
      from: ['in-review'],
      to: 'published, or scheduled when `publishAt` is ahead',
      who: 'a reviewer who neither wrote it nor changed its content last (four eyes)',
    })
    expect(steps.find((row) => row.action === 'submit')?.who).toBe('its author or an admin')
    expect(steps.find((row) => row.action === 'edit')?.from).not.toContain('scheduled')
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
