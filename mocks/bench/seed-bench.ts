/**
 * Prints how long seeding and listing take with a large seed:
 *   npx tsx mocks/bench/seed-bench.ts [releases=10000]
 */
import { resetDb, signInAs } from '../db'
import { server } from '../node'

// MSW resolves the relative '/api' paths against location, which Node lacks.
Object.defineProperty(globalThis, 'location', { value: new URL('http://localhost:3000/') })

const count = Number(process.argv[2] ?? 10_000)
const time = async (label: string, task: () => Promise<unknown>) => {
  const start = performance.now()
  await task()
  console.info(`${label.padEnd(44)} ${(performance.now() - start).toFixed(0).padStart(6)} ms`)
}

server.listen({ onUnhandledRequest: 'error' })
await time(`resetDb({ releases: ${count} }) (first, cold)`, () => resetDb({ releases: count }))
await time(`resetDb({ releases: ${count} }) (warm)`, () => resetDb({ releases: count }))
const token = await signInAs('user-admin-elena')
const get = (path: string) =>
  fetch(`http://localhost:3000/api${path}`, { headers: { Authorization: `Bearer ${token}` } }).then((response) =>
    response.json(),
  )
await time('GET /releases (default sort)', () => get('/releases'))
await time('GET /releases?sort=title', () => get('/releases?sort=title'))
await time('GET /releases?q=border (cold search cache)', () => get('/releases?q=border'))
await time('GET /releases?q=border (warm)', () => get('/releases?q=border'))
await time('GET /releases/counts', () => get('/releases/counts'))
// A filter change as the list page makes it: the list and the per-status counts (median of 9).
const median = async (label: string, task: () => Promise<unknown>) => {
  const times: number[] = []
  for (let run = 0; run < 9; run++) {
    const start = performance.now()
    await task()
    times.push(performance.now() - start)
  }
  console.info(
    `${label.padEnd(44)} ${times
      .toSorted((a, b) => a - b)[4]!
      .toFixed(1)
      .padStart(6)} ms (median of 9)`,
  )
}
await median('GET /releases?fieldOfWork=… + /counts?fieldOfWork=…', () =>
  Promise.all([
    get('/releases?fieldOfWork=field-of-work-gender-equality'),
    get('/releases/counts?fieldOfWork=field-of-work-gender-equality'),
  ]),
)
await median('GET /releases?status=published&sort=title', () => get('/releases?status=published&sort=title'))
await time('GET /releases/release-09999', () => get('/releases/release-09999'))
await time('GET /releases?pageSize=100&sort=-submittedAt', () => get('/releases?pageSize=100&sort=-submittedAt'))
await time('GET /releases/release-09999/history', () => get('/releases/release-09999/history'))
await time('GET /inbox', () => get('/inbox'))
const reviewer = await signInAs('user-reviewer-claire')
const inReview = (await get('/releases?status=in-review&pageSize=1')) as {
  items: Array<{ id: string; version: number }>
}
const target = inReview.items[0]!
await time('POST /releases/:id/transitions (approve)', () =>
  fetch(`http://localhost:3000/api/releases/${target.id}/transitions`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${reviewer}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ action: 'approve', version: target.version }),
  }),
)
server.close()
