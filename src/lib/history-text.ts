import type { HistoryEntry, ReleaseStatus } from '../api/contract'
import { releaseStatuses } from '../api/contract'
import { releaseStatusLabel } from '../components/status-badge'

const isStatus = (value: string): value is ReleaseStatus => releaseStatuses.some((status) => status === value)
export const statusLabel = (value: string): string => (isStatus(value) ? releaseStatusLabel(value) : value)

const kindTitle: Record<HistoryEntry['kind'], string> = {
  created: 'Created',
  submit: 'Submitted for review',
  recall: 'Recalled from review',
  approve: 'Approved',
  'request-changes': 'Changes requested',
  withdraw: 'Withdrawn',
  unschedule: 'Returned to draft',
  reopen: 'Reopened',
  published: 'Published',
  assigned: 'Field operations changed',
  'edited-in-review': 'Corrected in review',
  'confirm-translation': 'Confirmed still correct',
}

/** "Approved", the entry's headline. */
export const historyTitle = (entry: HistoryEntry): string => kindTitle[entry.kind]

/** "In review → Scheduled", or just "Draft" for the first entry. */
export const historyMove = (entry: HistoryEntry): string =>
  entry.from && entry.from !== entry.to
    ? `${statusLabel(entry.from)} → ${statusLabel(entry.to)}`
    : statusLabel(entry.to)

/** The reviewer's latest request for changes (who, when, what), or null when none was made. */
export const latestReviewRequest = (items: readonly HistoryEntry[]): HistoryEntry | null =>
  items.findLast((entry) => entry.kind === 'request-changes') ?? null
