import { describe, expect, it } from 'vitest'
import { problemSchema, sessionSchema, userSchema, usersSchema } from '../../src/api/contract'
import { z } from 'zod'
import { api } from '../test-support/api'

describe('users and session', () => {
  it('lists the users without a token, at least two per role', async () => {
    const { status, json } = await api('/users')
    expect(status).toBe(200)
    const { items } = usersSchema.parse(json)
    for (const role of ['editor', 'reviewer', 'admin'])
      expect(items.filter((user) => user.role === role).length).toBeGreaterThanOrEqual(2)
  })

  it('signs in, answers the user for the token, and signs out', async () => {
    const signIn = await api('/session', { method: 'POST', body: { userId: 'user-reviewer-claire' } })
    expect(signIn.status).toBe(201)
    const session = sessionSchema.parse(signIn.json)
    expect(session.user.name).toBe('Claire Dubois')

    const current = await api('/session', { token: session.token })
    expect(current.status).toBe(200)
    expect(z.object({ user: userSchema }).parse(current.json).user.id).toBe('user-reviewer-claire')

    expect((await api('/session', { method: 'DELETE', token: session.token })).status).toBe(204)
    const after = await api('/session', { token: session.token })
    expect(after.status).toBe(401)
  })

  it('answers 422 with errors.userId for an unknown user, and for a body that is not JSON', async () => {
    const unknown = await api('/session', { method: 'POST', body: { userId: 'user-nobody' } })
    expect(unknown.status).toBe(422)
    expect(unknown.contentType).toContain('application/problem+json')
    expect(problemSchema.parse(unknown.json).errors?.userId).toBeTruthy()

    const notJson = await api('/session', { method: 'POST', rawBody: '{"userId":' })
    expect(notJson.status).toBe(422)
    expect(problemSchema.parse(notJson.json).status).toBe(422)

    const missing = await api('/session', { method: 'POST', body: {} })
    expect(Object.keys(problemSchema.parse(missing.json).errors ?? {})).toEqual(['userId'])
  })

  it('answers 401 problem+json without a token or with an unknown one', async () => {
    for (const token of [null, 'token-made-up']) {
      const { status, contentType, json } = await api('/releases', { token })
      expect(status).toBe(401)
      expect(contentType).toContain('application/problem+json')
      expect(problemSchema.parse(json)).toMatchObject({ status: 401, title: 'Not signed in' })
    }
  })
})
