import type { ReleaseListItem } from '../api/contract'

/**
 * When a release goes or went out: `scheduledAt` while scheduled, `publishedAt` once
 * published; null for every other status (a withdrawn release keeps its old times, but goes
 * out at none). The list's sort key `publication` orders by the same value.
 */
export function publicationTime(
  release: Pick<ReleaseListItem, 'status' | 'scheduledAt' | 'publishedAt'>,
): string | null {
  if (release.status === 'scheduled') return release.scheduledAt
  if (release.status === 'published') return release.publishedAt
  return null
}
