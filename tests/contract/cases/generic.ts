/**
 * Cases every operation gets from what the document says about it: a credential it needs
 * (401 without one, with WWW-Authenticate), a path parameter (400 for a malformed escape), an
 * Idempotency-Key it takes (400 when over-long), query parameters (422 for an unknown one), a body (413 over the size limit).
 */
import { headerParameters, needsCredential, operations, type Operation } from '../document'
import { expectCall, expectThat, setUp, tokens, type Request } from '../http'
import {
  createReference,
  draft,
  referenceChange,
  referenceInputs,
  referencePaths,
  releaseInput,
  seed,
  unique,
} from '../fixtures'
import { checkReplay } from './releases'
import type { Cases } from './case'

/** A request each write with an Idempotency-Key would carry out, so that only the key is wrong. */
const validWrites: Record<string, () => Promise<Request>> = {
  'POST /releases': async () => ({ as: 'editor', body: releaseInput() }),
  'PATCH /releases/{id}': async () => {
    const release = await draft()
    return { as: 'editor', params: { id: release.id }, body: { title: 'Changed', version: release.version } }
  },
  'POST /releases/{id}/transitions': async () => {
    const release = await draft()
    return { as: 'editor', params: { id: release.id }, body: { action: 'submit', version: release.version } }
  },
  'POST /releases/{id}/comments': async () => {
    const release = await draft()
    return { as: 'editor', params: { id: release.id }, body: { body: 'A comment.' } }
  },
  'POST /releases/assignments': async () => {
    const release = await draft()
    return {
      as: 'admin',
      body: { releaseIds: [release.id], fieldOperationIds: [seed.activeFieldOperationId], mode: 'add' },
    }
  },
  'POST /inbox/read': async () => ({ as: 'editor', body: { all: true } }),
  ...Object.fromEntries(
    referencePaths.map((path) => [
      `POST ${path}`,
      async (): Promise<Request> => ({ as: 'admin', body: await referenceInputs[path]() }),
    ]),
  ),
}

const pathParameters = (operation: Operation) => [...operation.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name!)
const withEvery = (operation: Operation, value: string) =>
  Object.fromEntries(pathParameters(operation).map((name) => [name, value]))

/** A request for an operation when nothing about it matters but one thing. */
async function anyRequest(operation: Operation, as: Request['as']): Promise<Request> {
  const valid = validWrites[operation.key]
  if (valid) return { ...(await valid()), as }
  return {
    as,
    params: withEvery(operation, 'contract-no-such-id'),
    ...(operation.object.requestBody ? { body: {} } : {}),
  }
}

/** Writes that take an Idempotency-Key but have no replay case of their own: a request, its status, another body. */
const replays: Record<string, () => Promise<{ request: Request; status: number; other?: Request }>> = {
  'POST /session': async () => ({
    request: { as: 'anonymous', body: { userId: seed.userIds.reviewer } },
    status: 201,
    other: { as: 'anonymous', body: { userId: seed.userIds.admin } },
  }),
  'DELETE /session': async () => {
    tokens.signedOut = (
      await setUp('POST /session', { as: 'anonymous', body: { userId: seed.userIds.editor } }, 201)
    ).json.token
    return { request: { as: 'signedOut' }, status: 204 }
  },
  'PATCH /releases/{id}': async () => {
    const release = await draft()
    const params = { id: release.id }
    return {
      request: { as: 'editor', params, body: { title: unique('Once'), version: release.version } },
      status: 200,
      other: { as: 'editor', params, body: { title: unique('Another'), version: release.version } },
    }
  },
  'DELETE /releases/{id}': async () => ({ request: { as: 'editor', params: { id: (await draft()).id } }, status: 204 }),
  ...Object.fromEntries(
    referencePaths.flatMap((path) => [
      [
        `PATCH ${path}/{id}`,
        async () => {
          const record = await createReference(path)
          const params = { id: record.id }
          return {
            request: {
              as: 'admin',
              params,
              body: { ...(await referenceChange(path, record)), version: record.version },
            },
            status: 200,
            other: { as: 'admin', params, body: { ...(await referenceChange(path, record)), version: record.version } },
          }
        },
      ],
      [
        `DELETE ${path}/{id}`,
        async () => ({ request: { as: 'admin', params: { id: (await createReference(path)).id } }, status: 204 }),
      ],
    ]),
  ),
}

export const genericCases: Cases = {}
for (const operation of operations) {
  const list = (genericCases[operation.key] = [] as Cases[string])
  if (needsCredential(operation))
    list.push({
      name: 'without a credential, or with a signed-out one: 401 with WWW-Authenticate',
      run: async () => {
        for (const as of ['anonymous', 'signedOut'] as const) {
          const answer = await expectCall(operation.key, await anyRequest(operation, as), 401)
          expectThat(
            answer,
            /^bearer\b/i.test(answer.headers.get('WWW-Authenticate') ?? ''),
            'a 401 says how to authenticate: WWW-Authenticate: Bearer …',
          )
        }
      },
    })
  if (pathParameters(operation).length > 0)
    list.push({
      name: 'a malformed percent-escape in the path: 400',
      run: async () => {
        const request = await anyRequest(operation, 'admin')
        await expectCall(operation.key, { ...request, params: withEvery(operation, '%E0%A4%A') }, 400)
        await expectCall(operation.key, { ...request, params: withEvery(operation, '%zz') }, 400)
      },
    })
  const keyParameter = operation.parameters.find(
    (parameter) => parameter.in === 'header' && parameter.name.toLowerCase() === 'idempotency-key',
  )
  if (keyParameter && headerParameters(operation).includes('idempotency-key'))
    list.push({
      name: 'an Idempotency-Key longer than the document allows: 400',
      run: async () => {
        const maxLength = Number(keyParameter.schema?.maxLength ?? 200)
        const valid = validWrites[operation.key]
        const request = valid ? await valid() : await anyRequest(operation, 'admin')
        await expectCall(operation.key, { ...request, headers: { 'Idempotency-Key': 'k'.repeat(maxLength + 1) } }, 400)
      },
    })
  const replay = replays[operation.key]
  if (replay && keyParameter)
    list.push({
      name: 'Idempotency-Key: a repeat is replayed, another body with it is refused',
      run: async () => {
        const { request, status, other } = await replay()
        await checkReplay(operation.key, request, status, other)
      },
    })
  if (operation.object.requestBody)
    list.push({
      name: 'a body over the size limit: 413, nothing read',
      run: async () => {
        const request = await anyRequest(operation, 'admin')
        // Valid JSON a little over the default limit (1 MiB): the size alone refuses it.
        const rawBody = JSON.stringify({ padding: 'x'.repeat(1024 * 1024) })
        await expectCall(operation.key, { ...request, body: undefined, rawBody }, 413)
      },
    })
  if (operation.parameters.some((parameter) => parameter.in === 'query'))
    list.push({
      name: 'an unknown query parameter: 422',
      run: async () => {
        await expectCall(operation.key, { as: 'admin', query: { contractUnknown: '1' } }, 422)
      },
    })
}
