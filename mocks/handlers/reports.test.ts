import { beforeEach, describe, expect, it } from 'vitest'
import {
  perFieldOfWorkSchema,
  perFieldOperationSchema,
  publishedPerMonthSchema,
  reviewTurnaroundSchema,
  translationTurnaroundSchema,
} from '../../src/api/contract'
import { commit, db, setNow, signInAs } from '../db'
import type { StoredHistoryEntry, StoredRelease } from '../../server/core/records'
import { api } from '../test-support/api'

/**
 * A small, known database: the seeded releases and their history are removed, and a handful
 * of releases with known dates and history put in their place. Every expected figure below is
 * counted from the fixture's own description, not with the code under test.
 */
const NOW = '2026-11-15T12:00:00.000Z'
type Fixture = {
  id: string
  status: StoredRelease['status']
  publishedAt: string | null
  ops: string[]
  fields: string[]
}

let token = ''
let fixtures: Fixture[] = []
let operationIds: string[] = []
let fieldIds: string[] = []

async function storeFixture(base: StoredRelease, fixture: Fixture) {
  await commit('releases', fixture.id, () => ({
    ...base,
    id: fixture.id,
    status: fixture.status,
    publishedAt: fixture.publishedAt,
    scheduledAt: null,
    fieldOperationIds: fixture.ops,
    fieldOfWorkIds: fixture.fields,
  }))
}

async function storeHistory(releaseId: string, entries: Array<{ kind: StoredHistoryEntry['kind']; at: string }>) {
  let n = 0
  for (const { kind, at } of entries) {
    const id = `history-${releaseId}-${n++}`
    await commit('history', id, () => ({
      id,
      releaseId,
      kind,
      from: null,
      to: 'draft',
      actorId: null,
      at,
      comment: null,
      publishAt: null,
    }))
  }
}

beforeEach(async () => {
  setNow(NOW)
  token = await signInAs('user-editor-amra')
  const base = db.releases.all()[0]!
  db.releases.clear()
  db.seedHistory = new Map()
  db.schedule.clear()
  operationIds = db.fieldOperations
    .all()
    .slice(0, 3)
    .map((operation) => operation.id)
  fieldIds = db.fieldsOfWork
    .all()
    .slice(0, 2)
    .map((field) => field.id)
  const [opA, opB] = operationIds as [string, string]
  const [fieldA, fieldB] = fieldIds as [string, string]
  fixtures = [
    { id: 'r1', status: 'published', publishedAt: '2026-11-02T09:00:00.000Z', ops: [opA], fields: [fieldA] },
    {
      id: 'r2',
      status: 'published',
      publishedAt: '2026-11-30T23:00:00.000Z',
      ops: [opA, opB],
      fields: [fieldA, fieldB],
    },
    { id: 'r3', status: 'published', publishedAt: '2026-09-10T09:00:00.000Z', ops: [], fields: [fieldB] },
    // Withdrawn: published once, not counted.
    { id: 'r4', status: 'withdrawn', publishedAt: '2026-09-11T09:00:00.000Z', ops: [opB], fields: [fieldA] },
    // Before the 24-month window (December 2024 is its first month).
    { id: 'r5', status: 'published', publishedAt: '2024-11-30T09:00:00.000Z', ops: [opB], fields: [fieldA] },
    { id: 'r6', status: 'published', publishedAt: '2024-12-01T00:00:00.000Z', ops: [], fields: [] },
    { id: 'r7', status: 'draft', publishedAt: null, ops: [opA], fields: [fieldA] },
  ]
  for (const fixture of fixtures) await storeFixture(base, fixture)
})

describe('reports', () => {
  it('answer 401 without a token', async () => {
    for (const path of [
      '/reports/published-per-month',
      '/reports/per-field-operation',
      '/reports/per-field-of-work',
      '/reports/review-turnaround',
      '/reports/translation-turnaround',
    ]) {
      expect((await api(path)).status).toBe(401)
    }
  })

  it('count published releases per month for the last 24 months, empty months included', async () => {
    const { status, json } = await api('/reports/published-per-month?months=24', { token })
    expect(status).toBe(200)
    const { items } = publishedPerMonthSchema.parse(json)
    expect(items).toHaveLength(24)
    expect(items[0]!.month).toBe('2024-12')
    expect(items.at(-1)!.month).toBe('2026-11')
    const expected = new Map<string, number>()
    for (const fixture of fixtures) {
      if (fixture.status !== 'published' || !fixture.publishedAt) continue
      const month = fixture.publishedAt.slice(0, 7)
      if (month >= '2024-12') expected.set(month, (expected.get(month) ?? 0) + 1)
    }
    expect(Object.fromEntries(items.filter((item) => item.count > 0).map((item) => [item.month, item.count]))).toEqual(
      Object.fromEntries(expected),
    )
    expect(expected.get('2026-11')).toBe(2)
  })

  it('counts published releases per field operation and per field of work, zeros included', async () => {
    const operations = perFieldOperationSchema.parse((await api('/reports/per-field-operation', { token })).json).items
    const fields = perFieldOfWorkSchema.parse((await api('/reports/per-field-of-work', { token })).json).items
    const published = fixtures.filter((fixture) => fixture.status === 'published')
    const count = (pick: (fixture: Fixture) => string[], id: string) =>
      published.filter((fixture) => pick(fixture).includes(id)).length
    expect(operations).toHaveLength(db.fieldOperations.all().length)
    for (const id of operationIds)
      expect(operations.find((item) => item.fieldOperation.id === id)?.count).toBe(count((f) => f.ops, id))
    for (const id of fieldIds)
      expect(fields.find((item) => item.fieldOfWork.id === id)?.count).toBe(count((f) => f.fields, id))
    expect(operations[0]!.count).toBeGreaterThanOrEqual(operations.at(-1)!.count)
    expect(operations.find((item) => item.fieldOperation.id === operationIds[2])?.count).toBe(0)
  })

  it('answers the median hours from the submission that led to an approval, per month of approval', async () => {
    // r1: submitted, sent back, submitted again 10 h before approval (the one that counts).
    await storeHistory('r1', [
      { kind: 'submit', at: '2026-10-01T00:00:00.000Z' },
      { kind: 'request-changes', at: '2026-10-02T00:00:00.000Z' },
      { kind: 'submit', at: '2026-10-30T14:00:00.000Z' },
      { kind: 'approve', at: '2026-10-31T00:00:00.000Z' },
    ])
    await storeHistory('r2', [
      { kind: 'submit', at: '2026-10-20T00:00:00.000Z' },
      { kind: 'approve', at: '2026-10-21T06:00:00.000Z' },
      { kind: 'withdraw', at: '2026-10-22T00:00:00.000Z' },
      { kind: 'submit', at: '2026-11-01T00:00:00.000Z' },
      { kind: 'approve', at: '2026-11-01T03:00:00.000Z' },
    ])
    await storeHistory('r3', [
      { kind: 'submit', at: '2026-10-05T00:00:00.000Z' },
      { kind: 'approve', at: '2026-10-06T00:00:00.000Z' },
    ])
    const { status, json } = await api('/reports/review-turnaround?months=3', { token })
    expect(status).toBe(200)
    const { items } = reviewTurnaroundSchema.parse(json)
    // October: 10 h, 30 h, 24 h → median 24; November: 3 h; September: none.
    expect(items).toEqual([
      { month: '2026-09', medianHours: null, count: 0 },
      { month: '2026-10', medianHours: 24, count: 3 },
      { month: '2026-11', medianHours: 3, count: 1 },
    ])
  })

  it('refuses a bad number of months with 422', async () => {
    expect((await api('/reports/published-per-month?months=0', { token })).status).toBe(422)
    expect((await api('/reports/review-turnaround?months=abc', { token })).status).toBe(422)
    expect((await api('/reports/translation-turnaround?months=121', { token })).status).toBe(422)
  })
})

describe('translation turnaround', () => {
  /** A translation of `originalId`, published (its history says when) or in another status. */
  async function storeTranslation(
    originalId: string,
    language: string,
    status: StoredRelease['status'],
    publishedAt: string | null,
  ) {
    const id = `${originalId}-${language}`
    await commit('releases', id, () => ({ ...db.releases.all()[0]!, id, language, originalId, status, publishedAt }))
    if (publishedAt)
      await commit('history', `history-${id}`, () => ({
        id: `history-${id}`,
        releaseId: id,
        kind: 'approve',
        from: 'in-review',
        to: 'published',
        actorId: 'user-reviewer-claire',
        at: publishedAt,
        comment: null,
        publishAt: null,
      }))
  }

  it('answers per language the translations published in the period, hours after their original, and the originals missing one', async () => {
    // r1 went out on 2 November 09:00 (its publishedAt: the fixtures have no history of it).
    await storeTranslation('r1', 'ru', 'published', '2026-11-03T09:00:00.000Z')
    await storeTranslation('r1', 'sq', 'published', '2026-11-02T15:00:00.000Z')
    // r3's Russian is still in review: r3 lacks one.
    await storeTranslation('r3', 'ru', 'in-review', null)
    const { status, json } = await api('/reports/translation-turnaround?months=3', { token })
    expect(status).toBe(200)
    const { originals, items } = translationTurnaroundSchema.parse(json)
    // Originals published now and in September–November: r1, r2 and r3 (r4 is withdrawn).
    expect(originals).toBe(3)
    const byCode = new Map(items.map((item) => [item.language, item]))
    expect(byCode.get('ru')).toEqual({ language: 'ru', count: 1, medianHours: 24, p90Hours: 24, missing: 2 })
    expect(byCode.get('sq')).toEqual({ language: 'sq', count: 1, medianHours: 6, p90Hours: 6, missing: 2 })
    expect(byCode.get('de')).toEqual({ language: 'de', count: 0, medianHours: null, p90Hours: null, missing: 3 })
    // Every language of the list but the originals' own (English), the two with translations first.
    expect(items.map((item) => item.language).toSorted()).toEqual(
      db.languages
        .all()
        .map((language) => language.code)
        .filter((code) => code !== 'en')
        .toSorted(),
    )
    expect(items.slice(0, 2).map((item) => item.language)).toEqual(['sq', 'ru'])
  })
})
