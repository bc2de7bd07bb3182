import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { commit, db, resetDb, signInAs } from '../../mocks/db'
import { api } from '../../mocks/test-support/api'
import { releasePageSchema, releaseTotalCap } from '../../src/api/contract'
import { publicationTime } from '../../src/lib/publication-time'
import { renderApp } from '../render'

// The tests run on 27 November 2026 (tests/test-today.ts), in UTC.
const dayStart = '2026-12-02T00:00:00.000Z'
const dayEnd = '2026-12-03T00:00:00.000Z'
const crowded = 1050

/** Publishes `count` releases on 2 December, a minute apart from 06:00 UTC, straight in the mock db. */
async function publishOnTheDay(count: number) {
  const ids = db.releases
    .all()
    .slice(0, count)
    .map((release) => release.id)
  for (const [index, id] of ids.entries()) {
    const publishedAt = new Date(Date.parse('2026-12-02T06:00:00.000Z') + index * 60_000).toISOString()
    await commit('releases', id, (current) => ({ ...current!, status: 'published', publishedAt }))
  }
}

describe('publication calendar past the list count’s cap (decision 0023)', () => {
  it('shows every release of a day on which more than 1,000 go out', async () => {
    await resetDb({ releases: 1100 })
    await publishOnTheDay(crowded)
    const onTheDay = db.releases.findMany((q) =>
      q.where((release) => {
        const time = publicationTime(release)
        return time !== null && time >= dayStart && time < dayEnd
      }),
    ).length
    expect(onTheDay).toBeGreaterThanOrEqual(crowded)
    // The calendar's first page says 1,000 and no more: it must not stop there.
    const token = await signInAs('user-editor-amra')
    const first = releasePageSchema.parse(
      (await api(`/releases?publishFrom=${dayStart}&publishTo=${dayEnd}&pageSize=100`, { token })).json,
    )
    expect(first).toMatchObject({ total: releaseTotalCap, totalCapped: true })

    await renderApp('/calendar?view=week&date=2026-12-02', { signedInAs: 'user-editor-amra' })

    expect(
      await screen.findByRole('listitem', { name: `Wednesday 2 December, ${onTheDay} releases` }, { timeout: 20_000 }),
    ).toBeInTheDocument()
  }, 60_000)
})
