/**
 * What `npm run bench:api` asks the server, each as autocannon requests (bench/api-measure.ts):
 * the reads the app makes on its busiest screens, two writes, and the reports. Each scenario is
 * built against a running, seeded server: it first looks up what it needs (ids, versions, a
 * word that matches) through the API itself, as a client would.
 *
 * Writes must not collide with themselves: a PATCH or transition names the version it was
 * decided on, and a stale one answers 409. So each write scenario holds a pool of releases
 * with their current versions, lends each request one that no other request in flight holds,
 * and reads the new version from each answer.
 */
import type { CannonRequest } from './api-measure'

export type ScenarioKind = 'read' | 'write'

export type Scenario = {
  name: string
  kind: ScenarioKind
  /** What it sends, in words, for the table's notes and the results. */
  description: string
  /** The requests of each connection's loop; built per measurement (fresh counters and leases). */
  requests(): CannonRequest[]
  /**
   * Before each measurement (writes): re-read the pool's versions and statuses, since autocannon
   * ends a run without reading the answers in flight, whose writes the server made all the same.
   */
  prepare?(): Promise<void>
}

export type Api = {
  origin: string
  get<T>(path: string, token: string): Promise<T>
  send<T>(method: string, path: string, token: string, body: unknown): Promise<{ status: number; body: T }>
}

export function apiClient(origin: string): Api {
  const headers = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' })
  return {
    origin,
    async get(path, token) {
      const response = await fetch(`${origin}${path}`, { headers: headers(token) })
      if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`)
      return response.json()
    },
    async send(method, path, token, body) {
      const response = await fetch(`${origin}${path}`, { method, headers: headers(token), body: JSON.stringify(body) })
      return { status: response.status, body: await response.json().catch(() => null) }
    },
  }
}

/** Signs in as a seeded user: the bearer token. */
export async function signIn(api: Api, userId: string): Promise<string> {
  const response = await fetch(`${api.origin}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  })
  if (response.status !== 201) throw new Error(`Sign-in as ${userId}: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { token: string }).token
}

type ListItem = { id: string; version: number; status: string; title: string }
type Page = { items: ListItem[]; total: number }
type Counts = { counts: { published: number }; total: number }

const authorized = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' })

/** A GET of one fixed path. */
const fixedRead = (name: string, path: string, token: string, description = `GET ${path}`): Scenario => ({
  name,
  kind: 'read',
  description,
  requests: () => [{ method: 'GET', path, headers: authorized(token) }],
})

/**
 * Lends each request a release no other request in flight holds (autocannon clears a
 * connection's context after every request, so a connection cannot keep releases of its own):
 * taken in setupRequest, given back, with its new version, in onResponse; oldest first, so
 * each release is written in turn. With fewer releases than connections (a small seed) one
 * may be lent twice, and the 409s that follow are counted.
 */
function leases<T>(pool: readonly T[]) {
  const idle = [...pool]
  let spare = 0
  return {
    take: (): T => idle.shift() ?? pool[spare++ % pool.length]!,
    give: (item: T) => {
      if (!idle.includes(item)) idle.push(item)
    },
  }
}

/** Releases of `author` in `status` (first pages of the list, most recently updated first). */
async function releasesOf(api: Api, token: string, author: string, status: string, wanted: number) {
  const found: ListItem[] = []
  for (let page = 1; found.length < wanted && page <= 20; page++) {
    const { items } = await api.get<Page>(
      `/api/releases?status=${status}&author=${author}&pageSize=100&page=${page}`,
      token,
    )
    found.push(...items)
    if (items.length < 100) break
  }
  return found.slice(0, wanted)
}

/** A word that matches some releases but not most: the first of the candidates whose count is in range. */
async function searchWord(api: Api, token: string, total: number): Promise<{ word: string; matches: number }> {
  const candidates = ['election', 'border', 'journalists', 'trafficking', 'water', 'police', 'media', 'youth']
  let best = { word: candidates[0]!, matches: 0 }
  for (const word of candidates) {
    // The counts count every match; a filtered list stops at 1,000 (releaseTotalCap).
    const { total: matches } = await api.get<Counts>(`/api/releases/counts?q=${word}`, token)
    if (matches > 0 && matches <= total * 0.2) return { word, matches }
    if (matches > best.matches) best = { word, matches }
  }
  return best
}

export type ScenarioSet = { scenarios: Scenario[]; facts: Record<string, unknown> }

/**
 * The scenarios against the server at `api`: reads as an admin (who sees everything), a PATCH as
 * one editor on her drafts, submit/recall as another editor on his.
 */
export async function buildScenarios(api: Api, options: { poolSize: number }): Promise<ScenarioSet> {
  const admin = await signIn(api, 'user-admin-elena')
  const { total } = await api.get<Page>('/api/releases?pageSize=1', admin)
  const operations = await api.get<{ items: { id: string; closed: string | null }[] }>('/api/field-operations', admin)
  // The busiest open operation: the filter has work to do.
  let operation = { id: '', published: -1 }
  for (const { id } of operations.items.slice(0, 20)) {
    const { counts } = await api.get<Counts>(`/api/releases/counts?fieldOperation=${id}`, admin)
    if (counts.published > operation.published) operation = { id, published: counts.published }
  }
  const search = await searchWord(api, admin, total)

  // Ids to read one by one: spread over the list (pages of several sorts).
  const ids = new Set<string>()
  for (const sort of ['-updatedAt', 'title', 'dateline', '-publishedAt']) {
    const { items } = await api.get<Page>(`/api/releases?sort=${sort}&pageSize=100`, admin)
    for (const item of items) ids.add(item.id)
  }
  const readIds = [...ids]

  // The PATCH pool: drafts of Amra Hadžić; she edits her own.
  const editor = await signIn(api, 'user-editor-amra')
  const patchPool = (await releasesOf(api, editor, 'user-editor-amra', 'draft', options.poolSize)).map((item) => ({
    ...item,
  }))
  // The transition pool: drafts of Jonas Lindqvist that may be submitted (complete enough for review).
  const author = await signIn(api, 'user-editor-jonas')
  const candidates = await releasesOf(api, author, 'user-editor-jonas', 'draft', options.poolSize * 2)
  const transitionPool: { id: string; version: number; status: string }[] = []
  for (const candidate of candidates) {
    if (transitionPool.length >= options.poolSize) break
    const submitted = await api.send<ListItem>('POST', `/api/releases/${candidate.id}/transitions`, author, {
      action: 'submit',
      version: candidate.version,
    })
    if (submitted.status !== 200) continue
    const recalled = await api.send<ListItem>('POST', `/api/releases/${candidate.id}/transitions`, author, {
      action: 'recall',
      version: submitted.body.version,
    })
    if (recalled.status === 200)
      transitionPool.push({ id: candidate.id, version: recalled.body.version, status: recalled.body.status })
  }

  const list = '/api/releases'
  /** Re-reads each release of a pool (its version and status now). */
  const refresh =
    (pool: { id: string; version: number; status: string; title?: string }[], token: string) => async () => {
      for (const release of pool) {
        const now = await api.get<ListItem>(`${list}/${release.id}`, token)
        Object.assign(release, { version: now.version, status: now.status, title: now.title })
      }
    }
  const scenarios: Scenario[] = [
    fixedRead('list', list, admin, `GET ${list} (the first page, versions, -updatedAt)`),
    fixedRead(
      'list by family',
      `${list}?group=family`,
      admin,
      `GET ${list}?group=family (the app's default page: each family once)`,
    ),
    fixedRead('filter status+operation', `${list}?group=family&status=published&fieldOperation=${operation.id}`, admin),
    fixedRead('search', `${list}?group=family&q=${search.word}`, admin),
    fixedRead('counts', `${list}/counts?group=family`, admin),
    {
      name: 'one release',
      kind: 'read',
      description: `GET ${list}/:id, ${readIds.length} ids in turn`,
      requests: () => {
        let turn = 0
        return [
          {
            method: 'GET',
            headers: authorized(admin),
            setupRequest: (request) => ({ ...request, path: `${list}/${readIds[turn++ % readIds.length]}` }),
          },
        ]
      },
    },
    {
      name: 'PATCH',
      kind: 'write',
      description: `PATCH ${list}/:id (title), ${patchPool.length} drafts of one editor, each request in flight its own`,
      prepare: refresh(patchPool, editor),
      requests: () => {
        const lent = leases(patchPool)
        return [
          {
            method: 'PATCH',
            headers: authorized(editor),
            setupRequest: (request, context) => {
              const release = lent.take()
              context.release = release
              const title = release.title.endsWith(' (edited)')
                ? release.title.slice(0, -9)
                : `${release.title} (edited)`
              return {
                ...request,
                path: `${list}/${release.id}`,
                body: JSON.stringify({ version: release.version, title }),
              }
            },
            onResponse: (status, body, context) => {
              const release = context.release as ListItem
              const answer = JSON.parse(body) as Partial<ListItem> & { currentVersion?: number }
              if (status === 200) Object.assign(release, { version: answer.version, title: answer.title })
              else if (answer.currentVersion) release.version = answer.currentVersion
              lent.give(release)
            },
          },
        ]
      },
    },
    {
      name: 'transition',
      kind: 'write',
      description: `POST ${list}/:id/transitions, submit and recall in turn, ${transitionPool.length} drafts of one editor, each request in flight its own`,
      prepare: refresh(transitionPool, author),
      requests: () => {
        const lent = leases(transitionPool)
        return [
          {
            method: 'POST',
            headers: authorized(author),
            setupRequest: (request, context) => {
              const release = lent.take()
              context.release = release
              const action = release.status === 'draft' ? 'submit' : 'recall'
              return {
                ...request,
                path: `${list}/${release.id}/transitions`,
                body: JSON.stringify({ action, version: release.version }),
              }
            },
            onResponse: (status, body, context) => {
              const release = context.release as (typeof transitionPool)[number]
              const answer = JSON.parse(body) as { version?: number; status?: string; currentVersion?: number }
              if (status === 200) Object.assign(release, { version: answer.version, status: answer.status })
              else if (answer.currentVersion) release.version = answer.currentVersion
              lent.give(release)
            },
          },
        ]
      },
    },
    ...[
      'published-per-month',
      'per-field-operation',
      'per-field-of-work',
      'review-turnaround',
      'translation-turnaround',
    ].map((report) => fixedRead(`report ${report}`, `/api/reports/${report}`, admin)),
  ]
  return {
    scenarios,
    facts: {
      releases: total,
      filter: { fieldOperation: operation.id, publishedMatches: operation.published },
      search,
      readIds: readIds.length,
      patchPool: patchPool.length,
      transitionPool: transitionPool.length,
    },
  }
}
