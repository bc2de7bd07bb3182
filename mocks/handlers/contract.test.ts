import { describe, expect, it } from 'vitest'
import { endpoints, problemSchema, type Endpoint } from '../../src/api/contract'
import { signInAs } from '../db'
import { existingIdOf, referenceNames, referenceResources } from '../reference-resources'
import { api } from '../test-support/api'

/** A valid body for each resource that has one; unique values so creating them succeeds. */
const samples: Record<string, unknown> = {
  ...Object.fromEntries(
    referenceNames.map((name) => [referenceResources[name].path, referenceResources[name].example(0)]),
  ),
  '/session': { userId: 'user-editor-jonas' },
  '/releases': {
    type: 'news-item',
    title: 'Contract check',
    dateline: { place: 'Vienna', date: '2026-11-27' },
    sourceIds: ['structure-chairpersonship'],
  },
}
const existing: Record<string, string> = {
  ...Object.fromEntries(referenceNames.map((name) => [referenceResources[name].path, existingIdOf(name)])),
  '/releases': 'release-borg-tajikistan',
  '/structures': 'structure-chairpersonship',
}
/** Bodies of the calls on one existing record, and of the calls that are not a resource's create or change. */
const calls: Record<string, { body: unknown; existing?: boolean }> = {
  'post /releases/{id}/transitions': {
    body: { action: 'withdraw', version: 4, comment: 'Checking the contract' },
    existing: true,
  },
  'post /releases/{id}/comments': { body: { body: 'Checking the contract' }, existing: true },
  'post /releases/{id}/translations': { body: { language: 'fr' }, existing: true },
  'post /inbox/read': { body: { all: true } },
  'post /releases/assignments': {
    body: {
      releaseIds: ['release-borg-tajikistan'],
      fieldOperationIds: ['field-operation-mission-to-moldova'],
      mode: 'add',
    },
  },
}
const collectionOf = (endpoint: Endpoint) => endpoint.path.split('/{id}')[0]!

/** Creates a record to change or delete (a draft, for releases), as the admin. */
async function createOne(collection: string, token: string): Promise<{ id: string; version: number }> {
  const created = await api(collection, { method: 'POST', token, body: samples[collection] })
  expect(created.status).toBe(201)
  return created.json
}

describe('every endpoint of the contract', () => {
  it.each(endpoints.map((endpoint) => [`${endpoint.method.toUpperCase()} ${endpoint.path}`, endpoint] as const))(
    '%s answers its status and a body the contract parses',
    async (_name, endpoint) => {
      const token = await signInAs('user-admin-daniel')
      const collection = collectionOf(endpoint)
      let path = endpoint.path
      const call = calls[`${endpoint.method} ${endpoint.path}`]
      let body: unknown = call ? call.body : samples[collection]
      if (path.includes('{id}')) {
        const target =
          endpoint.method === 'get' || call?.existing
            ? { id: existing[collection]!, version: 0 }
            : await createOne(collection, token)
        path = path.replace('{id}', target.id)
        if (endpoint.method === 'patch') body = { ...(samples[collection] as object), version: target.version }
      }
      const response = await api(path, {
        method: endpoint.method.toUpperCase(),
        token,
        body: endpoint.body ? body : undefined,
      })
      expect({ status: response.status, body: response.json }).toMatchObject({ status: endpoint.status })
      // An endpoint without a response schema answers no body (204), or a body of its own media type (CSV).
      expect(response.contentType ?? '').toContain(endpoint.responseType ?? (endpoint.response ? 'json' : ''))
      const parsed = endpoint.response
        ? endpoint.response.safeParse(response.json)
        : { success: endpoint.responseType ? typeof response.json === 'string' : response.json === null }
      expect(parsed.success).toBe(true)
    },
  )

  it.each(
    endpoints
      .filter((endpoint) => endpoint.access !== 'public')
      .map((endpoint) => [`${endpoint.method.toUpperCase()} ${endpoint.path}`, endpoint] as const),
  )('%s answers 401 problem+json without a token', async (_name, endpoint) => {
    const path = endpoint.path.replace('{id}', existing[collectionOf(endpoint)] ?? 'x')
    const response = await api(path, { method: endpoint.method.toUpperCase(), body: endpoint.body ? {} : undefined })
    expect(response.status).toBe(401)
    expect(response.contentType).toContain('application/problem+json')
    problemSchema.parse(response.json)
  })

  it.each(
    endpoints
      .filter((endpoint) => endpoint.access === 'admin')
      .map((endpoint) => [`${endpoint.method.toUpperCase()} ${endpoint.path}`, endpoint] as const),
  )('%s answers 403 problem+json to an editor', async (_name, endpoint) => {
    const token = await signInAs('user-editor-amra')
    const path = endpoint.path.replace('{id}', existing[collectionOf(endpoint)]!)
    const response = await api(path, {
      method: endpoint.method.toUpperCase(),
      token,
      body: samples[collectionOf(endpoint)],
    })
    expect(response.status).toBe(403)
    problemSchema.parse(response.json)
  })
})
