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
