import type { ReleaseStatus } from '../../src/api/contract'
import type { StoredHistoryEntry, StoredRelease } from '../../server/core/records'
import { seedHistoryOf, seedVersionRange, withChangesRequestedAt, withdrawalReasons } from './generate-history'
import { createRandom, type Random } from './prng'
import {
  operationWords,
  releaseText,
  translatableTopics,
  type ReleaseText,
  type TextChoice,
  type TranslatableTopic,
} from './translation-templates'
import { seedEditorIds, seedUsers } from './users'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
/** About this share of the generated originals that could have one get translations. */
const FAMILY_SHARE = 0.2
const reviewerIds = seedUsers.filter((user) => user.role === 'reviewer').map((user) => user.id)
const adminIds = seedUsers.filter((user) => user.role === 'admin').map((user) => user.id)
/** The participant figure that turned out to be wrong (`withdrawalReasons`): a published original corrected. */
const wrongFigure = withdrawalReasons.find((reason) => reason.includes('figure'))!

const iso = (ms: number) => new Date(ms).toISOString()
const wholeMinutes = (ms: number) => ms - (ms % MINUTE)
/** A moment between `from` and `to`, or null when there is no room for one. */
const between = (random: Random, from: number, to: number): number | null =>
  to <= from ? null : wholeMinutes(from + random.next() * (to - from))

type Family = {
  original: StoredRelease
  history: StoredHistoryEntry[]
  operationId: string
  topic: TranslatableTopic
  /** The original's words now, and (when they changed after a translation was made) before. */
  now: TextChoice
  before: TextChoice
}

/**
 * The language families of the generated seed (decision 0020): about 15% of the generated
 * originals get one or two translations into languages of the field operation they are about
 * (`operationWords`), each with its own status, dates and history, consistent with its original:
 * never published before it, never scheduled while stale. A stale translation is one made from
 * the original's earlier words (its `basedOn`: a participant figure since corrected, sometimes
 * another closing paragraph), so a diff shows what changed; the original then counts
 * `contentRevision` 1. A published translation is stale only when its original was corrected
 * after it: withdrawn, reopened, changed, approved and published again (in its history).
 *
 * Each original draws on its own PRNG, so the originals without a family are the same as without
 * this step, and a family's original gets the families' English words (the same templates as its
 * translations'). Mutates the originals and their histories; answers the translations, in the
 * order of their originals, with their histories added to `history`.
 */
export function addTranslations(
  originals: StoredRelease[],
  history: Map<string, StoredHistoryEntry[]>,
  seed: number,
  now: number,
): StoredRelease[] {
  const translations: StoredRelease[] = []
  originals.forEach((original, index) => {
    const random = createRandom(seed + 104_729 * (index + 1))
    if (random.next() >= FAMILY_SHARE) return
    const operationId = original.sourceIds.find((id) => id.startsWith('structure-field-operation-'))?.slice(10)
    const languages = Object.keys((operationId && operationWords[operationId]) ?? {}).filter((code) => code !== 'en')
    const topic = translatableTopics.find((id) => original.fieldOfWorkIds.includes(id))
    if (!operationId || languages.length === 0 || !topic) return

    const choice: TextChoice = {
      title: random.int(0, 1) as 0 | 1,
      opening: random.int(0, 1) as 0 | 1,
      closing: random.int(0, 1) as 0 | 1,
      participants: random.int(12, 90),
    }
    const before: TextChoice = {
      ...choice,
      participants: choice.participants + random.int(1, 9) * (random.next() < 0.5 ? -1 : 1),
      closing: random.next() < 0.5 ? choice.closing : ((1 - choice.closing) as 0 | 1),
    }
    const family: Family = { original, history: history.get(original.id)!, operationId, topic, now: choice, before }
    Object.assign(original, releaseText('en', operationId, topic, choice))
    original.originalId = null
    original.contentRevision = 0

    const count = languages.length > 1 && random.next() < 0.35 ? 2 : 1
    const planned = familyPlan(family, random, now)
    for (const language of random.sample(languages, count)) {
      const translation = translationOf(family, language, planned, random, now)
      if (!translation) continue
      translations.push(translation.release)
      history.set(translation.release.id, translation.entries)
    }
  })
  return translations
}

type Plan = {
  /** The original's words changed after a translation was made from them (its revision is then 1). */
  changed: boolean
  /** When a published original was withdrawn to be corrected (its translations, published before, are stale). */
  correctedAt: number | null
  /** When the original's words last changed: its approval, or its last write while in progress. */
  settledAt: number
  /** When it first went out (published and withdrawn originals). */
  firstPublishedAt: number | null
}

/** What happened to the family's original: whether its words changed after translations were made, and when. */
function familyPlan(family: Family, random: Random, now: number): Plan {
  const { original } = family
  const approval = family.history.findLast((entry) => entry.kind === 'approve')
  const settledAt = Date.parse(approval?.at ?? original.updatedAt)
  const firstPublishedAt = original.publishedAt ? Date.parse(original.publishedAt) : null
  let changed = false
  let correctedAt: number | null = null
  if (original.status === 'draft' || original.status === 'changes-requested' || original.status === 'in-review')
    changed = random.next() < 0.45
  else if (original.status === 'scheduled') changed = random.next() < 0.3
  else if (original.status === 'published' && random.next() < 0.3)
    correctedAt = between(random, firstPublishedAt! + 2 * DAY, Math.min(firstPublishedAt! + 60 * DAY, now - 40 * HOUR))
  if (correctedAt !== null) {
    changed = true
    correct(family, correctedAt, random)
  }
  if (changed) {
    original.contentRevision = 1
  }
  return { changed, correctedAt, settledAt, firstPublishedAt }
}

/** The published original was withdrawn for a wrong figure, reopened, corrected, approved and published again. */
function correct(family: Family, withdrawnAt: number, random: Random) {
  const { original, history } = family
  const admin = random.pick(adminIds)
  const reviewer = random.pick(reviewerIds)
  const submittedAt = withdrawnAt + random.int(2, 20) * HOUR
  const republishedAt = submittedAt + random.int(1, 18) * HOUR
  const add = (
    kind: StoredHistoryEntry['kind'],
    from: ReleaseStatus,
    to: ReleaseStatus,
    actorId: string,
    at: number,
    comment: string | null = null,
  ) =>
    history.push({
      id: `history-${original.id}-${history.length}`,
      releaseId: original.id,
      kind,
      from,
      to,
      actorId,
      at: iso(at),
      comment,
      publishAt: null,
    })
  add('withdraw', 'published', 'withdrawn', admin, withdrawnAt, wrongFigure)
  add('reopen', 'withdrawn', 'draft', admin, withdrawnAt + 20 * MINUTE)
  add('submit', 'draft', 'in-review', original.authorId, submittedAt)
  add('approve', 'in-review', 'published', reviewer, republishedAt, 'Figure corrected; translations to follow.')
  Object.assign(original, {
    publishedAt: iso(republishedAt),
    updatedAt: iso(republishedAt),
    updatedById: reviewer,
    submittedAt: iso(submittedAt),
    // The withdrawal, the reopening, the correction, the submission and the approval: five writes.
    version: original.version + 5,
  })
}

/** The statuses a translation may have, given its original's (never ahead of it). */
function translationStatus(original: StoredRelease, plan: Plan, random: Random): ReleaseStatus {
  if (plan.correctedAt !== null) return 'published'
  switch (original.status) {
    case 'draft':
      return 'draft'
    case 'in-review':
    case 'changes-requested':
      return random.pick(['draft', 'draft', 'in-review'] as const)
    case 'scheduled':
      return random.pick(['draft', 'in-review', 'scheduled', 'scheduled'] as const)
    case 'published': {
      const roll = random.next()
      return roll < 0.55
        ? 'published'
        : roll < 0.65
          ? 'scheduled'
          : roll < 0.8
            ? 'in-review'
            : roll < 0.9
              ? 'changes-requested'
              : 'draft'
    }
    case 'withdrawn':
      return 'withdrawn'
  }
}

/**
 * One translation of the family into `language`, or null when its original's dates leave no room
 * for one in the status drawn (a family then has one version fewer).
 */
function translationOf(
  family: Family,
  language: string,
  plan: Plan,
  random: Random,
  now: number,
): { release: StoredRelease; entries: StoredHistoryEntry[] } | null {
  const { original } = family
  const status = translationStatus(original, plan, random)
  const originalCreated = Date.parse(original.createdAt)
  // A stale translation was made from the words before the change; in progress, some were made after it.
  let stale =
    plan.correctedAt !== null ||
    (plan.changed &&
      (status === 'draft' || status === 'in-review' || status === 'changes-requested') &&
      random.next() < 0.75)

  let createdMs: number | null
  let updatedMs: number | null = null
  let publishedMs: number | null = null
  let scheduledMs: number | null = null
  if (status === 'published' || status === 'withdrawn') {
    const first = plan.firstPublishedAt!
    const last = Math.min(
      first + 7 * DAY,
      plan.correctedAt ?? Infinity,
      original.status === 'withdrawn' ? Date.parse(original.updatedAt) : Infinity,
      now,
    )
    publishedMs = between(random, first + 3 * HOUR, last - HOUR)
    if (publishedMs === null) return null
    createdMs = between(random, plan.settledAt + 30 * MINUTE, publishedMs - 2 * HOUR) ?? plan.settledAt + 30 * MINUTE
    updatedMs =
      status === 'withdrawn' ? Math.min(now, Date.parse(original.updatedAt) + random.int(0, 120) * MINUTE) : publishedMs
  } else if (status === 'scheduled') {
    // After its original's, and as far ahead as the generated originals' (a week or more).
    scheduledMs =
      original.status === 'scheduled'
        ? Date.parse(original.scheduledAt!) + random.int(1, 48) * HOUR
        : now - (now % DAY) + random.int(8, 35) * DAY + random.int(8, 15) * HOUR
    createdMs = between(random, plan.settledAt + HOUR, now - 6 * HOUR)
    if (createdMs === null) return null
    updatedMs = between(random, createdMs + 2 * HOUR, now)
    if (updatedMs === null) return null
  } else {
    // In progress: made before the original's last change (stale), or after it.
    createdMs = stale ? between(random, originalCreated + HOUR, plan.settledAt - HOUR) : null
    if (createdMs === null) {
      stale = false
      createdMs = between(random, plan.settledAt + HOUR, now - 2 * HOUR)
    }
    if (createdMs === null) return null
    updatedMs = Math.min(now, createdMs + random.int(2, 96) * HOUR)
  }

  const authorId = random.pick(seedEditorIds)
  const [minVersion, maxVersion] = seedVersionRange[status]
  const basis: ReleaseText = releaseText('en', family.operationId, family.topic, stale ? family.before : family.now)
  const release: StoredRelease = {
    id: `${original.id}-${language}`,
    type: original.type,
    language,
    ...releaseText(language, family.operationId, family.topic, stale ? family.before : family.now),
    dateline: { place: operationWords[family.operationId]![language]!.place, date: original.dateline.date },
    sourceIds: [...original.sourceIds],
    fieldOfWorkIds: [...original.fieldOfWorkIds],
    stateIds: [...original.stateIds],
    fieldOperationIds: [...original.fieldOperationIds],
    status,
    scheduledAt: scheduledMs === null ? null : iso(scheduledMs),
    publishedAt: publishedMs === null ? null : iso(publishedMs),
    submittedAt: null,
    authorId,
    createdAt: iso(createdMs),
    updatedAt: iso(Math.max(createdMs, updatedMs)),
    version: random.int(minVersion, maxVersion),
    originalId: original.id,
    contentRevision: 0,
    basedOn: { revision: stale ? 0 : (original.contentRevision ?? 0), ...basis },
  }
  const { entries, submittedAt } = seedHistoryOf(release, random)
  release.submittedAt = submittedAt
  release.updatedById = entries.findLast((entry) => entry.actorId !== null)?.actorId ?? release.authorId
  withChangesRequestedAt(release, entries)
  return { release, entries }
}
