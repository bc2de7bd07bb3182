import { describe, expect, it } from 'vitest'
import { db, signInAs } from '../../mocks/db'
import { api } from '../../mocks/test-support/api'
import { commitThenDropConnection, failWith409, failWith500, failWith503, failWithNetworkError, holdResponses } from './faults'

const newRelease = {
  type: 'press-release',
  title: 'Fault injection',
  dateline: { place: 'Vienna', date: '2024-06-26' },
  sourceIds: ['structure-chairpersonship'],
}

describe('the fault injectors', () => {
  it('answer 500, 503 with Retry-After, 409 and a network error until healed', async () => {
    const token = await signInAs('user-editor-amra')
    const fault = failWith500('post', '/releases')
    expect((await api('/releases', { method: 'POST', token, body: newRelease })).status).toBe(500)
    fault.heal()
    expect((await api('/releases', { method: 'POST', token, body: newRelease })).status).toBe(201)
    expect(fault.calls).toBe(1)

    failWith503('post', '/releases', { retryAfter: 12, times: 1 })
    const response = await fetch('/api/releases', { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: '{}' })
    expect(response.status).toBe(503)
    expect(response.headers.get('Retry-After')).toBe('12')

    failWith409('post', '/api/releases', { times: 1 })
    expect((await api('/releases', { method: 'POST', token, body: newRelease })).status).toBe(409)

    failWithNetworkError('post', '/releases', { times: 1 })
    await expect(api('/releases', { method: 'POST', token, body: newRelease })).rejects.toThrow('Failed to fetch')
  })

  it('hold responses until released, then let them reach the real handlers', async () => {
    const token = await signInAs('user-editor-amra')
    const before = db.releases.all().length
    const held = holdResponses('post', '/releases')
    let answered = false
    const pending = api('/releases', { method: 'POST', token, body: newRelease }).then((r) => {
      answered = true
      return r
    })
    await held.arrived()
    expect(held.waiting).toBe(1)
    expect(answered).toBe(false)
    held.release()
    expect((await pending).status).toBe(201)
    expect(db.releases.all().length).toBe(before + 1)
  })

  it('commit the write, then drop the answer', async () => {
    const token = await signInAs('user-editor-amra')
    const before = db.releases.all().length
    commitThenDropConnection('post', '/releases', { times: 1 })
    await expect(api('/releases', { method: 'POST', token, body: newRelease })).rejects.toThrow('Failed to fetch')
    expect(db.releases.all().length).toBe(before + 1)
  })
})
