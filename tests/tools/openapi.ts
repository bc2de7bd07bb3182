import { z } from 'zod'
import { endpoints, type Endpoint } from '../../src/api/contract'
import type { OpenApiExamples } from './openapi-examples'
import { apiGuide, tags } from './openapi-guide'

type JsonSchema = Record<string, unknown>

const componentRef = (id: string) => `#/components/schemas/${id}`
const ref = (kind: 'parameters' | 'schemas', id: string) => ({ $ref: `#/components/${kind}/${id}` })

/** JSON Schema of one contract schema, with named schemas pointing at the components. */
const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const id = z.globalRegistry.get(schema)?.id
  if (id && io === 'output') return { $ref: componentRef(id) }
  const { $schema: _, $defs: __, ...json } = z.toJSONSchema(schema, { io, unrepresentable: 'any' })
  return JSON.parse(JSON.stringify(json).replaceAll('"#/$defs/', `"${componentRef('')}`)) as JsonSchema
}

/**
 * What a client sends, without `default`: generators (openapi-typescript) make a property with a
 * default required in a named schema, so a client would have to send what it may leave out. The
 * default is said in words instead.
 */
const withoutDefaults = (schema: unknown): unknown => {
  if (Array.isArray(schema)) return schema.map(withoutDefaults)
  if (typeof schema !== 'object' || schema === null) return schema
  const { default: value, ...rest } = schema as Record<string, unknown>
  const walked = Object.fromEntries(Object.entries(rest).map(([key, each]) => [key, withoutDefaults(each)]))
  if (value === undefined) return walked
  const said = `When left out: ${JSON.stringify(value)}.`
  return { ...walked, description: walked.description ? `${String(walked.description)} ${said}` : said }
}

/** The headers of the document, each described once. */
const headers = {
  Location: { description: 'The address of the record just created.', schema: { type: 'string' } },
  'Idempotent-Replayed': {
    description:
      '`true` when this is the kept answer to an earlier request with the same Idempotency-Key (see Idempotency).',
    schema: { type: 'string', enum: ['true'] },
  },
  'WWW-Authenticate': {
    description:
      'The scheme to authenticate with: `Bearer`; `Bearer error="invalid_token"` when the token sent is not valid.',
    schema: { type: 'string' },
  },
  'Retry-After': {
    description: 'When waiting helps: seconds to wait, or an HTTP date, before sending the same request again.',
    schema: { type: 'string' },
  },
  'Content-Disposition': {
    description: 'An attachment with a file name: `attachment; filename="releases.csv"`.',
    schema: { type: 'string' },
  },
}
/** A response header, as the table above describes it. */
const header = (name: keyof typeof headers, required = false) => ({ ...headers[name], ...(required && { required }) })

const problemResponse = (status: number, when: string) => ({
  description: when,
  ...(status === 401 && { headers: { 'WWW-Authenticate': header('WWW-Authenticate', true) } }),
  ...(status === 503 && { headers: { 'Retry-After': header('Retry-After') } }),
  content: { 'application/problem+json': { schema: { $ref: componentRef('Problem') } } },
})

const isWrite = (endpoint: Endpoint) => endpoint.method !== 'get'

/** A create answers Location where the record it made has an address of its own (not a session, not a comment). */
const hasAddress = (endpoint: Endpoint) =>
  endpoint.status === 201 && endpoints.some((each) => each.method === 'get' && each.path === `${endpoint.path}/{id}`)

const successResponse = (endpoint: Endpoint, examples: OpenApiExamples) => {
  const responseHeaders = {
    ...(hasAddress(endpoint) && { Location: header('Location', true) }),
    ...(endpoint.responseType === 'text/csv' && {
      'Content-Disposition': header('Content-Disposition', true),
    }),
    ...(isWrite(endpoint) && { 'Idempotent-Replayed': header('Idempotent-Replayed') }),
  }
  const csvExample = endpoint.responseType ? examples.responses[operationId(endpoint.method, endpoint.path)] : undefined
  return {
    description: endpoint.status === 201 ? 'Created' : endpoint.status === 204 ? 'Done; no content' : 'OK',
    ...(Object.keys(responseHeaders).length > 0 && { headers: responseHeaders }),
    ...(endpoint.responseType
      ? {
          content: {
            [endpoint.responseType]: {
              schema: { type: 'string' },
              ...(csvExample !== undefined && { example: csvExample }),
            },
          },
        }
      : endpoint.response && {
          content: { 'application/json': { schema: toSchema(endpoint.response, 'output') } },
        }),
  }
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

/** The parameter's description, lifted out of its schema (where OpenAPI tools look for it). */
const queryParameter = (name: string, schema: JsonSchema) => {
  const { description, ...rest } = schema
  return {
    name,
    in: 'query',
    required: false,
    ...(typeof description === 'string' && { description }),
    schema: rest,
  }
}

const operationOf = (endpoint: Endpoint, examples: OpenApiExamples) => {
  const id = operationId(endpoint.method, endpoint.path)
  const query = endpoint.query ? (toSchema(endpoint.query, 'input').properties as Record<string, JsonSchema>) : {}
  const pathParams = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    description: 'The record’s id, as the API answered it (opaque; percent-encode it in the path).',
    schema: { type: 'string', minLength: 1, maxLength: 100 },
  }))
  const responses: Record<string, unknown> = { [endpoint.status]: successResponse(endpoint, examples) }
  for (const [status, when] of Object.entries(endpoint.errors))
    responses[status] = problemResponse(Number(status), when)
  const requestExample = examples.requests[id]
  return {
    operationId: id,
    tags: [tagOf(endpoint.path)],
    summary: endpoint.summary,
    description: endpoint.description,
    'x-access': endpoint.access,
    // One scheme or the other, by the server's mode: the demo's sessions, or a deployment's identity provider.
    security: endpoint.access === 'public' ? [] : [{ demoSession: [] }, { identityProvider: [] }],
    parameters: [
      ...pathParams,
      ...Object.entries(query).map(([name, schema]) => queryParameter(name, schema)),
      ...(isWrite(endpoint) ? [ref('parameters', 'IdempotencyKey')] : []),
    ],
    ...(endpoint.body && {
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: toSchema(endpoint.body, 'input'),
            ...(requestExample !== undefined && { example: requestExample }),
          },
        },
      },
    }),
    responses,
  }
}

/** The OpenAPI 3.1 document of the API, built from the contract's endpoint list, with examples from the seed. */
export const buildOpenApi = (examples: OpenApiExamples) => {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const endpoint of endpoints) {
    paths[endpoint.path] ??= {}
    paths[endpoint.path]![endpoint.method] = operationOf(endpoint, examples)
  }
  // Request bodies are described as a client sends them (defaults make fields optional).
  const components = (io: 'input' | 'output') =>
    z.toJSONSchema(z.globalRegistry, { uri: componentRef, io, unrepresentable: 'any' }).schemas
  const inputs = components('input')
  const schemas = Object.fromEntries(
    Object.entries(components('output')).map(([id, schema]) => {
      const isInput = /(Input\w*|Patch)$/.test(id)
      // No $id: zod writes the component's own reference there, a fragment, which JSON Schema
      // 2020-12 forbids in $id (Spectral's oas ruleset: 39 errors); the key of the component names it.
      const { $schema: _, $id: __, ...json } = isInput ? (withoutDefaults(inputs[id]!) as JsonSchema) : schema
      const example = examples.schemas[id]
      return [id, example === undefined ? json : { ...json, examples: [example] }]
    }),
  )
  return {
    openapi: '3.1.0',
    info: {
      title: 'Newsroom admin API',
      version: '1.0.0',
      summary: 'Draft, review and publish press releases; keep the reference data they name.',
      description: apiGuide(),
      license: { name: 'Proprietary: the organisation’s own', identifier: 'LicenseRef-Proprietary' },
      contact: { name: 'Newsroom admin team' },
    },
    servers: [{ url: '/api', description: 'The same origin as the app' }],
    tags,
    components: {
      securitySchemes: {
        demoSession: {
          type: 'http',
          scheme: 'bearer',
          description:
            'The demo’s sign-in (a server with no identity provider configured, and the mock): a token from POST /session (a user id, no credential), sent as `Authorization: Bearer <token>` until DELETE /session. Deployments sign in through their identity provider instead (`identityProvider`).',
        },
        identityProvider: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'A deployment’s sign-in (OIDC_ISSUER set): an access token from the deployment’s OpenID Connect provider (authorization code flow with PKCE; the issuer and the app’s client id are in the page’s runtime config), sent as `Authorization: Bearer <token>`. The server verifies its signature against the provider’s published keys (asymmetric algorithms only), its issuer, audience and expiry. There, POST /session and DELETE /session do not exist (404), and GET /users needs the token.',
        },
      },
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description:
            'One key per intent of the user (see Idempotency): a repeated key answers the first success again instead of writing twice; the same key with another body answers 422.',
          schema: { type: 'string', minLength: 1, maxLength: 200 },
        },
      },
      schemas,
    },
    paths,
  }
}

export const openApiText = (examples: OpenApiExamples) => `${JSON.stringify(buildOpenApi(examples), null, 2)}\n`
