import { beforeEach, describe, expect, it } from 'vitest'
import {
  problemSchema,
  releaseCountsSchema,
  releasePageSchema,
  releaseSchema,
  releaseStatuses,
} from '../../src/api/contract'
import { signInAs } from '../db'
import { api } from '../test-support/api'

let token = ''
beforeEach(async () => {
  token = await signInAs('user-reviewer-tomasz')
})
const list = async (query: string) => {
  const { status, json } = await api(`/releases?${query}`, { token })
  expect(status).toBe(200)
  return releasePageSchema.parse(json)
}

describe('GET /releases', () => {
  it('answers a page of list items without bodies, newest change first by default', async () => {
    const page = await list('')
    expect(page).toMatchObject({ total: 367, page: 1, pageSize: 25 })
    expect(page.items).toHaveLength(25)
    expect(page.items[0]).not.toHaveProperty('body')
    const updated = page.items.map((item) => item.updatedAt)
    expect(updated.toSorted().toReversed()).toEqual(updated)
  })

  it('pages without overlap, and a page past the end is empty with the true total', async () => {
    const first = await list('pageSize=50&page=1&sort=title')
    const second = await list('pageSize=50&page=2&sort=title')
    const ids = new Set([...first.items, ...second.items].map((item) => item.id))
    expect(ids.size).toBe(100)
    const past = await list('page=99&pageSize=100')
    expect(past).toMatchObject({ items: [], total: 367, page: 99 })
  })

  it('sorts by dateline (date, then title), title and workflow status', async () => {
    const byDateline = (await list('sort=dateline&pageSize=100')).items
    for (let i = 1; i < byDateline.length; i++)
      expect(byDateline[i - 1]!.dateline.date <= byDateline[i]!.dateline.date).toBe(true)
    const desc = (await list('sort=-dateline&pageSize=100')).items
    for (let i = 1; i < desc.length; i++) expect(desc[i - 1]!.dateline.date >= desc[i]!.dateline.date).toBe(true)
    const titles = (await list('sort=title&pageSize=100')).items.map((item) => item.title)
    expect(titles.toSorted((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true }))).toEqual(titles)
    const statuses = (await list('sort=status&pageSize=100')).items.map((item) => releaseStatuses.indexOf(item.status))
    expect(statuses.toSorted((a, b) => a - b)).toEqual(statuses)
    expect((await list('sort=-status&pageSize=1')).items[0]!.status).toBe('withdrawn')
  })

  it('filters by status, field of work, state, field operation, source, author and date range', async () => {
    const published = await list('status=published&pageSize=100')
    expect(published.total).toBeGreaterThan(100)
    expect(published.items.every((item) => item.status === 'published')).toBe(true)

    const combined = await list(
      'fieldOfWork=field-of-work-border-management&state=state-tj&fieldOperation=field-operation-programme-office-in-dushanbe&source=structure-chairpersonship&from=2024-06-26&to=2024-06-26',
    )
    expect(combined.items.map((item) => item.id)).toContain('release-borg-tajikistan')
    for (const item of combined.items) expect(item.dateline.date).toBe('2024-06-26')

    const mine = await list('author=user-editor-amra&pageSize=100')
    expect(mine.total).toBeGreaterThan(0)
    expect(
      mine.items.every((item) => item.author.id === 'user-editor-amra' && item.author.name === 'Amra Hadžić'),
    ).toBe(true)

    const range = await list('from=2025-01-01&to=2025-03-31&pageSize=100')
    expect(range.items.every((item) => item.dateline.date >= '2025-01-01' && item.dateline.date <= '2025-03-31')).toBe(
      true,
    )
  })

  it('searches title, summary and body text, ignoring case and accents', async () => {
    const body = await list('q=MUHRIDDIN')
    expect(body.items.map((item) => item.id)).toEqual(['release-borg-tajikistan'])
    const editor = await signInAs('user-editor-amra')
    await api('/releases', {
      method: 'POST',
      token: editor,
      body: {
        type: 'statement',
        title: 'Déclaration à Genève sur la sécurité',
        dateline: { place: 'Genève', date: '2026-11-02' },
        sourceIds: ['structure-chairpersonship'],
      },
    })
    expect((await list('q=declaration a geneve')).total).toBe(1)
    expect((await list('q=zzzz-nothing')).total).toBe(0)
  })

  it('answers 422 with the field for a bad query', async () => {
    const { status, json } = await api('/releases?pageSize=1000&sort=bogus&status=lost', { token })
    expect(status).toBe(422)
    expect(Object.keys(problemSchema.parse(json).errors ?? {}).toSorted()).toEqual(['pageSize', 'sort', 'status'])
  })
})

describe('GET /releases/:id', () => {
  it('answers the full release with refs resolved to names', async () => {
    const { status, json } = await api('/releases/release-borg-tajikistan', { token })
    expect(status).toBe(200)
    const release = releaseSchema.parse(json)
    expect(release.sources.map((source) => source.name)).toEqual([
      'OSCE Chairpersonship',
      'OSCE Programme Office in Dushanbe',
    ])
    expect(release.states).toEqual([{ id: 'state-tj', name: 'Tajikistan' }])
    expect(release.fieldsOfWork.map((field) => field.name)).toEqual([
      'Border management',
      'Countering terrorism',
      'Combating trafficking in human beings',
      'Human rights',
      'Gender equality',
    ])
    expect(release.fieldOperations).toEqual([
      { id: 'field-operation-programme-office-in-dushanbe', name: 'Programme Office in Dushanbe' },
    ])
    expect(release).toMatchObject({
      type: 'press-release',
      status: 'published',
      publishedAt: '2024-06-26T10:00:00.000Z',
    })
  })

  it('answers 404 problem for an unknown id', async () => {
    const { status, json } = await api('/releases/release-nope', { token })
    expect(status).toBe(404)
    expect(problemSchema.parse(json).status).toBe(404)
  })
})

describe('GET /releases/counts', () => {
  it('counts the releases of each status that match the other filters', async () => {
    const { status, json } = await api('/releases/counts?state=state-tj', { token })
    expect(status).toBe(200)
    const { counts } = releaseCountsSchema.parse(json)
    for (const releaseStatus of releaseStatuses) {
      const page = await list(`state=state-tj&status=${releaseStatus}&pageSize=1`)
      expect(counts[releaseStatus]).toBe(page.total)
    }
    expect(Object.values(counts).reduce((sum, n) => sum + n, 0)).toBe((await list('state=state-tj&pageSize=1')).total)
  })

  it('answers 422 for a bad filter and 401 without a token', async () => {
    const bad = await api('/releases/counts?from=yesterday', { token })
    expect(bad.status).toBe(422)
    expect(problemSchema.parse(bad.json).errors).toHaveProperty('from')
    expect((await api('/releases/counts')).status).toBe(401)
  })
})

describe('GET /releases, workflow fields', () => {
  it('sorts by submittedAt and publishedAt, most recent first with the unset last, and answers what the caller may do', async () => {
    const submitted = (await list('sort=-submittedAt&status=in-review&pageSize=100')).items.map(
      (item) => item.submittedAt!,
    )
    expect(submitted.every(Boolean)).toBe(true)
    expect(submitted.toSorted().toReversed()).toEqual(submitted)
    const published = (await list('sort=-publishedAt&pageSize=100')).items
    expect(published.every((item) => item.publishedAt !== null)).toBe(true)
    expect(
      published
        .map((item) => item.publishedAt!)
        .toSorted()
        .toReversed(),
    ).toEqual(published.map((item) => item.publishedAt!))
    // The caller here is a reviewer: correct, approve or request changes on what waits for review
    // (decision 0016), nothing elsewhere; a stale translation is not approved, but a reviewer may
    // confirm it still correct where its approval matters: in review, scheduled, published (decision 0020).
    for (const item of (await list('pageSize=100')).items) {
      const inReview = item.stale
        ? ['edit', 'request-changes', 'confirm-translation']
        : ['edit', 'approve', 'request-changes']
      const approvedStale = item.stale && ['scheduled', 'published'].includes(item.status)
      expect(item.allowedActions).toEqual(
        item.status === 'in-review' ? inReview : approvedStale ? ['confirm-translation'] : [],
      )
    }
  })
})
