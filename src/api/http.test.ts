import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { server } from '../../mocks/node'
import { writeSession } from './session-storage'
import { ApiError } from './api-error'
import { request, requestFile } from './http'

const pingSchema = z.object({ ok: z.boolean() })

describe('request', () => {
  it('sends the bearer token of the session and parses the answer with the schema', async () => {
    writeSession({ token: 'token-abc' })
    let authorization: string | null = null
    server.use(
      http.get('/api/ping', ({ request: incoming }) => {
        authorization = incoming.headers.get('Authorization')
        return HttpResponse.json({ ok: true, extra: 'dropped' })
      }),
    )

    await expect(request('/ping', { schema: pingSchema, query: { page: 2, q: undefined } })).resolves.toEqual({
      ok: true,
    })
    expect(authorization).toBe('Bearer token-abc')
  })

  it('turns a problem document into an ApiError with field errors', async () => {
    server.use(
      http.post('/api/ping', () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Unprocessable Content',
            status: 422,
            detail: 'Check the form.',
            errors: { 'dateline.place': 'Place is required' },
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )

    const error = await request('/ping', { method: 'POST', body: {} }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({
      status: 422,
      title: 'Unprocessable Content',
      detail: 'Check the form.',
      fieldErrors: { 'dateline.place': 'Place is required' },
    })
  })

  it('answers status 0 when the server cannot be reached', async () => {
    server.use(http.get('/api/ping', () => HttpResponse.error()))

    await expect(request('/ping', { schema: pingSchema })).rejects.toMatchObject({ status: 0, title: 'No connection' })
  })

  it('tells an answer that is not from the API from a real 404 of the API', async () => {
    server.use(
      // The dev server when the mock does not serve the tab: an empty 404 with no content type.
      http.get('/api/users', () => new HttpResponse(null, { status: 404 })),
      // A static host's fallback: the app's own index.html, with 200.
      http.get('/api/ping', () => HttpResponse.html('<!doctype html><div id="root"></div>')),
      http.get('/api/releases/gone', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Not found', status: 404, detail: 'This release does not exist.' },
          { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )

    await expect(request('/users', { schema: pingSchema })).rejects.toMatchObject({ status: 404, notFromApi: true })
    await expect(request('/ping', { schema: pingSchema })).rejects.toMatchObject({ status: 200, notFromApi: true })
    await expect(request('/releases/gone', { schema: pingSchema })).rejects.toMatchObject({
      status: 404,
      notFromApi: false,
      detail: 'This release does not exist.',
    })
  })

  it('refuses an answer that breaks the contract', async () => {
    server.use(http.get('/api/ping', () => HttpResponse.json({ ok: 'yes' })))

    await expect(request('/ping', { schema: pingSchema })).rejects.toMatchObject({
      status: 200,
      title: 'Unexpected answer',
    })
  })

  it('sends the idempotency key and reads Retry-After from a 503', async () => {
    let key: string | null = null
    server.use(
      http.post('/api/ping', ({ request: incoming }) => {
        key = incoming.headers.get('Idempotency-Key')
        return HttpResponse.json(
          { type: 'about:blank', title: 'Service unavailable', status: 503, detail: 'Down for maintenance.' },
          { status: 503, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '30' } },
        )
      }),
    )

    const error = await request('/ping', { method: 'POST', body: {}, idempotencyKey: 'key-1' }).catch(
      (caught: unknown) => caught,
    )
    expect(key).toBe('key-1')
    expect(error).toMatchObject({ status: 503, retryAfterSeconds: 30 })
  })
})

describe('requestFile', () => {
  const csv = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('id,title\r\n')])

  it('sends the bearer token and the type asked for, and gives the bytes back as they came', async () => {
    writeSession({ token: 'token-abc' })
    let authorization: string | null = null
    let accept: string | null = null
    server.use(
      http.get('/api/releases/export', ({ request: incoming }) => {
        authorization = incoming.headers.get('Authorization')
        accept = incoming.headers.get('Accept')
        return new HttpResponse(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
      }),
    )

    const file = await requestFile('/releases/export', { accept: 'text/csv', query: { status: 'draft' } })
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(csv)
    expect(authorization).toBe('Bearer token-abc')
    expect(accept).toBe('text/csv')
  })

  it('turns no answer into an ApiError with status 0, as for every request', async () => {
    server.use(http.get('/api/releases/export', () => HttpResponse.error()))

    const error = await requestFile('/releases/export', { accept: 'text/csv' }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 0, title: 'No connection' })
  })

  it('reads a problem document, and refuses an answer of another type', async () => {
    server.use(
      http.get('/api/releases/export', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Unprocessable Content', status: 422, detail: 'Unknown status.' },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
      // A static host's fallback: the app's own index.html, with 200.
      http.get('/api/elsewhere', () => HttpResponse.html('<!doctype html><div id="root"></div>')),
    )

    await expect(requestFile('/releases/export', { accept: 'text/csv' })).rejects.toMatchObject({
      status: 422,
      detail: 'Unknown status.',
    })
    await expect(requestFile('/elsewhere', { accept: 'text/csv' })).rejects.toMatchObject({
      status: 200,
      notFromApi: true,
    })
  })
})
