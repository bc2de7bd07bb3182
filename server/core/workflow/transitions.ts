import {
  nextStatus,
  publicationGaps,
  whyNot,
  type ReleaseAction,
  type ReleaseContent,
  type ReleaseInput,
  type ReleaseStatus,
  type TransitionAction,
  type WorkflowActor,
} from '../../../src/api/contract'
import { ApiProblem, assertVersion, invalid } from '../problem'
import type { StoredHistoryEntry, StoredRelease } from '../records'
import { bringUpToDate, confirmTranslation, contentChanged, isStale, revisionOf } from './translations'

/**
 * The one place a release changes status. Pure: it takes the stored release, the caller,
 * the input and the time, and answers the next release plus the history entry to record,
 * or throws the problem (403, 409, 422) the API answers. The handlers and the property
 * test both run it, so what the test proves is what the API does.
 */
export type HistoryDraft = Omit<StoredHistoryEntry, 'id'>
export type Change = { release: StoredRelease; entry: HistoryDraft | null }

/** `version` is the one the person saw; the type lets a careless caller leave it out so that the reducer can refuse it (422). */
export type TransitionRequest = {
  action: TransitionAction
  version?: number
  comment?: string
  publishAt?: string | null
  /** On confirm-translation: the original's revision the reviewer compared. */
  originalRevision?: number
}
/** What an edit may change: the release's input fields (the contract's `releaseFields`), as stored. */
export type ContentChanges = Partial<Pick<StoredRelease, keyof ReleaseInput>>

/** A translation's original as it is now (decision 0020); absent for an original. */
export type Family = { original?: StoredRelease }

/**
 * 403 when the caller may not, 409 on a stale version (with currentVersion), then 409 when the
 * status (or a stale translation) does not allow it.
 */
function check(
  action: ReleaseAction,
  actor: WorkflowActor,
  release: StoredRelease,
  version: number | undefined,
  family: Family,
): void {
  const refusal = whyNot(action, actor, { ...release, stale: isStale(release, family.original) })
  if (refusal?.status === 403) throw new ApiProblem(403, refusal.detail)
  assertVersion('release', version, release.version)
  if (refusal) throw new ApiProblem(refusal.status, refusal.detail, { currentStatus: release.status })
}

const entryOf = (
  release: StoredRelease,
  kind: HistoryDraft['kind'],
  from: ReleaseStatus | null,
  actorId: string | null,
  at: string,
  extra: Partial<HistoryDraft> = {},
): HistoryDraft => ({
  releaseId: release.id,
  kind,
  from,
  to: release.status,
  actorId,
  at,
  comment: null,
  publishAt: null,
  ...extra,
})

export function applyTransition(
  release: StoredRelease,
  request: TransitionRequest,
  actor: WorkflowActor,
  now: Date,
  family: Family = {},
): Change {
  const { action } = request
  check(action, actor, release, request.version, family)
  // A decision is bound to the text its maker saw: one that names no version could apply to any (issue #10).
  if (request.version === undefined) throw invalid({ version: 'Say which version of the release you decided on' })
  if (action === 'confirm-translation') return confirmTranslation(release, request, actor, now, family.original)
  if (action === 'submit') {
    const gaps = publicationGaps({ ...release, sourceCount: release.sourceIds.length })
    if (Object.keys(gaps).length > 0)
      throw invalid(gaps, `This release is not ready for review: ${Object.keys(gaps).join(', ')} missing.`)
  }
  const at = now.toISOString()
  const status = nextStatus(action, { publishAt: request.publishAt, now })
  const next: StoredRelease = { ...release, status, version: release.version + 1, updatedAt: at, updatedById: actor.id }
  if (action === 'submit') next.submittedAt = at
  if (action === 'request-changes') next.changesRequestedAt = at
  if (action === 'approve') {
    next.scheduledAt = status === 'scheduled' ? new Date(request.publishAt!).toISOString() : null
    next.publishedAt = status === 'published' ? at : null
  }
  if (action === 'withdraw') next.scheduledAt = null
  // Its approval goes with its publication time: as a draft it needs a new review.
  if (action === 'unschedule') next.scheduledAt = null
  // A reopened release is a draft again: nothing about it is planned or public any more.
  if (action === 'reopen') Object.assign(next, { scheduledAt: null, publishedAt: null })
  const entry = entryOf(next, action, release.status, actor.id, at, {
    comment: request.comment ?? null,
    // On an approval the time it set; on unscheduling the time it cancelled.
    publishAt: action === 'approve' ? next.scheduledAt : action === 'unschedule' ? release.scheduledAt : null,
    // The text the reviewer asked about: what its author changes since is shown against it (decision 0016).
    ...(action === 'request-changes' ? { content: contentOf(release) } : {}),
  })
  return { release: next, entry }
}

const contentOf = (release: StoredRelease): ReleaseContent => ({
  title: release.title,
  summary: release.summary,
  body: release.body,
})

/**
 * A change of content, by whoever changes it (four eyes then holds for them: they may not
 * approve it). Nobody changes a scheduled release (409): an admin returns it to draft first
 * (applyTransition's unschedule), a step of its own, seen and recorded. A reviewer's
 * correction in review keeps it in review and is recorded with the text before and after, so
 * that its author sees what changed. A change of title, summary or body counts a content
 * revision, which its translations are measured against; a translation's `basedOnRevision`
 * says its translator brought it up to date with its original (decision 0020).
 */
export function applyEdit(
  release: StoredRelease,
  changes: ContentChanges,
  actor: WorkflowActor,
  version: number | undefined,
  now: Date,
  { original, basedOnRevision }: Family & { basedOnRevision?: number } = {},
): Change {
  check('edit', actor, release, version, { original })
  const at = now.toISOString()
  const edited: StoredRelease = { ...release, ...changes }
  const next: StoredRelease = {
    ...(basedOnRevision === undefined ? edited : bringUpToDate(edited, original, basedOnRevision)),
    updatedAt: at,
    updatedById: actor.id,
    version: release.version + 1,
    contentEditedById: actor.id,
    contentRevision: revisionOf(release) + (contentChanged(release, edited) ? 1 : 0),
  }
  if (release.status === 'in-review') {
    // What is in review stays ready for publication: a correction may not empty what submitting required.
    const gaps = publicationGaps({ ...next, sourceCount: next.sourceIds.length })
    if (Object.keys(gaps).length > 0)
      throw invalid(
        gaps,
        `A release in review must stay ready for publication: ${Object.keys(gaps).join(', ')} missing.`,
      )
    return {
      release: next,
      entry: entryOf(next, 'edited-in-review', 'in-review', actor.id, at, {
        content: contentOf(next),
        contentBefore: contentOf(release),
      }),
    }
  }
  return { release: next, entry: null }
}

/** A scheduled release whose time has come is published, by nobody (actor null), at its scheduled time. Null when it is not due. */
export function applyDuePublication(release: StoredRelease, now: Date): Change | null {
  if (release.status !== 'scheduled' || release.scheduledAt === null || new Date(release.scheduledAt) > now) return null
  const at = release.scheduledAt
  const next: StoredRelease = {
    ...release,
    status: 'published',
    publishedAt: at,
    updatedAt: now.toISOString(),
    version: release.version + 1,
  }
  return { release: next, entry: entryOf(next, 'published', 'scheduled', null, at, { publishAt: at }) }
}
