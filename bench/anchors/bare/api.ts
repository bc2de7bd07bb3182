// The bare stack's "backend": an in-memory fake fetch in the page over the generated
// releases (search by q over title and summary, most recently updated first, pages of 25),
// answering at once: no artificial latency. The client parses every answer with zod, as the
// project does with its contract.
import { z } from 'zod'
import { loadReleases, type AnchorRelease } from '../shared/releases'

export const pageSize = 25

const releaseSchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  status: z.string(),
  date: z.string(),
  updatedAt: z.string(),
})
export type Release = z.infer<typeof releaseSchema>
const releasePageSchema = z.object({ items: z.array(releaseSchema), total: z.number().int() })
export type ReleasePage = z.infer<typeof releasePageSchema>
export type ReleaseChanges = Pick<Release, 'title' | 'summary'>

let database: Promise<AnchorRelease[]> | undefined
const releases = () => (database ??= loadReleases())

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

async function fakeFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const all = await releases()
  const { pathname, searchParams } = new URL(url, window.location.origin)
  const id = /^\/api\/releases\/([^/]+)$/.exec(pathname)?.[1]
  if (pathname === '/api/releases') {
    const needle = (searchParams.get('q') ?? '').trim().toLowerCase()
    const page = Number(searchParams.get('page') ?? 1)
    const matching = needle
      ? all.filter((release) => `${release.title}\n${release.summary}`.toLowerCase().includes(needle))
      : all
    const sorted = matching.toSorted((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id))
    return json({ items: sorted.slice((page - 1) * pageSize, page * pageSize), total: sorted.length })
  }
  const index = id === undefined ? -1 : all.findIndex((release) => release.id === id)
  if (index < 0) return json({ title: 'Not found' }, 404)
  if (init.method === 'PATCH') {
    const changes = JSON.parse(String(init.body)) as ReleaseChanges
    all[index] = { ...all[index]!, ...changes, updatedAt: new Date().toISOString() }
  }
  return json(all[index])
}

async function request<T>(schema: z.ZodType<T>, url: string, init?: RequestInit): Promise<T> {
  const response = await fakeFetch(url, init)
  if (!response.ok) throw new Error(`${url}: ${response.status}`)
  return schema.parse(await response.json())
}

export const listReleases = (q: string, page: number) =>
  request(releasePageSchema, `/api/releases?${new URLSearchParams({ q, page: String(page) })}`)
export const getRelease = (id: string) => request(releaseSchema, `/api/releases/${encodeURIComponent(id)}`)
export const updateRelease = (id: string, changes: ReleaseChanges) =>
  request(releaseSchema, `/api/releases/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: JSON.stringify(changes),
  })

// Start loading the data with the page, as the other apps do.
void releases()
