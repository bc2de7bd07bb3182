import { afterEach, describe, expect, it, vi } from 'vitest'
import { releaseSchema } from '../../src/api/contract'
import { sanitizeRichText } from '../../src/api/contract/sanitize-rich-text'
import { find, store } from '../db'
import { setBodySanitizer } from '../../server/core/routes/release-body'
import { server } from '../node'
import { JOURNAL_PREFIX } from '../persistence/journal'
import { api, tokens as signIn } from '../test-support/api'
import { fullableStorage } from '../test-support/full-storage'
import { connectBackend } from './page'
import { serveBackend } from './serve'

/**
 * Decision 0019: in the demo the backend runs in a Web Worker and the page hands it every
 * request, keeps its journal in localStorage and tells it of other tabs' writes. Here both
 * sides run in one thread, linked by a MessageChannel as a Worker links them.
 */
const RELEASES = 20
let stops: Array<() => void> = []

async function linked(storage: Storage) {
  const channel = new MessageChannel()
  serveBackend(channel.port2)
  const page = connectBackend(channel.port1, storage, { baseUrl: '/api', seedReleases: RELEASES, latencyMs: 0 })
  server.use(page.handler)
  stops.push(() => {
    page.stop()
    channel.port1.close()
    channel.port2.close()
  })
  await page.started
  return page
}

afterEach(() => {
  for (const stop of stops) stop()
  stops = []
  store.journal = null
  setBodySanitizer(sanitizeRichText)
})

const release = (id: string, token: string) =>
  api(`/releases/${id}`, { token }).then((answer) => releaseSchema.parse(answer.json))
const rename = (id: string, token: string, version: number, title: string) =>
  api(`/releases/${id}`, { method: 'PATCH', token, body: { version, title } })

describe('the backend behind a message link', () => {
  it('seeds, answers reads and writes, and keeps each write in the page’s journal', async () => {
    await linked(localStorage)
    const t = await signIn()
    const list = await api('/releases?pageSize=5', { token: t.editor })
    expect(list.status).toBe(200)
    // The generated originals, 4 translations of them, the source page's release and its Russian version.
    expect(list.json.total).toBe(RELEASES + 6)
    const before = await release('release-00001', t.admin)
    expect((await rename('release-00001', t.admin, before.version, 'Renamed through the link')).status).toBe(200)
    expect(JSON.parse(localStorage.getItem(`${JOURNAL_PREFIX}releases/release-00001`)!).record.title).toBe(
      'Renamed through the link',
    )
    expect(find('releases', 'release-00001')?.title).toBe('Renamed through the link')
  })

  it('answers 503 and changes nothing when the page’s storage is full', async () => {
    const full = fullableStorage(localStorage)
    await linked(full.storage)
    const t = await signIn()
    const before = await release('release-00001', t.admin)
    full.failWrite(0)
    const answer = await rename('release-00001', t.admin, before.version, 'Not stored')
    expect(answer.status).toBe(503)
    expect(answer.json.title).toBe('The demo’s browser storage is full')
    expect(find('releases', 'release-00001')?.title).toBe(before.title)
    expect(localStorage.getItem(`${JOURNAL_PREFIX}releases/release-00001`)).toBeNull()
  })

  it('applies another tab’s write that the page hears of, and a reset', async () => {
    const page = await linked(localStorage)
    const t = await signIn()
    const before = await release('release-00002', t.admin)
    const key = `${JOURNAL_PREFIX}releases/release-00002`
    const written = JSON.stringify({ record: { ...find('releases', 'release-00002'), title: 'From another tab' } })
    localStorage.setItem(key, written)
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: written, storageArea: localStorage }))
    await vi.waitFor(() => expect(find('releases', 'release-00002')?.title).toBe('From another tab'))

    await page.reset()
    expect(localStorage.getItem(key)).toBeNull()
    expect(find('releases', 'release-00002')?.title).toBe(before.title)
    // Sessions survive a reset: nobody is signed out.
    expect((await api('/releases?pageSize=1', { token: t.editor })).status).toBe(200)
  })

  it('has the page sanitize a release body', async () => {
    await linked(localStorage)
    const t = await signIn()
    const answer = await api('/releases', {
      method: 'POST',
      token: t.editor,
      body: {
        type: 'press-release',
        title: 'Sanitized',
        dateline: { place: 'Vienna', date: '2026-11-27' },
        body: '<p>Text</p><script>alert(1)</script><img src="x" onerror="alert(1)">',
        sourceIds: ['structure-chairpersonship'],
      },
    })
    expect(answer.status).toBe(201)
    expect(releaseSchema.parse(answer.json).body).toBe('<p>Text</p>')
  })
})
