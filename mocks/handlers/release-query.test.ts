import { beforeEach, describe, expect, it } from 'vitest'
import { noFieldOperation, releasePageSchema } from '../../src/api/contract'
import { db, signInAs } from '../db'
import { api } from '../test-support/api'

let token = ''
beforeEach(async () => {
  token = await signInAs('user-admin-elena')
})
const list = async (query: string) => {
  const { status, json } = await api(`/releases?${query}`, { token })
  expect(status).toBe(200)
  return releasePageSchema.parse(json)
}

describe('GET /releases?fieldOperation=none', () => {
  it('answers exactly the releases assigned to no field operation, with the other filters', async () => {
    const unassigned = db.releases.findMany((q) => q.where((release) => release.fieldOperationIds.length === 0))
    expect(unassigned.length).toBeGreaterThan(0)
    const page = await list(`fieldOperation=${noFieldOperation}&pageSize=100`)
    expect(page.total).toBe(unassigned.length)
    expect(page.items.every((item) => item.fieldOperations.length === 0)).toBe(true)

    const drafts = await list(`fieldOperation=${noFieldOperation}&status=draft&pageSize=100`)
    const expected = unassigned.filter((release) => release.status === 'draft').length
    expect(drafts.total).toBe(expected)
    expect(drafts.items.every((item) => item.status === 'draft' && item.fieldOperations.length === 0)).toBe(true)
  })

  it('loses a release once it is assigned, and counts by status the same way', async () => {
    const [first] = (await list(`fieldOperation=${noFieldOperation}&sort=title`)).items
    const before = await list(`fieldOperation=${noFieldOperation}`)
    const assigned = await api('/releases/assignments', {
      method: 'POST',
      token,
      body: { releaseIds: [first!.id], fieldOperationIds: ['field-operation-mission-to-moldova'], mode: 'add' },
    })
    expect(assigned.status).toBe(200)
    const after = await list(`fieldOperation=${noFieldOperation}`)
    expect(after.total).toBe(before.total - 1)

    const { json } = await api(`/releases/counts?fieldOperation=${noFieldOperation}`, { token })
    const counts = (json as { counts: Record<string, number> }).counts
    expect(Object.values(counts).reduce((sum, count) => sum + count, 0)).toBe(after.total)
  })
})

describe('GET /releases?sort=publication', () => {
  const timeOf = (item: { status: string; scheduledAt: string | null; publishedAt: string | null }) =>
    item.status === 'scheduled' ? item.scheduledAt : item.status === 'published' ? item.publishedAt : null
  const all = async (sort: string) => {
    const first = await list(`sort=${sort}&pageSize=100`)
    const pages = Math.ceil(first.total / 100)
    const rest = await Promise.all(
      Array.from({ length: pages - 1 }, (_, index) => list(`sort=${sort}&pageSize=100&page=${index + 2}`)),
    )
    return [first, ...rest].flatMap((page) => page.items)
  }

  it('orders by publication time both ways, releases without one last in both', async () => {
    for (const [sort, sign] of [
      ['publication', 1],
      ['-publication', -1],
    ] as const) {
      const items = await all(sort)
      const times = items.map(timeOf)
      const firstMissing = times.indexOf(null)
      expect(firstMissing).toBeGreaterThan(0)
      // Every release with a time comes before every release without one.
      expect(times.slice(firstMissing).every((time) => time === null)).toBe(true)
      const present = times.slice(0, firstMissing).map((time) => new Date(time!).getTime())
      expect(present.every((time, index) => index === 0 || sign * (time - present[index - 1]!) >= 0)).toBe(true)
      // A withdrawn release keeps its old times but has no publication time: it sorts with the others without.
      expect(
        items.slice(0, firstMissing).every((item) => item.status === 'scheduled' || item.status === 'published'),
      ).toBe(true)
    }
  })

  it('puts the soonest scheduled release first when sorted ascending within scheduled', async () => {
    const page = await list('status=scheduled&sort=publication')
    const times = page.items.map((item) => item.scheduledAt!)
    expect(times.length).toBeGreaterThan(1)
    expect(times).toEqual(times.toSorted())
  })
})

describe('GET /releases?publishFrom&publishTo', () => {
  it('answers the scheduled and published releases whose publication time falls in [from, to)', async () => {
    const scheduled = db.releases.findMany((q) => q.where((release) => release.status === 'scheduled'))
    const target = scheduled[0]!
    const at = new Date(target.scheduledAt!).getTime()
    const from = new Date(at - 60_000).toISOString()
    const to = new Date(at + 60_000).toISOString()
    const page = await list(`publishFrom=${from}&publishTo=${to}`)
    expect(page.items.map((item) => item.id)).toContain(target.id)
    expect(page.items.every((item) => item.status === 'scheduled' || item.status === 'published')).toBe(true)

    // The end is exclusive: a range ending at the very instant leaves the release out; one starting there keeps it.
    const exact = new Date(at).toISOString()
    expect((await list(`publishFrom=${from}&publishTo=${exact}`)).items.map((item) => item.id)).not.toContain(target.id)
    expect((await list(`publishFrom=${exact}&publishTo=${to}`)).items.map((item) => item.id)).toContain(target.id)
  })

  it('matches no draft, in review or withdrawn release, and counts the same way', async () => {
    const page = await list('publishFrom=2000-01-01T00:00:00Z&publishTo=2100-01-01T00:00:00Z&pageSize=100')
    const withTime = db.releases.findMany((q) =>
      q.where((release) => release.status === 'scheduled' || release.status === 'published'),
    )
    expect(page.total).toBe(withTime.length)
    const { json } = await api('/releases/counts?publishFrom=2000-01-01T00:00:00Z', { token })
    const counts = (json as { counts: Record<string, number> }).counts
    expect(counts.draft ?? 0).toBe(0)
    expect((counts.scheduled ?? 0) + (counts.published ?? 0)).toBe(withTime.length)
  })

  it('refuses a value that is not an instant with a 422 naming the field', async () => {
    const { status, json } = await api('/releases?publishFrom=tomorrow', { token })
    expect(status).toBe(422)
    expect((json as { errors: Record<string, string> }).errors).toHaveProperty('publishFrom')
  })
})
