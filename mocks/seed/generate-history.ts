import type { HistoryKind, ReleaseStatus } from '../../src/api/contract'
import type { StoredHistoryEntry, StoredRelease } from '../../server/core/records'
import type { Random } from './prng'
import { seedUsers } from './users'

const reviewerIds = seedUsers.filter((user) => user.role === 'reviewer').map((user) => user.id)
const adminIds = seedUsers.filter((user) => user.role === 'admin').map((user) => user.id)
const MINUTE = 60_000

/** How many versions a seeded release of each status has had (its steps and edits), the least and the most. */
export const seedVersionRange: Record<ReleaseStatus, [number, number]> = {
  draft: [1, 3],
  'in-review': [2, 4],
  'changes-requested': [3, 5],
  scheduled: [4, 6],
  published: [4, 8],
  withdrawn: [6, 9],
}

export const changeRequests = [
  'Please add a quote from the Head of Mission and check the number of participants.',
  'The second paragraph repeats the summary; tighten it and name the partner ministry.',
  'Add the project’s donor and link to the event page.',
  'The title is too long for the homepage teaser; shorten it.',
]
export const withdrawalReasons = [
  'Published before the host authorities cleared the joint statement.',
  'Superseded by the Chairpersonship’s statement of the same day.',
  'Contains a participant figure that turned out to be wrong.',
]

/**
 * A plausible history for a seeded release, consistent with its status and dates: created
 * by its author, submitted, sometimes sent back once, approved by a reviewer (four eyes),
 * published now or on schedule, withdrawn by an admin. Answers the entries, oldest first,
 * and when it was last submitted (the release's submittedAt).
 */
export function seedHistoryOf(
  release: StoredRelease,
  random: Random,
): { entries: StoredHistoryEntry[]; submittedAt: string | null } {
  const entries: StoredHistoryEntry[] = []
  let status: ReleaseStatus | null = null
  const add = (
    kind: HistoryKind,
    to: ReleaseStatus,
    actorId: string | null,
    atMs: number,
    extra: Partial<StoredHistoryEntry> = {},
  ) => {
    entries.push({
      id: `history-${release.id}-${entries.length}`,
      releaseId: release.id,
      kind,
      from: status,
      to,
      actorId,
      at: new Date(atMs).toISOString(),
      comment: null,
      publishAt: null,
      ...extra,
    })
    status = to
  }
  const created = Date.parse(release.createdAt)
  const updated = Date.parse(release.updatedAt)
  const reviewer = random.pick(reviewerIds)
  add('created', 'draft', release.authorId, created)
  if (release.status === 'draft') return { entries, submittedAt: null }

  // The review ends at `reviewEnd`: the last change for work in progress, the approval for the rest.
  const published = release.publishedAt ? Date.parse(release.publishedAt) : null
  const onSchedule = release.status === 'scheduled' || (published !== null && random.next() < 0.5)
  const reviewEnd =
    release.status === 'scheduled'
      ? updated
      : published !== null
        ? onSchedule
          ? published - Math.min(random.int(2, 20) * 60 * MINUTE, Math.floor((published - created) / 2))
          : published
        : updated
  // A round of changes when the version leaves room for it (each transition is a write).
  const steps = {
    'in-review': 1,
    'changes-requested': 2,
    scheduled: 2,
    published: onSchedule ? 3 : 2,
    withdrawn: onSchedule ? 4 : 3,
  }[release.status]
  const extraRound = release.status !== 'changes-requested' && release.version - 1 >= steps + 2 && random.next() < 0.35
  const points = (extraRound ? 2 : 0) + (release.status === 'in-review' ? 0 : 1)
  // Evenly spaced, whole minutes, strictly between creation and the end of the review.
  const span = Math.max(reviewEnd - created, (points + 2) * MINUTE)
  const at = (k: number) => created + Math.floor((span * k) / (points + 2) / MINUTE) * MINUTE

  let k = 1
  add('submit', 'in-review', release.authorId, at(k++))
  if (extraRound) {
    add('request-changes', 'changes-requested', reviewer, at(k++), { comment: random.pick(changeRequests) })
    add('submit', 'in-review', release.authorId, at(k++))
  }
  const submittedAt = entries.at(-1)!.at
  if (release.status === 'in-review') {
    // The last submission is the release's last write.
    entries.at(-1)!.at = release.updatedAt
    return { entries, submittedAt: release.updatedAt }
  }
  if (release.status === 'changes-requested') {
    add('request-changes', 'changes-requested', reviewer, reviewEnd, { comment: random.pick(changeRequests) })
    return { entries, submittedAt }
  }
  if (release.status === 'scheduled') {
    add('approve', 'scheduled', reviewer, reviewEnd, { publishAt: release.scheduledAt })
    return { entries, submittedAt }
  }
  if (onSchedule) {
    add('approve', 'scheduled', reviewer, reviewEnd, { publishAt: release.publishedAt })
    add('published', 'published', null, published!, { publishAt: release.publishedAt })
  } else {
    add('approve', 'published', reviewer, published!)
  }
  if (release.status === 'withdrawn')
    add('withdraw', 'withdrawn', random.pick(adminIds), updated, { comment: random.pick(withdrawalReasons) })
  return { entries, submittedAt }
}

/** Keeps on the release when its history last asked for changes (the list shows it), as a write does. */
export function withChangesRequestedAt(release: StoredRelease, entries: readonly StoredHistoryEntry[]): void {
  const at = entries.findLast((entry) => entry.kind === 'request-changes')?.at
  if (at !== undefined) release.changesRequestedAt = at
}
