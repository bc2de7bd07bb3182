import { beforeEach, describe, expect, it } from 'vitest'
import { problemSchema, releaseCountsSchema, releasePageSchema, releaseTypes } from '../../src/api/contract'
import { db, signInAs } from '../db'
import { api } from '../test-support/api'

// The review queue's query: releases in review, by type, oldest submission first or by dateline.
let token = ''
beforeEach(async () => {
  token = await signInAs('user-reviewer-claire')
})
const list = async (query: string) => {
  const { status, json } = await api(`/releases?${query}`, { token })
  expect(status).toBe(200)
  return releasePageSchema.parse(json)
}

describe('GET /releases?type=', () => {
  it.each(releaseTypes)('answers only releases of type %s, every one of them', async (type) => {
    const expected = db.releases.all().filter((release) => release.type === type).length
    expect(expected).toBeGreaterThan(0)
    const page = await list(`type=${type}&pageSize=100`)
    expect(page.total).toBe(expected)
    expect(page.items.every((item) => item.type === type)).toBe(true)
  })

  it('combines with status, and the per-status counts honour it', async () => {
    const statements = db.releases.all().filter((release) => release.type === 'statement')
    const inReview = statements.filter((release) => release.status === 'in-review').length
    expect((await list('type=statement&status=in-review&pageSize=1')).total).toBe(inReview)
    const { status, json } = await api('/releases/counts?type=statement', { token })
    expect(status).toBe(200)
    expect(releaseCountsSchema.parse(json).counts['in-review']).toBe(inReview)
  })

  it('answers 422 naming the field for an unknown type', async () => {
    const { status, json } = await api('/releases?type=memo', { token })
    expect(status).toBe(422)
    expect(problemSchema.parse(json).errors).toHaveProperty('type')
  })
})

describe('GET /releases, the review queue orders', () => {
  it('puts the one waiting longest first with sort=submittedAt', async () => {
    const page = await list('status=in-review&sort=submittedAt&pageSize=100')
    expect(page.total).toBeGreaterThan(1)
    const submitted = page.items.map((item) => item.submittedAt!)
    expect(submitted.every(Boolean)).toBe(true)
    expect(submitted.toSorted()).toEqual(submitted)
  })

  it('sorts releases in review by dateline, newest first with sort=-dateline', async () => {
    const dates = (await list('status=in-review&sort=-dateline&pageSize=100')).items.map((item) => item.dateline.date)
    expect(dates.toSorted().toReversed()).toEqual(dates)
  })
})
