import type { ReleaseType } from '../api/contract'

/** A release's type as the public page names it above the title. */
export const releaseTypeLabels: Record<ReleaseType, string> = {
  'press-release': 'Press release',
  'news-item': 'News item',
  statement: 'Statement',
}
