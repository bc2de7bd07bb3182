import { beforeEach, describe, expect, it } from 'vitest'
import { problemSchema, releaseSchema, type ReleaseInput } from '../../src/api/contract'
import { db, signInAs } from '../db'
import { api, tokens, users } from '../test-support/api'

let token: Awaited<ReturnType<typeof tokens>>
beforeEach(async () => {
  token = await tokens()
})

const draft: ReleaseInput = {
  type: 'press-release',
  title: 'OSCE Presence in Albania marks Media Freedom Day',
  dateline: { place: 'Tirana', date: '2026-11-27' },
  summary: '',
  body: '<p>Text.</p>',
  sourceIds: ['structure-field-operation-presence-in-albania'],
  fieldOfWorkIds: [],
  stateIds: [],
}
const create = (as: string, key: string, body: unknown = draft) =>
  api('/releases', { method: 'POST', token: as, body, headers: { 'Idempotency-Key': key } })
const releaseCount = () => db.releases.count()

describe('Idempotency-Key', () => {
  it('answers a repeated create with the first answer and makes no second release', async () => {
    const before = releaseCount()
    const first = await create(token.editor, 'key-a')
    const again = await create(token.editor, 'key-a')

    expect(first.status).toBe(201)
    expect(again.status).toBe(201)
    expect(again.headers.get('Idempotent-Replayed')).toBe('true')
    expect(releaseSchema.parse(again.json).id).toBe(releaseSchema.parse(first.json).id)
    expect(releaseCount()).toBe(before + 1)
  })

  it('answers the same person in another session (a copy restored in another tab) with the first answer', async () => {
    const before = releaseCount()
    const first = await create(token.editor, 'key-h')
    const otherTab = await signInAs(users.editor)
    const again = await create(otherTab, 'key-h')

    expect(again.status).toBe(201)
    expect(again.headers.get('Idempotent-Replayed')).toBe('true')
    expect(releaseSchema.parse(again.json).id).toBe(releaseSchema.parse(first.json).id)
    expect(releaseCount()).toBe(before + 1)
  })

  it('runs again for another key, another person, or after a refusal', async () => {
    const before = releaseCount()
    await create(token.editor, 'key-b')
    await create(token.editor, 'key-c')
    await create(token.admin, 'key-b')
    expect(releaseCount()).toBe(before + 3)

    const refused = await create(token.editor, 'key-d', { ...draft, title: ' ' })
    expect(refused.status).toBe(422)
    const fixed = await create(token.editor, 'key-d')
    expect(fixed.status).toBe(201)
    expect(releaseCount()).toBe(before + 4)
  })

  it('refuses a key used before with a different body, and writes nothing', async () => {
    await create(token.editor, 'key-e')
    const before = releaseCount()
    const reused = await create(token.editor, 'key-e', { ...draft, title: 'Something else' })

    expect(reused.status).toBe(422)
    expect(problemSchema.parse(reused.json).errors).toEqual({
      'Idempotency-Key': 'Already used for a different request',
    })
    expect(releaseCount()).toBe(before)
  })

  it('makes a retried transition answer as the first one did, not 409', async () => {
    const created = releaseSchema.parse((await create(token.editor, 'key-f')).json)
    const submit = () =>
      api(`/releases/${created.id}/transitions`, {
        method: 'POST',
        token: token.editor,
        body: { action: 'submit', version: created.version },
        headers: { 'Idempotency-Key': 'key-g' },
      })
    const first = await submit()
    const again = await submit()
    expect(first.status).toBe(200)
    expect(again.status).toBe(200)
    expect(releaseSchema.parse(again.json).status).toBe('in-review')
  })
})
