import { expect, it } from 'vitest'
import { db } from '../../mocks/db'
import { TEST_TODAY } from '../test-today'

it('runs every test on the same day, so the seed’s scheduled releases stay scheduled', () => {
  expect(Math.abs(Date.now() - TEST_TODAY.getTime())).toBeLessThan(60_000)
  const scheduled = db.releases.findMany((q) => q.where({ status: 'scheduled' }))
  expect(scheduled.length).toBeGreaterThan(0)
  for (const release of scheduled)
    expect(new Date(release.scheduledAt!).getTime()).toBeGreaterThan(TEST_TODAY.getTime())
})
