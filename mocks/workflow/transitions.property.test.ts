import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { releaseStatuses, transitionActions, whyNot, type TransitionAction } from '../../src/api/contract'
import { ApiProblem } from '../../server/core/problem'
import type { StoredRelease } from '../../server/core/records'
import { seedUsers } from '../seed/users'
import {
  applyDuePublication,
  applyEdit,
  applyTransition,
  type Change,
  type HistoryDraft,
} from '../../server/core/workflow/transitions'
import { isStale, newTranslation, revisionOf, unscheduleForOriginal } from '../../server/core/workflow/translations'

/**
 * Random sequences of actions by random people, with edits and the clock moving, through
 * the same reducer the API runs (transitions.ts): no sequence reaches an illegal state, and
 * every published release was approved by a reviewer who did not write it, after its last
 * change of content, and who did not make that change (a reviewer's correction in review). People look at a release (open its page and a dialog) and decide later,
 * naming the version they were shown, or (a careless client) none: no approval ever applies
 * to a version its approver was not shown (issue #10). Releases get translations (decision 0020):
 * no translation is approved, scheduled or published while its original's words are newer than
 * what it was translated from, and every published translation that is not flagged stale carries an
 * approval given after its original's last change of words, or a reviewer's recorded confirmation
 * (confirm-translation) given since.
 */
type Step =
  | { kind: 'create'; actor: number }
  | { kind: 'translate'; actor: number; target: number; language: 'ru' | 'fr' }
  | {
      kind: 'edit'
      actor: number
      target: number
      emptyBody: boolean
      stale: boolean
      /** A translator's change that says it follows its original now (or, a careless one, an older revision). */
      upToDate: 'no' | 'now' | 'behind'
      /** Mostly by somebody who may change it now: random people's edits are mostly refused. */
      fit: boolean
      ofOriginal: boolean
    }
  | {
      kind: 'move'
      actor: number
      target: number
      action: TransitionAction
      publishAt: 'none' | 'past' | 'future'
      comment: boolean
      stale: boolean
      blind: boolean
      fit: boolean
    }
  | { kind: 'look'; actor: number; target: number }
  | { kind: 'tick'; minutes: number }

const people = seedUsers
// Mostly plausible calls (current version, with a comment), so that runs get far into the workflow.
const rarely = fc.nat(9).map((n) => n === 0)
const mostly = fc.nat(4).map((n) => n !== 0)
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), actor: fc.nat(people.length - 1) }),
  fc.record({
    kind: fc.constant('translate' as const),
    actor: fc.nat(people.length - 1),
    target: fc.nat(4),
    language: fc.constantFrom('ru' as const, 'fr' as const),
  }),
  fc.record({
    kind: fc.constant('edit' as const),
    actor: fc.nat(people.length - 1),
    target: fc.nat(4),
    emptyBody: rarely,
    stale: rarely,
    upToDate: fc.constantFrom('no' as const, 'no' as const, 'now' as const, 'behind' as const),
    fit: mostly,
    ofOriginal: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('move' as const),
    actor: fc.nat(people.length - 1),
    target: fc.nat(4),
    action: fc.constantFrom(...transitionActions),
    publishAt: fc.constantFrom('none' as const, 'past' as const, 'future' as const),
    comment: mostly,
    stale: rarely,
    // A client that names no version at all.
    blind: rarely,
    // Mostly a move somebody may make now, by somebody who may: random moves rarely get past review.
    fit: mostly,
  }),
  fc.record({ kind: fc.constant('tick' as const), minutes: fc.integer({ min: 1, max: 240 }) }),
  fc.record({ kind: fc.constant('look' as const), actor: fc.nat(people.length - 1), target: fc.nat(4) }),
)

type Logged = HistoryDraft & { seq: number }
/** An accepted approval: the version its request named, what its approver was shown, and the release it applied to. */
type Approval = { named: number | undefined; shown: StoredRelease; approved: StoredRelease }
type Model = {
  now: number
  seq: number
  releases: StoredRelease[]
  history: Logged[]
  lastContentChange: Map<string, number>
  /** Who changed each release's content last. */
  lastContentEditor: Map<string, string>
  writes: Map<string, number>
  /** What each person was last shown of each release ("person release" → the release as it was then). */
  shown: Map<string, StoredRelease>
  approvals: Approval[]
  /** When each original's words last counted a new revision (its translations are measured against it). */
  revisedAt: Map<string, number>
  /**
   * Each publication of a translation: whether it was stale then, and when it was last vouched for
   * (its approval, or a reviewer's confirmation against its original's words).
   */
  publications: { release: StoredRelease; stale: boolean; vouchedAt: number | undefined; originalRevisedAt: number }[]
}

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') for (const inner of Object.values(value)) deepFreeze(inner)
  return Object.freeze(value)
}

function newRelease(model: Model, authorId: string): StoredRelease {
  const at = new Date(model.now).toISOString()
  return {
    id: `release-${model.releases.length}`,
    type: 'press-release',
    title: 'T',
    language: 'en',
    dateline: { place: 'Vienna', date: '2026-11-27' },
    summary: '',
    body: '<p>Text</p>',
    sourceIds: ['structure-chairpersonship'],
    fieldOfWorkIds: [],
    stateIds: [],
    fieldOperationIds: [],
    status: 'draft',
    scheduledAt: null,
    publishedAt: null,
    submittedAt: null,
    authorId,
    createdAt: at,
    updatedAt: at,
    version: 1,
  }
}

/** When a release was last approved, or confirmed still correct against its original (a translation). */
const lastVouchedAt = (model: Model, releaseId: string) =>
  model.history.findLast(
    (entry) => entry.releaseId === releaseId && (entry.kind === 'approve' || entry.kind === 'confirm-translation'),
  )?.seq

const originalOf = (model: Model, release: StoredRelease) =>
  release.originalId ? model.releases.find((candidate) => candidate.id === release.originalId) : undefined

function record(model: Model, index: number, change: Change, contentChanged: boolean, actorId?: string) {
  model.seq += 1
  const before = model.releases[index]
  if (before && change.release.originalId && change.release.status === 'published' && before.status !== 'published')
    model.publications.push({
      release: change.release,
      stale: isStale(change.release, originalOf(model, change.release)),
      vouchedAt: change.entry?.kind === 'approve' ? model.seq : lastVouchedAt(model, before.id),
      originalRevisedAt: model.revisedAt.get(change.release.originalId) ?? 0,
    })
  model.releases[index] = change.release
  model.writes.set(change.release.id, (model.writes.get(change.release.id) ?? 0) + 1)
  if (change.entry) model.history.push({ ...change.entry, seq: model.seq })
  if (contentChanged) model.lastContentChange.set(change.release.id, model.seq)
  if (contentChanged && actorId) model.lastContentEditor.set(change.release.id, actorId)
}

/** Runs a step; a refusal must be a 403/409/422 problem and leaves the model alone (the reducer is pure). */
function run(model: Model, s: Step) {
  const now = new Date(model.now)
  if (s.kind === 'tick') {
    model.now += s.minutes * 60_000
    model.releases.forEach((release, index) => {
      const change = applyDuePublication(release, new Date(model.now))
      if (change) record(model, index, change, false)
    })
    return
  }
  let actor = people[s.actor]!
  if (s.kind === 'create') {
    if (actor.role === 'reviewer') return
    const release = newRelease(model, actor.id)
    model.releases.push(release)
    model.seq += 1
    model.history.push({
      releaseId: release.id,
      kind: 'created',
      from: null,
      to: 'draft',
      actorId: actor.id,
      at: release.createdAt,
      comment: null,
      publishAt: null,
      seq: model.seq,
    })
    model.lastContentChange.set(release.id, model.seq)
    model.lastContentEditor.set(release.id, actor.id)
    return
  }
  let index = s.target % Math.max(model.releases.length, 1)
  // Half the edits aimed at a translation change its original instead: its translations then lag behind.
  const aimed = model.releases[index]
  if (s.kind === 'edit' && s.ofOriginal && aimed?.originalId)
    index = model.releases.findIndex((candidate) => candidate.id === aimed.originalId)
  const release = model.releases[index]
  if (!release) return
  const original = originalOf(model, release)
  if (s.kind === 'translate') {
    // As POST /releases/{id}/translations: of the family's original, in a language the family lacks.
    const of = original ?? release
    const family = model.releases.filter((candidate) => candidate === of || candidate.originalId === of.id)
    if (actor.role === 'reviewer' || family.some((version) => version.language === s.language)) return
    const id = `release-${model.releases.length}`
    const translation = newTranslation(of, s.language, actor.id, id, now.toISOString())
    model.releases.push(translation)
    model.seq += 1
    model.history.push({
      releaseId: id,
      kind: 'created',
      from: null,
      to: 'draft',
      actorId: actor.id,
      at: translation.createdAt,
      comment: null,
      publishAt: null,
      seq: model.seq,
    })
    model.lastContentChange.set(id, model.seq)
    model.lastContentEditor.set(id, actor.id)
    return
  }
  if (s.kind === 'look') {
    model.shown.set(`${actor.id} ${release.id}`, release)
    return
  }
  const version = s.stale ? release.version - 1 : release.version
  try {
    if (s.kind === 'edit') {
      if (s.fit) {
        const able = people.filter((person) => whyNot('edit', person, release) === null)
        if (able.length > 0) actor = able[s.actor % able.length]!
      }
      const basedOnRevision =
        s.upToDate === 'no' || !original ? undefined : revisionOf(original) - (s.upToDate === 'behind' ? 1 : 0)
      const change = applyEdit(
        deepFreeze(release),
        { body: s.emptyBody ? '<p> </p>' : `<p>Text ${model.seq}</p>` },
        actor,
        version,
        now,
        { original, basedOnRevision },
      )
      record(model, index, change, true, actor.id)
      // As the PATCH handler does: an original's new words send its scheduled translations back to draft.
      if (!release.originalId && revisionOf(change.release) > revisionOf(release)) {
        model.revisedAt.set(release.id, model.seq)
        model.releases.forEach((translation, at) => {
          if (translation.originalId !== release.id) return
          const back = unscheduleForOriginal(translation, now.toISOString())
          if (back) record(model, at, back, false)
        })
      }
    } else {
      let action = s.action
      if (s.fit) {
        const subject = { ...release, stale: isStale(release, original) }
        const possible = transitionActions.filter((candidate) =>
          people.some((person) => whyNot(candidate, person, subject) === null),
        )
        if (possible.length > 0) action = possible[s.actor % possible.length]!
        const able = people.filter((person) => whyNot(action, person, subject) === null)
        if (able.length > 0) actor = able[s.actor % able.length]!
      }
      // A plausible call sends a publication time only with an approval.
      const publishAt =
        s.publishAt === 'none' || (s.fit && action !== 'approve')
          ? undefined
          : new Date(model.now + (s.publishAt === 'past' ? -3_600_000 : 6 * 3_600_000)).toISOString()
      // The contract's schema refuses these before the reducer sees them (422).
      if ((action === 'request-changes' || action === 'withdraw') && !s.comment) return
      if (publishAt && action !== 'approve') return
      // The decision names the version its maker was shown when they opened it (maybe long ago), or none.
      const seen = `${actor.id} ${release.id}`
      const shown = model.shown.get(seen) ?? release
      const named = s.blind ? undefined : s.stale ? release.version - 1 : shown.version
      try {
        record(
          model,
          index,
          applyTransition(
            deepFreeze(release),
            {
              action,
              version: named,
              comment: s.comment ? 'Because.' : undefined,
              publishAt,
              // A confirmation names the original's revision its reviewer compared: now, or (careless) an older one.
              originalRevision:
                action === 'confirm-translation' && original
                  ? revisionOf(original) - (s.stale && revisionOf(original) > 0 ? 1 : 0)
                  : undefined,
            },
            actor,
            now,
            { original },
          ),
          false,
        )
        if (action === 'approve') model.approvals.push({ named, shown, approved: release })
      } finally {
        // Accepted or refused, the person now sees the release as it is (a refusal shows what changed).
        model.shown.set(seen, model.releases[index]!)
      }
    }
  } catch (error) {
    if (!(error instanceof ApiProblem) || ![403, 409, 422].includes(error.status)) throw error
    if (model.releases[index] !== release) throw new Error('A refused step changed the release', { cause: error })
  }
}

/** What is wrong with the model now, one line per broken rule (empty when nothing is). */
function violations(model: Model): string[] {
  const problems: string[] = []
  const fail = (release: StoredRelease, rule: string) => problems.push(`${release.id} (${release.status}): ${rule}`)
  for (const release of model.releases) {
    if (!releaseStatuses.includes(release.status)) fail(release, 'unknown status')
    const entries = model.history.filter((entry) => entry.releaseId === release.id)
    if (entries[0]?.kind !== 'created') fail(release, 'history does not start with created')
    for (let i = 1; i < entries.length; i++)
      if (entries[i]!.from !== entries[i - 1]!.to)
        fail(release, `history entry ${i} does not start where the last ended`)
    if (entries.at(-1)?.to !== release.status) fail(release, 'history does not end at the status')
    // A recall takes back the author's own submission before any reviewer acted on it.
    entries.forEach((entry, i) => {
      if (entry.kind !== 'recall') return
      const recaller = people.find((person) => person.id === entry.actorId)
      if (recaller?.id !== release.authorId || recaller.role === 'reviewer') fail(release, 'recalled by someone else')
      if (entry.from !== 'in-review' || entry.to !== 'draft') fail(release, 'recalled from outside review')
      // A reviewer's correction, or confirmation of a translation, keeps it in review and decides nothing:
      // the author may still take it back.
      const before = entries
        .slice(0, i)
        .findLast((earlier) => earlier.kind !== 'edited-in-review' && earlier.kind !== 'confirm-translation')
      if (before?.kind !== 'submit') fail(release, 'recalled after a reviewer acted')
    })
    // Only an admin returns a release to draft from scheduled, and nothing of the schedule stays.
    entries.forEach((entry, i) => {
      if (entry.kind !== 'unschedule') return
      // An admin; or nobody, for a translation whose original's words changed (decision 0020).
      const byTheSystem = entry.actorId === null && release.originalId
      if (!byTheSystem && people.find((person) => person.id === entry.actorId)?.role !== 'admin')
        fail(release, 'unscheduled by a non-admin')
      if (entry.from !== 'scheduled' || entry.to !== 'draft') fail(release, 'unscheduled from outside scheduled')
      if (entry.publishAt === null || entry.publishAt !== entries[i - 1]?.publishAt)
        fail(release, 'unscheduling does not name the time it cancelled')
    })
    // A confirmation is a reviewer's who did not write the translation, and changes no status.
    entries.forEach((entry) => {
      if (entry.kind !== 'confirm-translation') return
      const confirmer = people.find((person) => person.id === entry.actorId)
      if (confirmer?.role !== 'reviewer' || confirmer.id === release.authorId)
        fail(release, 'confirmed by someone other than a reviewer who did not write it')
      if (entry.from !== entry.to) fail(release, 'a confirmation changed its status')
      if (!release.originalId) fail(release, 'an original confirmed against itself')
    })
    // A correction in review is a reviewer's, and leaves it in review.
    entries.forEach((entry) => {
      if (entry.kind !== 'edited-in-review') return
      const editor = people.find((person) => person.id === entry.actorId)
      if (editor?.role !== 'reviewer' || editor.id === release.authorId) fail(release, 'corrected by a non-reviewer')
      if (entry.from !== 'in-review' || entry.to !== 'in-review') fail(release, 'corrected outside review')
    })
    // Every accepted write bumped the version once.
    if (release.version !== 1 + (model.writes.get(release.id) ?? 0)) fail(release, 'version does not count the writes')
    if (
      release.status === 'scheduled' &&
      !(release.scheduledAt !== null && Date.parse(release.scheduledAt) > model.now)
    )
      fail(release, 'scheduled without a time ahead')
    if (!['scheduled', 'published', 'withdrawn'].includes(release.status) && release.scheduledAt !== null)
      fail(release, 'a scheduled time outside scheduled')
    if (['draft', 'in-review', 'changes-requested'].includes(release.status) && release.publishedAt !== null)
      fail(release, 'a publication time on unpublished work')
    // What goes out follows its original: a scheduled translation is never stale.
    if (release.status === 'scheduled' && isStale(release, originalOf(model, release)))
      fail(release, 'a stale translation is scheduled')
    // What is scheduled is what was approved: nothing changes its content after its approval.
    if (release.status === 'scheduled') {
      const approval = entries.findLast((entry) => entry.kind === 'approve')
      if (!approval || approval.seq <= model.lastContentChange.get(release.id)!)
        fail(release, 'scheduled, but changed after its approval')
    }
    if (release.status !== 'published') continue
    if (release.publishedAt === null) fail(release, 'published without a time')
    const approval = entries.findLast((entry) => entry.kind === 'approve')
    const approver = people.find((person) => person.id === approval?.actorId)
    if (approver?.role !== 'reviewer' || approver.id === release.authorId)
      fail(release, 'not approved by a reviewer other than its author')
    if (!approval || approval.seq <= model.lastContentChange.get(release.id)!)
      fail(release, 'changed after its approval')
    if (approver && approver.id === model.lastContentEditor.get(release.id))
      fail(release, 'approved by whoever changed its content last')
    if (release.body.replace(/<[^>]*>/g, '').trim() === '') fail(release, 'published with an empty body')
    // Published as current (not flagged stale): approved, or confirmed, since its original's words last changed.
    const original = originalOf(model, release)
    if (original && !isStale(release, original)) {
      const vouched = lastVouchedAt(model, release.id)
      if (vouched === undefined || vouched <= (model.revisedAt.get(original.id) ?? 0))
        fail(release, 'published as current on an approval older than its original’s words, and not confirmed since')
    }
  }
  for (const { release, stale, vouchedAt, originalRevisedAt } of model.publications) {
    if (stale) fail(release, 'a translation published while stale')
    if (vouchedAt === undefined || vouchedAt <= originalRevisedAt)
      fail(release, 'a translation published on an approval older than its original’s words')
  }
  for (const { named, shown, approved } of model.approvals) {
    const same =
      named === shown.version &&
      shown.version === approved.version &&
      shown.title === approved.title &&
      shown.body === approved.body
    if (!same)
      fail(
        approved,
        `approved version ${approved.version}, naming ${named ?? 'none'}, by someone shown version ${shown.version}`,
      )
  }
  return problems
}

describe('the workflow reducer, under random use', () => {
  it('never reaches an illegal state; every published release has a four-eyes approval after its last change; every approval is of the version its approver was shown; no translation is scheduled or published stale', () => {
    const reached = new Set<string>()
    fc.assert(
      fc.property(fc.array(step, { minLength: 20, maxLength: 120, size: 'max' }), (steps) => {
        const model: Model = {
          now: Date.UTC(2026, 10, 27, 9),
          seq: 0,
          releases: [],
          history: [],
          lastContentChange: new Map(),
          lastContentEditor: new Map(),
          writes: new Map(),
          shown: new Map(),
          approvals: [],
          revisedAt: new Map(),
          publications: [],
        }
        for (const s of steps) {
          run(model, s)
          expect(violations(model)).toEqual([])
        }
        for (const release of model.releases) {
          reached.add(release.status)
          if (isStale(release, originalOf(model, release))) reached.add('a stale translation')
        }
        for (const entry of model.history) reached.add(entry.kind).add(entry.to)
        if (model.publications.length > 0) reached.add('a translation published')
      }),
      { numRuns: 400 },
    )
    // The runs got everywhere: each status, scheduled publication, a schedule undone by an admin, a recall.
    expect([...reached].toSorted()).toEqual(
      expect.arrayContaining([
        'published',
        'unschedule',
        'reopen',
        'recall',
        'scheduled',
        'withdrawn',
        'changes-requested',
        'edited-in-review',
        'a stale translation',
        'a translation published',
        'confirm-translation',
      ]),
    )
  })
})
