import type { StoredRelease } from '../../server/core/records'

/** The time the workflow tests act at. */
export const at = '2026-11-30T09:00:00.000Z'

/** A published English original, Amra's, for the language versions' unit tests. */
export const original: StoredRelease = {
  id: 'release-original',
  type: 'press-release',
  title: 'Chair concludes visit',
  language: 'en',
  dateline: { place: 'Dushanbe', date: '2024-06-26' },
  summary: 'The Chair met the President.',
  body: '<p>Text</p>',
  sourceIds: ['structure-chairpersonship'],
  fieldOfWorkIds: ['field-of-work-youth'],
  stateIds: ['state-tj'],
  fieldOperationIds: ['field-operation-programme-office-in-dushanbe'],
  status: 'published',
  scheduledAt: null,
  publishedAt: at,
  submittedAt: at,
  authorId: 'user-editor-amra',
  createdAt: at,
  updatedAt: at,
  version: 4,
}
