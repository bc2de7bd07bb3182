import { describe, expect, it } from 'vitest'
import { releasePageSchema } from '../../src/api/contract'
import { db, resetDb, signInAs } from '../db'
import { api } from '../test-support/api'

// Timing lives in mocks/bench/seed-bench.ts (a benchmark prints figures; it does not fail tests).
describe('a seed of 10,000 releases', () => {
  it('seeds, then lists, searches and sorts', async () => {
    await resetDb({ releases: 10_000 })
    // The generated originals, 1,685 translations of them, the source page's release and its Russian version.
    expect(db.releases.count()).toBe(11_687)
    expect(new Set(db.releases.all().map((release) => release.id)).size).toBe(11_687)
    const token = await signInAs('user-admin-elena')
    const page = releasePageSchema.parse(
      (await api('/releases?sort=title&status=published&q=border&pageSize=100', { token })).json,
    )
    expect(page.total).toBeGreaterThan(100)
    expect(page.items.every((item) => item.status === 'published')).toBe(true)
  })
})
