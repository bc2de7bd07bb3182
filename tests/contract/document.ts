/**
 * docs/openapi.json as the judge: its operations, and a check of one answer (status, headers,
 * body) or one request body against it with ajv (JSON Schema 2020-12, the dialect of OpenAPI
 * 3.1). The zod contract is not used here: it strips unknown keys, so it would pass an answer
 * that the document forbids.
 *
 * Strict mode is on (unknown keywords, formats, types, tuples): a keyword ajv does not know
 * is a defect of the document, except OpenAPI's own annotations (`example`, `discriminator`,
 * `xml`, `externalDocs`) and `x-` extensions, which are declared below as annotations.
 */
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import openApiDocument from '../../docs/openapi.json'

type Json = Record<string, unknown>
type Header = { required?: boolean; schema?: Json; $ref?: string }
type Response = {
  $ref?: string
  content?: Record<string, { schema?: Json; example?: unknown }>
  headers?: Record<string, Header>
}
type Parameter = { name: string; in: string; required?: boolean; schema?: Json; $ref?: string }
export type OperationObject = {
  operationId?: string
  security?: unknown[]
  parameters?: Parameter[]
  requestBody?: { $ref?: string; required?: boolean; content?: Record<string, { schema?: Json }> }
  responses: Record<string, Response>
}

export const document = openApiDocument as unknown as {
  paths: Record<string, Record<string, unknown>>
  components?: Record<string, Record<string, unknown>>
  security?: unknown[]
}

export const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const

/** One operation of the document: "GET /releases/{id}". */
export type Operation = {
  key: string
  method: string
  path: string
  object: OperationObject
  parameters: Parameter[]
  /** Documented statuses, as the document writes them ("200", "4XX", "default"). */
  statuses: string[]
}

/** Follows a local `$ref` of the document (responses, headers, parameters, request bodies). */
function resolve<T>(value: T & { $ref?: string }): T {
  let current: unknown = value
  for (let hops = 0; hops < 10 && current && typeof current === 'object' && '$ref' in current; hops++) {
    const ref = (current as { $ref: string }).$ref
    if (!ref.startsWith('#/')) throw new Error(`Only local references are supported: ${ref}`)
    current = ref
      .slice(2)
      .split('/')
      .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce<unknown>((node, part) => (node as Json | undefined)?.[part], document)
    if (current === undefined) throw new Error(`Unresolved reference ${ref}`)
  }
  return current as T
}

export const operations: Operation[] = Object.entries(document.paths).flatMap(([path, item]) => {
  const pathParameters = ((item.parameters as Parameter[] | undefined) ?? []).map((p) => resolve(p))
  return httpMethods
    .filter((method) => item[method])
    .map((method) => {
      const object = item[method] as OperationObject
      const own = (object.parameters ?? []).map((p) => resolve(p))
      const parameters = [...pathParameters.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)), ...own]
      return {
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        object,
        parameters,
        statuses: Object.keys(object.responses),
      }
    })
})

export const operationByKey = new Map(operations.map((operation) => [operation.key, operation]))

/** The methods the document has for a path, upper case. */
export const methodsOf = (path: string) =>
  httpMethods.filter((method) => document.paths[path]?.[method]).map((method) => method.toUpperCase())

// ---------------------------------------------------------------------------------------------

// strictRequired stays off: `required` beside `propertyNames` (ReleaseCounts' status keys) is right.
const ajv = new Ajv2020({ strict: true, strictRequired: false, strictTypes: true, allErrors: true })
addFormats(ajv)

/** Every key of the document's schemas, to declare its `x-` extensions as annotations. */
function keysOf(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) keysOf(item, found)
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      found.add(key)
      keysOf(value, found)
    }
  return found
}
const annotations = ['example', 'discriminator', 'xml', 'externalDocs']
for (const keyword of [...annotations, ...[...keysOf(document)].filter((key) => key.startsWith('x-'))])
  if (!ajv.getKeyword(keyword)) ajv.addKeyword({ keyword })

/** `#/components/schemas/X` becomes `openapi#/$defs/X`: the components are one schema of their own. */
function withRefsToComponents(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withRefsToComponents)
  if (!schema || typeof schema !== 'object') return schema
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')
        ? `openapi#/$defs/${value.slice('#/components/schemas/'.length)}`
        : withRefsToComponents(value),
    ]),
  )
}
ajv.addSchema({ $id: 'openapi', $defs: withRefsToComponents(document.components?.schemas ?? {}) })

const compiled = new Map<Json, ValidateFunction>()
function validatorOf(schema: Json): ValidateFunction {
  let validate = compiled.get(schema)
  if (!validate) {
    validate = ajv.compile(withRefsToComponents(schema) as Json)
    compiled.set(schema, validate)
  }
  return validate
}

const describeErrors = (validate: ValidateFunction) =>
  (validate.errors ?? [])
    .slice(0, 5)
    .map(
      (error) =>
        `${error.instancePath || '(root)'} ${error.message}${error.params ? ` ${JSON.stringify(error.params)}` : ''}`,
    )
    .join('; ')

/** Validates a value against a schema of the document; answers what is wrong, or null. */
export function schemaProblem(schema: Json, value: unknown): string | null {
  const validate = validatorOf(schema)
  return validate(value) ? null : describeErrors(validate)
}

/** The documented response for a status: its own, then `4XX`, then `default`. */
export function documentedResponse(operation: Operation, status: number): Response | undefined {
  const { responses } = operation.object
  const entry = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default
  return entry && resolve(entry)
}

const mediaTypeOf = (contentType: string | null) => contentType?.split(';')[0]?.trim().toLowerCase() ?? ''
const isJsonMediaType = (mediaType: string) => mediaType === 'application/json' || mediaType.endsWith('+json')
const matchesMediaType = (pattern: string, mediaType: string) => {
  const [type, subtype] = pattern.toLowerCase().split('/')
  const [actualType, actualSubtype] = mediaType.split('/')
  return (type === '*' || type === actualType) && (subtype === '*' || subtype === actualSubtype)
}

/** A header's value as its schema's type wants it (headers are text on the wire). */
function headerValue(schema: Json | undefined, raw: string): unknown {
  const type = schema?.type
  if ((type === 'integer' || type === 'number') && raw.trim() !== '' && !Number.isNaN(Number(raw))) return Number(raw)
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true'
  return raw
}

export type Answer = { status: number; headers: Headers; text: string }

/** Everything about an answer that the document does not allow (empty when it conforms). */
export function responseProblems(operation: Operation, answer: Answer): string[] {
  const documented = documentedResponse(operation, answer.status)
  if (!documented)
    return [
      `status ${answer.status} is not documented for ${operation.key} (it documents ${operation.statuses.join(', ')})`,
    ]
  const problems: string[] = []
  for (const [name, header] of Object.entries(documented.headers ?? {})) {
    if (name.toLowerCase() === 'content-type') continue // OpenAPI ignores it: the media type says it
    const declared = resolve(header)
    const raw = answer.headers.get(name)
    if (raw === null) {
      if (declared.required) problems.push(`header ${name} is documented as required but missing`)
      continue
    }
    const problem = declared.schema && schemaProblem(declared.schema, headerValue(declared.schema, raw))
    if (problem) problems.push(`header ${name}: ${JSON.stringify(raw)} does not match its schema: ${problem}`)
  }
  const content = documented.content ?? {}
  const mediaTypes = Object.keys(content)
  if (mediaTypes.length === 0) {
    if (answer.text !== '')
      problems.push(`a ${answer.status} documents no body, but one came: ${answer.text.slice(0, 120)}`)
    return problems
  }
  const mediaType = mediaTypeOf(answer.headers.get('Content-Type'))
  const documentedType =
    mediaTypes.find((pattern) => pattern.toLowerCase() === mediaType) ??
    mediaTypes.find((pattern) => matchesMediaType(pattern, mediaType))
  if (!documentedType) {
    problems.push(
      `Content-Type ${JSON.stringify(answer.headers.get('Content-Type'))} is not one documented (${mediaTypes.join(', ')})`,
    )
    return problems
  }
  const schema = content[documentedType]?.schema
  if (!schema) return problems
  let body: unknown = answer.text
  if (isJsonMediaType(mediaType)) {
    try {
      body = JSON.parse(answer.text)
    } catch {
      return [...problems, `the body is not JSON: ${answer.text.slice(0, 120)}`]
    }
  }
  const problem = schemaProblem(schema, body)
  if (problem) problems.push(`the ${documentedType} body does not match the document: ${problem}`)
  return problems
}

/** Whether the document accepts a JSON request body for an operation (null: it does; else why not). */
export function requestBodyProblem(operation: Operation, body: unknown): string | null {
  const requestBody = operation.object.requestBody && resolve(operation.object.requestBody)
  const schema = requestBody?.content?.['application/json']?.schema
  if (!schema) return body === undefined ? null : `${operation.key} documents no JSON request body`
  if (body === undefined) return requestBody.required ? 'the request body is required' : null
  return schemaProblem(schema, body)
}

/** Whether the document accepts these query parameters (null: it does; else why not). */
export function queryProblem(operation: Operation, query: Record<string, string>): string | null {
  const declared = operation.parameters.filter((parameter) => parameter.in === 'query')
  for (const [name, raw] of Object.entries(query)) {
    const parameter = declared.find((candidate) => candidate.name === name)
    if (!parameter) return `${name} is not a documented query parameter`
    const problem = parameter.schema && schemaProblem(parameter.schema, headerValue(parameter.schema, raw))
    if (problem) return `${name}=${raw}: ${problem}`
  }
  return null
}

/** The values a schema of the document allows where it lists them (`enum`, `const`, across `$ref`, `oneOf`, `anyOf`). */
export function listedValues(schema: unknown): unknown[] {
  if (!schema || typeof schema !== 'object') return []
  const node = schema as Json
  if (typeof node.$ref === 'string') return listedValues(resolve({ $ref: node.$ref }))
  return [
    ...((node.enum as unknown[] | undefined) ?? []),
    ...('const' in node ? [node.const] : []),
    ...[...((node.oneOf as unknown[]) ?? []), ...((node.anyOf as unknown[]) ?? [])].flatMap(listedValues),
  ]
}

/** The header parameters an operation documents, lower case (e.g. idempotency-key). */
export const headerParameters = (operation: Operation) =>
  operation.parameters.filter((parameter) => parameter.in === 'header').map((parameter) => parameter.name.toLowerCase())

/** Whether an operation needs a credential: its own `security`, else the document's. */
export const needsCredential = (operation: Operation) => {
  const security = operation.object.security ?? document.security ?? []
  return security.length > 0 && !security.some((requirement) => Object.keys(requirement as Json).length === 0)
}
