import { describe, expect, it } from 'vitest'
import type { StoredHistoryEntry, StoredRelease } from '../../server/core/records'
import { firstPublications, percentile, translationTurnaround } from '../../server/core/reports/translation-turnaround'

/**
 * A small family history, every figure expected below counted by hand from this description.
 * The period: the last 3 months up to 15 November 2026 (September, October, November).
 */
const NOW = new Date('2026-11-15T12:00:00.000Z')
const languages = [
  { code: 'en', name: 'English' },
  { code: 'ru', name: 'Russian' },
  { code: 'sq', name: 'Albanian' },
  { code: 'mk', name: 'Macedonian' },
  { code: 'de', name: 'German' },
]

type Spec = {
  id: string
  language?: string
  originalId?: string
  status: StoredRelease['status']
  /** When it went out, oldest first (a history entry to 'published' each); none: no history of it. */
  published?: string[]
  publishedAt?: string | null
}

const base: Omit<StoredRelease, 'id' | 'language' | 'status' | 'publishedAt' | 'originalId'> = {
  type: 'press-release',
  title: 'A release',
  dateline: { place: 'Skopje', date: '2026-09-01' },
  summary: 'Summary',
  body: '<p>Text</p>',
  sourceIds: ['structure-chairpersonship'],
  fieldOfWorkIds: [],
  stateIds: [],
  fieldOperationIds: [],
  scheduledAt: null,
  submittedAt: null,
  authorId: 'user-editor-amra',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 3,
}

function build(specs: Spec[]) {
  const releases: StoredRelease[] = specs.map((spec) => ({
    ...base,
    id: spec.id,
    language: spec.language ?? 'en',
    originalId: spec.originalId ?? null,
    status: spec.status,
    publishedAt: spec.publishedAt !== undefined ? spec.publishedAt : (spec.published?.at(-1) ?? null),
  }))
  const histories: StoredHistoryEntry[][] = specs.map((spec) =>
    (spec.published ?? []).map((at, index) => ({
      id: `${spec.id}-${index}`,
      releaseId: spec.id,
      kind: 'approve',
      from: 'in-review',
      to: 'published',
      actorId: 'user-reviewer-claire',
      at,
      comment: null,
      publishAt: null,
    })),
  )
  return { releases, histories }
}

const specs: Spec[] = [
  // o1: Russian a day after, Albanian 12 hours after.
  { id: 'o1', status: 'published', published: ['2026-10-01T00:00:00.000Z'] },
  { id: 'o1-ru', language: 'ru', originalId: 'o1', status: 'published', published: ['2026-10-02T00:00:00.000Z'] },
  { id: 'o1-sq', language: 'sq', originalId: 'o1', status: 'published', published: ['2026-10-01T12:00:00.000Z'] },
  // o2: withdrawn and published again on 10 September; its Russian went out on the 3rd: 48 h after the first.
  { id: 'o2', status: 'published', published: ['2026-09-01T00:00:00.000Z', '2026-09-10T00:00:00.000Z'] },
  { id: 'o2-ru', language: 'ru', originalId: 'o2', status: 'published', published: ['2026-09-03T00:00:00.000Z'] },
  // o3: its Russian went out a day before it (0 h); its Macedonian is a draft (missing).
  { id: 'o3', status: 'published', published: ['2026-11-01T00:00:00.000Z'] },
  { id: 'o3-ru', language: 'ru', originalId: 'o3', status: 'published', published: ['2026-10-31T00:00:00.000Z'] },
  { id: 'o3-mk', language: 'mk', originalId: 'o3', status: 'draft' },
  // o4: Russian 10 days after (no history: its publishedAt counts); Albanian withdrawn (missing, not counted).
  { id: 'o4', status: 'published', published: ['2026-11-02T00:00:00.000Z'] },
  { id: 'o4-ru', language: 'ru', originalId: 'o4', status: 'published', publishedAt: '2026-11-12T00:00:00.000Z' },
  { id: 'o4-sq', language: 'sq', originalId: 'o4', status: 'withdrawn', published: ['2026-11-03T00:00:00.000Z'] },
  // o5: published in June, before the period; its Russian in it, 111 days (2664 h) later.
  { id: 'o5', status: 'published', published: ['2026-06-01T00:00:00.000Z'] },
  { id: 'o5-ru', language: 'ru', originalId: 'o5', status: 'published', published: ['2026-09-20T00:00:00.000Z'] },
  // o6: never published; its Russian is (0 h).
  { id: 'o6', status: 'draft' },
  { id: 'o6-ru', language: 'ru', originalId: 'o6', status: 'published', published: ['2026-10-10T00:00:00.000Z'] },
  // o7: a Russian original, its English a day after.
  { id: 'o7', language: 'ru', status: 'published', published: ['2026-10-05T00:00:00.000Z'] },
  { id: 'o7-en', language: 'en', originalId: 'o7', status: 'published', published: ['2026-10-06T00:00:00.000Z'] },
  // o8: withdrawn: off the public page, missing nothing.
  { id: 'o8', status: 'withdrawn', published: ['2026-10-03T00:00:00.000Z'] },
  // o9: its German went out in August, before the period: not counted, but o9 is before the period too.
  { id: 'o9', status: 'published', published: ['2026-08-01T00:00:00.000Z'] },
  { id: 'o9-de', language: 'de', originalId: 'o9', status: 'published', published: ['2026-08-02T00:00:00.000Z'] },
]

describe('translation turnaround', () => {
  it('answers, per language, the translations published in the period, their median and 90th percentile hours, and the originals missing one', () => {
    const { releases, histories } = build(specs)
    const { originals, items } = translationTurnaround(releases, histories, languages, NOW, 3)
    expect(originals).toBe(5)
    // Russian: 24, 48, 0, 240, 2664, 0 → sorted 0, 0, 24, 48, 240, 2664: median 36, 90th (6th of 6) 2664.
    // Originals live and first published in the period: o1, o2, o3, o4, o7.
    expect(items).toEqual([
      { language: 'ru', count: 6, medianHours: 36, p90Hours: 2664, missing: 0 },
      // Ties on count go by English name: Albanian before English.
      { language: 'sq', count: 1, medianHours: 12, p90Hours: 12, missing: 4 },
      { language: 'en', count: 1, medianHours: 24, p90Hours: 24, missing: 0 },
      { language: 'de', count: 0, medianHours: null, p90Hours: null, missing: 5 },
      { language: 'mk', count: 0, medianHours: null, p90Hours: null, missing: 5 },
    ])
  })

  it('leaves out a language with nothing to say, and lists a translation’s language the list lacks by its code', () => {
    const { releases, histories } = build([
      { id: 'o1', language: 'ru', status: 'published', published: ['2026-10-01T00:00:00.000Z'] },
      { id: 'o1-xx', language: 'cnr', originalId: 'o1', status: 'published', published: ['2026-10-01T06:30:00.000Z'] },
    ])
    const { originals, items } = translationTurnaround(releases, histories, [{ code: 'ru', name: 'Russian' }], NOW, 3)
    expect(originals).toBe(1)
    expect(items).toEqual([{ language: 'cnr', count: 1, medianHours: 6.5, p90Hours: 6.5, missing: 0 }])
  })

  it('answers nothing when nothing was published', () => {
    expect(translationTurnaround([], [], languages, NOW, 24)).toEqual({ originals: 0, items: [] })
  })
})

describe('the figures it is made of', () => {
  it('takes the nearest rank for a percentile: a turnaround that happened', () => {
    expect(percentile([], 0.9)).toBeNull()
    expect(percentile([5], 0.9)).toBe(5)
    // Ten values: the 9th; eleven: the 10th (ceil 9.9).
    expect(percentile([10, 1, 2, 3, 4, 5, 6, 7, 8, 9], 0.9)).toBe(9)
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 0.9)).toBe(10)
  })

  it('reads each release’s first publication from its history, in whatever order it comes', () => {
    const { histories } = build([
      { id: 'a', status: 'published', published: ['2026-09-10T00:00:00.000Z', '2026-09-01T00:00:00.000Z'] },
      { id: 'b', status: 'draft' },
    ])
    expect(firstPublications(histories)).toEqual(new Map([['a', Date.parse('2026-09-01T00:00:00.000Z')]]))
  })
})
