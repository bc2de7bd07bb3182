import { placeNameIn, type ReleaseContent, type TranslationBasis } from '../../../src/api/contract'
import { ApiProblem, invalid } from '../problem'
import type { StoredRelease } from '../records'
import type { Change, TransitionRequest } from './transitions'

/**
 * Language versions (decision 0020), pure as the transitions are: a translation is a release with
 * `originalId` and `basedOn`, the original's content it was made from. Records stored before
 * language versions are originals at revision 0.
 */
export const revisionOf = (release: Pick<StoredRelease, 'contentRevision'>): number => release.contentRevision ?? 0

/** A translation is stale when its original's content moved past the revision it was based on. */
export function isStale(
  release: Pick<StoredRelease, 'basedOn'>,
  original: Pick<StoredRelease, 'contentRevision'> | undefined,
): boolean {
  return !!release.basedOn && original !== undefined && revisionOf(original) > release.basedOn.revision
}

const contentOf = (release: Pick<StoredRelease, keyof ReleaseContent>): ReleaseContent => ({
  title: release.title,
  summary: release.summary,
  body: release.body,
})

export const contentChanged = (before: StoredRelease, after: StoredRelease): boolean =>
  before.title !== after.title || before.summary !== after.summary || before.body !== after.body

const basisOf = (original: StoredRelease): TranslationBasis => ({
  ...contentOf(original),
  revision: revisionOf(original),
})

/**
 * A new draft in `language`, its maker's, from the original: the same type, dateline, references
 * and field operations, and the original's words to translate over (its structure, headings,
 * lists and links kept), based on the original's content now.
 */
export function newTranslation(
  original: StoredRelease,
  language: string,
  authorId: string,
  id: string,
  at: string,
): StoredRelease {
  return {
    id,
    type: original.type,
    language,
    ...contentOf(original),
    // The place as the translation's language writes it (Душанбе), the date as it is: printed in that language.
    dateline: { ...original.dateline, place: placeNameIn(original.dateline.place, language) },
    sourceIds: [...original.sourceIds],
    fieldOfWorkIds: [...original.fieldOfWorkIds],
    stateIds: [...original.stateIds],
    fieldOperationIds: [...original.fieldOperationIds],
    status: 'draft',
    scheduledAt: null,
    publishedAt: null,
    submittedAt: null,
    authorId,
    contentEditedById: authorId,
    createdAt: at,
    updatedAt: at,
    updatedById: authorId,
    version: 1,
    originalId: original.id,
    contentRevision: 0,
    basedOn: basisOf(original),
  }
}

/**
 * Its translator says the translation now follows the original as it is (`basedOnRevision`, the
 * revision they saw): it is based on the original's content now. A revision that is no longer the
 * original's is a 409 (the original changed again meanwhile), so nobody confirms text they did not see.
 */
export function bringUpToDate(
  release: StoredRelease,
  original: StoredRelease | undefined,
  basedOnRevision: number,
): StoredRelease {
  if (!release.originalId || !original) throw invalid({ basedOnRevision: 'Only a translation is based on an original' })
  if (basedOnRevision !== revisionOf(original))
    throw new ApiProblem(
      409,
      'The original changed again since you compared it: compare it once more, then bring the translation up to date.',
      { originalRevision: revisionOf(original) },
    )
  return { ...release, basedOn: basisOf(original) }
}

/**
 * A reviewer confirms that a stale translation still says what its original says now (decision
 * 0020): its basis moves to the original's current revision, its words, status, schedule and
 * approval stay (no new review), and the history records who confirmed it against which revision.
 * The revision they compared must be the original's now (409 otherwise), as when its translator
 * brings it up to date. Who may, and on which versions, the rule table has decided already.
 */
export function confirmTranslation(
  release: StoredRelease,
  request: TransitionRequest,
  actor: { id: string },
  now: Date,
  original: StoredRelease | undefined,
): Change {
  if (request.originalRevision === undefined)
    throw invalid({ originalRevision: 'Say which revision of the original you compared' })
  if (!original || request.originalRevision !== revisionOf(original))
    throw new ApiProblem(
      409,
      'The original changed again since you compared it: compare it once more, then confirm the translation.',
      { originalRevision: original ? revisionOf(original) : null },
    )
  const at = now.toISOString()
  const next: StoredRelease = {
    ...release,
    basedOn: basisOf(original),
    version: release.version + 1,
    updatedAt: at,
    updatedById: actor.id,
  }
  return {
    release: next,
    entry: {
      releaseId: release.id,
      kind: 'confirm-translation',
      from: release.status,
      to: release.status,
      actorId: actor.id,
      at,
      comment: request.comment ?? null,
      publishAt: null,
      originalRevision: revisionOf(original),
    },
  }
}

/**
 * The original's words changed: a scheduled translation of the old words goes back to draft, by
 * nobody, its approval gone (what was approved no longer says what the original says). Null for a
 * translation in any other status: a published one stays out and shows that it is stale.
 */
export function unscheduleForOriginal(translation: StoredRelease, at: string): Change | null {
  if (translation.status !== 'scheduled') return null
  const release: StoredRelease = {
    ...translation,
    status: 'draft',
    scheduledAt: null,
    version: translation.version + 1,
    updatedAt: at,
  }
  return {
    release,
    entry: {
      releaseId: release.id,
      kind: 'unschedule',
      from: 'scheduled',
      to: 'draft',
      actorId: null,
      at,
      comment:
        'The original changed after this translation was approved: it returns to draft to be brought up to date and reviewed again.',
      publishAt: translation.scheduledAt,
    },
  }
}

/** The id its family goes by: the original's (decision 0020). */
export const familyKey = (release: Pick<StoredRelease, 'id' | 'originalId'>): string => release.originalId ?? release.id
