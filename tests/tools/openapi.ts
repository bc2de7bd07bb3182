import { z } from 'zod'
import { endpoints } from '../../src/api/contract'

type JsonSchema = Record<string, unknown>

const componentRef = (id: string) => `#/components/schemas/${id}`

/** JSON Schema of one contract schema, with named schemas pointing at the components. */
const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const id = z.globalRegistry.get(schema)?.id
  if (id && io === 'output') return { $ref: componentRef(id) }
  const { $schema: _, $defs: __, ...json } = z.toJSONSchema(schema, { io, unrepresentable: 'any' })
  return JSON.parse(JSON.stringify(json).replaceAll('"#/$defs/', `"${componentRef('')}`)) as JsonSchema
}

const problemResponse = (status: number) => ({
  description: `${status} problem`,
  content: { 'application/problem+json': { schema: { $ref: componentRef('Problem') } } },
})

const idempotencyKeyParameter = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'One key per intent of the user. A repeated key (same person, method and path) answers the first success again instead of writing twice; ' +
    'the same key with a different body answers 422.',
  schema: { type: 'string', maxLength: 200 },
}

const pascal = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)

/**
 * A stable, unique operationId from the method and the path, for client generators:
 * GET /releases/{id}/history is getReleasesByIdHistory.
 */
export const operationId = (method: string, path: string) =>
  method +
  path
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      const parameter = /^\{(\w+)\}$/.exec(segment)
      const words = (parameter ? `by-${parameter[1]}` : segment).split(/[-_]/)
      return words.map(pascal).join('')
    })
    .join('')

/** The resource an operation belongs to (its path's first segment), as its tag. */
const tagOf = (path: string) => path.split('/').filter(Boolean)[0]!

/** The OpenAPI 3.1 document of the API, built from the contract's endpoint list. */
export const buildOpenApi = () => {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const endpoint of endpoints) {
    const query = endpoint.query ? (toSchema(endpoint.query, 'input').properties as Record<string, JsonSchema>) : {}
    const pathParams = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }))
    const responses: Record<string, unknown> = {
      [endpoint.status]: endpoint.responseType
        ? { description: 'OK', content: { [endpoint.responseType]: { schema: { type: 'string' } } } }
        : endpoint.response
          ? { description: 'OK', content: { 'application/json': { schema: toSchema(endpoint.response, 'output') } } }
          : { description: 'No content' },
    }
    for (const status of endpoint.errors) responses[status] = problemResponse(status)
    paths[endpoint.path] ??= {}
    paths[endpoint.path]![endpoint.method] = {
      operationId: operationId(endpoint.method, endpoint.path),
      tags: [tagOf(endpoint.path)],
      summary: endpoint.summary,
      ...(endpoint.description && { description: endpoint.description }),
      'x-access': endpoint.access,
      security: endpoint.access === 'public' ? [] : [{ bearer: [] }],
      parameters: [
        ...pathParams,
        ...Object.entries(query).map(([name, schema]) => ({ name, in: 'query', required: false, schema })),
        ...(endpoint.method === 'post' && endpoint.access !== 'public' ? [idempotencyKeyParameter] : []),
      ],
      ...(endpoint.body && {
        requestBody: { required: true, content: { 'application/json': { schema: toSchema(endpoint.body, 'input') } } },
      }),
      responses,
    }
  }
  // Request bodies are described as a client sends them (defaults make fields optional).
  const components = (io: 'input' | 'output') =>
    z.toJSONSchema(z.globalRegistry, { uri: componentRef, io, unrepresentable: 'any' }).schemas
  const inputs = components('input')
  const schemas = Object.fromEntries(
    Object.entries(components('output')).map(([id, schema]) => {
      // No $id: zod writes the component's own reference there, a fragment, which JSON Schema
      // 2020-12 forbids in $id (Spectral's oas ruleset: 39 errors); the key of the component names it.
      const { $schema: _, $id: __, ...json } = /(Input|Patch)$/.test(id) ? inputs[id]! : schema
      return [id, json]
    }),
  )
  return {
    openapi: '3.1.0',
    info: {
      title: 'Newsroom admin API',
      version: '1.0.0',
      description:
        'The API the Newsroom admin dashboard talks to. Generated from the zod contract in src/api/contract (npm run openapi). ' +
        'Errors are application/problem+json (RFC 9457) with a message per invalid field in `errors`. ' +
        'Every write of a release carries the version it was based on; a stale version answers 409. ' +
        'A 503 or 429 may carry Retry-After. Writes that create (POST) accept an Idempotency-Key header, so a client may retry them safely.',
    },
    servers: [{ url: '/api' }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas,
    },
    paths,
  }
}

export const openApiText = () => `${JSON.stringify(buildOpenApi(), null, 2)}\n`
