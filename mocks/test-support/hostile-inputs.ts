import * as fc from 'fast-check'
import { z } from 'zod'
import type { Endpoint } from '../../src/api/contract'

/**
 * Arbitraries for mocks/handlers/hostile-requests.test.ts: plausible values derived from a
 * contract schema (through its JSON Schema, so every endpoint gets them without a line per
 * endpoint), and hostile ones: wrong types, edge numbers, long and strange strings,
 * prototype-pollution keys, bodies that are not JSON, query strings that are not what a
 * client would send, and path ids that try to leave their segment.
 */

/** Strings that have broken servers: markup, injection, control and bidi characters, encodings, numbers-as-text. */
export const nastyStrings = [
  '',
  ' ',
  '\t\n',
  '\u0000',
  'a\u0000b',
  '\u202Egnp.exe',
  '\u200B',
  '\uFEFF{}',
  '\uD800',
  'ß',
  'İ',
  'Ǆ',
  'ﬀ',
  'e\u0301',
  '👩‍👩‍👧‍👦',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '"><svg onload=alert(1)>',
  "' OR '1'='1",
  '1; DROP TABLE releases; --',
  '${7*7}',
  '{{constructor.constructor("alert(1)")()}}',
  '../../etc/passwd',
  '..%2F..%2F',
  '%00',
  '%',
  '%zz',
  '%E0%A4%A',
  '=HYPERLINK("http://x")',
  '+1',
  '-1',
  '0',
  '-0',
  '1e309',
  '-1e309',
  '1e-7',
  '0x10',
  '1_000',
  'NaN',
  'Infinity',
  '-Infinity',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '9007199254740993',
  '2.5',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  '2026-02-30',
  '2026-13-01',
  '0000-01-01',
  '9999-12-31',
  '2026-11-27T12:00:00',
  '9999-12-31T23:59:59-23:59',
  '0000-01-01T00:00:00+23:59',
  '275760-09-13T00:00:00Z',
]

export const pollutionKeys = [
  '__proto__',
  'constructor',
  'prototype',
  '__defineGetter__',
  'toString',
  'valueOf',
  'hasOwnProperty',
] as const

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...nastyStrings), weight: 6 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 2 },
  // Just over the limits the contract sets (100, 200, 500, 2000, 200 000 characters).
  {
    arbitrary: fc
      .constantFrom(101, 201, 501, 2001, 200_001)
      .chain((length) => fc.constantFrom('x', ' ', '<', 'é').map((unit) => unit.repeat(length))),
    weight: 1,
  },
)

export const edgeNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    -1,
    1,
    0.5,
    -0.5,
    1.5,
    2,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 2,
    Number.MIN_SAFE_INTEGER,
    5e-324,
    1974,
    1975,
    2100,
    2101,
    120,
    121,
    100,
    101,
    500,
    501,
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
)

/** An object whose own keys include `__proto__` and friends (built with fromEntries, so they stay own keys). */
const withPollution = (value: fc.Arbitrary<unknown>) =>
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...pollutionKeys), fc.string({ maxLength: 8 })), value), { maxLength: 4 })
    .map((entries) => Object.fromEntries(entries))

/** A value nested `depth` times in arrays or objects. */
const deeplyNested = fc.tuple(fc.integer({ min: 50, max: 2000 }), fc.boolean()).map(([depth, arrays]) => {
  let value: unknown = 'deep'
  for (let level = 0; level < depth; level++) value = arrays ? [value] : { a: value }
  return value
})

/** Any JSON value, biased towards what breaks handlers. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    edgeNumber,
    hostileString,
    fc.array(tie('value'), { maxLength: 4 }),
    withPollution(tie('value')),
    deeplyNested,
  ),
})).value

/** Text that is not JSON at all, or not only JSON. */
export const notJson: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '{',
    '}',
    '[',
    '{"a":',
    "{'a': 1}",
    '{"a": 1,}',
    'undefined',
    'NaN',
    '-Infinity',
    '01',
    '1e309x',
    '"unterminated',
    '\uFEFF{}',
    '{"a":1}{"b":2}',
    '{"a":1} trailing',
    '<xml/>',
    'a=1&b=2',
    '\u0000',
    '[1,2,3',
    '{"__proto__":',
  ),
  fc.string({ unit: 'binary', maxLength: 60 }).filter((text) => !isJson(text)),
)

function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

// ————— Plausible values from a schema —————

type JsonSchema = {
  $ref?: string
  $defs?: Record<string, JsonSchema>
  type?: string | string[]
  enum?: unknown[]
  const?: unknown
  format?: string
  pattern?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  minItems?: number
  maxItems?: number
  items?: JsonSchema
  properties?: Record<string, JsonSchema>
  required?: string[]
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  allOf?: JsonSchema[]
  default?: unknown
}

/**
 * Ids a plausible body names: real ones, mostly of the kind the field's name says (by the ids'
 * prefixes, see `idsNamedBy`), so calls get past the reference checks. `aliases` names the
 * kinds whose field and id prefix differ (`sourceIds` holds "structure-…" ids).
 */
export type Pools = { ids: readonly string[]; aliases?: Record<string, string> }

const pad = (value: number, length: number) => String(value).padStart(length, '0')
/** A date as YYYY-MM-DD, mostly around today, sometimes at the edges of what the format allows (0000, 9999, 29 February). */
const plausibleDate = fc.oneof(
  fc
    .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
  fc.constantFrom('0000-01-01', '9999-12-31', '2024-02-29', '2000-02-29', '1900-02-28', '2026-11-27'),
)
/** Date-times at the edges of the format: the year 9999 behind UTC (the year 10000 in UTC), the year 0000 ahead of it, nanoseconds, a second either side of the tests' now. */
export const edgeDateTimes = [
  '9999-12-31T23:59:59-23:59',
  '9999-12-31T20:00:00-12:00',
  '0000-01-01T00:00:00+23:59',
  '2026-11-27T12:00:00.000000001Z',
  '2026-11-27T11:59:59Z',
  '2026-11-27T12:00:01Z',
  '2026-11-27T12:00:00+00:00',
]
/** A date-time the contract's format accepts: any offset, any fraction, years 0000–9999. */
const plausibleDateTime = fc.oneof(
  fc
    .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
    .map((date) => date.toISOString()),
  { arbitrary: fc.constantFrom(...edgeDateTimes), weight: 2 },
  fc
    .record({
      date: plausibleDate,
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      fraction: fc.constantFrom('', '.5', '.123456789'),
      offset: fc.constantFrom('Z', '+00:00', '-23:59', '+23:59', '+05:30', '-12:00'),
    })
    .map(
      ({ date, hour, minute, fraction, offset }) => `${date}T${pad(hour, 2)}:${pad(minute, 2)}:00${fraction}${offset}`,
    ),
)

/**
 * The ids a field is likely to name, by the field's name and the ids' prefixes: `fieldOfWorkIds`
 * → "field-of-work-…", `hostStateId` → "state-…" (the longest tail of the name that prefixes an id).
 */
function idsNamedBy(key: string, { ids, aliases = {} }: Pools): string[] {
  const words = key
    .replace(/Ids?$/, '')
    .split(/(?=[A-Z])/)
    .map((word) => word.toLowerCase())
  for (let start = 0; start < words.length; start++) {
    const kind = words.slice(start).join('-')
    const prefix = `${aliases[kind] ?? kind}-`
    const matching = ids.filter((id) => id.startsWith(prefix))
    if (matching.length > 0) return matching
  }
  return []
}

function resolve(schema: JsonSchema, defs: Record<string, JsonSchema>): JsonSchema {
  if (schema.$ref) return resolve(defs[schema.$ref.replace('#/$defs/', '')] ?? {}, defs)
  return schema
}

function plausible(
  raw: JsonSchema,
  defs: Record<string, JsonSchema>,
  pools: Pools,
  key: string,
): fc.Arbitrary<unknown> {
  const schema = resolve(raw, defs)
  const branches = schema.anyOf ?? schema.oneOf
  if (branches) return fc.oneof(...branches.map((branch) => plausible(branch, defs, pools, key)))
  if (schema.enum) return fc.constantFrom(...schema.enum)
  if ('const' in schema) return fc.constant(schema.const)
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type
  switch (type) {
    case 'null':
      return fc.constant(null)
    case 'boolean':
      return fc.boolean()
    case 'integer':
    case 'number': {
      // A version is small (records start at 1); other numbers anywhere in their range or one past it.
      if (key === 'version') return fc.integer({ min: 1, max: 6 })
      const min = Math.max(schema.minimum ?? -1000, -1e6)
      const max = Math.min(schema.maximum ?? 1000, 1e6)
      return fc.oneof(fc.integer({ min, max }), fc.constantFrom(min - 1, max + 1))
    }
    case 'string': {
      if (schema.format === 'date') return plausibleDate
      if (schema.format === 'date-time') return plausibleDateTime
      if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern))
      if (/ids?$/i.test(key) && pools.ids.length > 0) {
        const ofKind = idsNamedBy(key, pools)
        return ofKind.length > 0
          ? fc.oneof({ arbitrary: fc.constantFrom(...ofKind), weight: 3 }, fc.constantFrom(...pools.ids))
          : fc.constantFrom(...pools.ids)
      }
      const maxLength = Math.min(schema.maxLength ?? 60, 60)
      return fc.string({ unit: 'grapheme', minLength: schema.minLength ?? 0, maxLength })
    }
    case 'array': {
      const item = schema.items ? plausible(schema.items, defs, pools, key) : hostileJson
      return fc.array(item, {
        minLength: Math.min(schema.minItems ?? 0, 3),
        maxLength: Math.min(schema.maxItems ?? 3, 3),
      })
    }
    case 'object': {
      const properties = schema.properties ?? {}
      const required = new Set(schema.required ?? [])
      const shape = Object.fromEntries(
        Object.entries(properties).map(([name, property]) => [name, plausible(property, defs, pools, name)]),
      )
      return fc.record(shape, { requiredKeys: Object.keys(properties).filter((name) => required.has(name)) })
    }
    default:
      return hostileJson
  }
}

/** A value that the schema's JSON Schema (input side) describes, with real ids for id fields. */
export function plausibleValue(schema: z.ZodType, pools: Pools): fc.Arbitrary<unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema
  return plausible(json, json.$defs ?? {}, pools, '')
}

/** One change that makes a plausible object hostile: a field of the wrong type, a field gone, or extra (polluting) keys. */
export function mutateObject(value: unknown): fc.Arbitrary<unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fc.constant(value)
  const entries = Object.entries(value)
  const keys = entries.map(([key]) => key)
  const mutations: Array<fc.Arbitrary<unknown>> = [
    fc
      .tuple(fc.constantFrom(...pollutionKeys, 'extra', 'id', 'status', 'authorId', 'version'), hostileJson)
      .map(([key, extra]) => Object.fromEntries([...entries, [key, extra]])),
  ]
  if (keys.length > 0) {
    mutations.push(
      fc
        .tuple(fc.constantFrom(...keys), hostileJson)
        .map(([key, replacement]) =>
          Object.fromEntries(entries.map(([name, current]) => [name, name === key ? replacement : current])),
        ),
      fc.constantFrom(...keys).map((key) => Object.fromEntries(entries.filter(([name]) => name !== key))),
      fc
        .constantFrom(...keys)
        .chain((key) =>
          mutateObject(value[key as keyof typeof value]).map((inner) =>
            Object.fromEntries(entries.map(([name, current]) => [name, name === key ? inner : current])),
          ),
        ),
    )
  }
  return fc.oneof(...mutations)
}

// ————— Bodies —————

export type BodyKind = 'none' | 'not-json' | 'json-wrong-type' | 'plausible' | 'mutated' | 'hostile-object' | 'bytes'
/** `text` is what the server reads; `bytes`, when given, is what is sent (not always valid UTF-8). */
export type HostileBody = { kind: BodyKind; text: string | undefined; bytes?: Uint8Array; contentType: string | null }

/** Byte sequences that are not UTF-8: a lone continuation byte, an overlong "/", an encoded surrogate, a cut sequence, 0xFF. */
const invalidUtf8 = [[0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xff], [0xfe, 0xff]]

/** JSON sent as bytes that are not (only) UTF-8: invalid sequences inside a string, UTF-16 with a BOM, or random bytes. */
function bytesOf(value: fc.Arbitrary<unknown>): fc.Arbitrary<Uint8Array> {
  const encoder = new TextEncoder()
  return fc.oneof(
    fc.tuple(value, fc.constantFrom(...invalidUtf8)).map(([json, invalid]) => {
      const text = JSON.stringify(json) ?? 'null'
      const at = Math.max(text.indexOf('"') + 1, 0)
      return Uint8Array.from([...encoder.encode(text.slice(0, at)), ...invalid, ...encoder.encode(text.slice(at))])
    }),
    value.map((json) => {
      const text = JSON.stringify(json) ?? 'null'
      const bytes = new Uint8Array(2 + text.length * 2)
      bytes.set([0xff, 0xfe])
      for (let index = 0; index < text.length; index++)
        bytes.set([text.charCodeAt(index) & 0xff, text.charCodeAt(index) >> 8], 2 + index * 2)
      return bytes
    }),
    fc.uint8Array({ maxLength: 64 }),
  )
}

const contentTypes = fc.constantFrom<string | null>(
  'application/json',
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  null,
)

/** A request body for an endpoint whose body the contract describes with `schema` (or none). */
export function hostileBody(schema: z.ZodType | undefined, pools: Pools): fc.Arbitrary<HostileBody> {
  const json = (kind: BodyKind, value: fc.Arbitrary<unknown>) =>
    fc
      .tuple(value, contentTypes)
      .map(([body, contentType]): HostileBody => ({ kind, text: JSON.stringify(body), contentType }))
  const wrongType = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    edgeNumber,
    hostileString,
    fc.array(hostileJson, { maxLength: 3 }),
    deeplyNested.filter(Array.isArray),
  )
  const options: Array<fc.WeightedArbitrary<HostileBody>> = [
    {
      arbitrary: contentTypes.map((contentType) => ({ kind: 'none' as const, text: undefined, contentType })),
      weight: 1,
    },
    {
      arbitrary: fc
        .tuple(notJson, contentTypes)
        .map(([text, contentType]) => ({ kind: 'not-json' as const, text, contentType })),
      weight: 2,
    },
    { arbitrary: json('json-wrong-type', wrongType), weight: 2 },
    { arbitrary: json('hostile-object', withPollution(hostileJson)), weight: 1 },
  ]
  const decoder = new TextDecoder()
  const bytes = (value: fc.Arbitrary<unknown>) =>
    fc.tuple(bytesOf(value), contentTypes).map(([sent, contentType]): HostileBody => ({
      kind: 'bytes',
      text: decoder.decode(sent),
      bytes: sent,
      contentType,
    }))
  if (schema) {
    const valid = plausibleValue(schema, pools)
    options.push(
      { arbitrary: json('plausible', valid), weight: 3 },
      { arbitrary: json('mutated', valid.chain(mutateObject)), weight: 3 },
      { arbitrary: bytes(valid), weight: 1 },
    )
  } else {
    options.push({ arbitrary: bytes(hostileJson), weight: 1 })
  }
  return fc.oneof(...options)
}

// ————— Query strings —————

export type QueryPair = { key: string; value: string; raw: boolean }

/** Lone surrogates as U+FFFD, as the URL parser would send them (encodeURIComponent throws on them). */
export const wellFormed = (text: string) =>
  text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')

/** Percent-encodes, or (raw) only what would end the query or start a fragment. */
const encodePart = (text: string, raw: boolean) =>
  raw ? text.replace(/[#&=\s]/g, (char) => encodeURIComponent(char)) : encodeURIComponent(wellFormed(text))

export function queryString(pairs: readonly QueryPair[]): string {
  if (pairs.length === 0) return ''
  return `?${pairs.map(({ key, value, raw }) => `${encodePart(key, raw)}=${encodePart(value, raw)}`).join('&')}`
}

/** Key/value pairs for the query: the schema's own keys (plausible or hostile values, repeated), hostile keys, huge numbers. */
export function hostileQuery(schema: z.ZodObject | undefined, pools: Pools): fc.Arbitrary<QueryPair[]> {
  const keys = schema ? Object.keys(schema.shape) : []
  const plausibleValues = schema
    ? Object.fromEntries(
        keys.map((key) => [
          key,
          plausibleValue(schema.shape[key] as z.ZodType, pools).map((value) =>
            typeof value === 'string' ? value : (JSON.stringify(value) ?? ''),
          ),
        ]),
      )
    : {}
  const knownKey: fc.Arbitrary<[string, string]> =
    keys.length > 0
      ? fc
          .constantFrom(...keys)
          .chain((key) => fc.tuple(fc.constant(key), fc.oneof(plausibleValues[key]!, hostileString)))
      : fc.tuple(fc.constant('q'), hostileString)
  const pair = fc.oneof(
    { arbitrary: knownKey, weight: 4 },
    {
      arbitrary: fc.tuple(
        fc.constantFrom(...pollutionKeys, 'page[]', 'sort[0]', 'pageSize', 'page', ''),
        hostileString,
      ),
      weight: 1,
    },
    {
      arbitrary: fc.tuple(
        fc.constantFrom('page', 'pageSize', 'months'),
        fc.constantFrom(
          '-1',
          '0',
          '1.5',
          '1e309',
          '999999999999999999999',
          '100000',
          '9007199254740992',
          ' 2 ',
          '0x10',
          '1,2',
        ),
      ),
      weight: 1,
    },
  )
  return fc.array(
    fc.tuple(pair, fc.boolean()).map(([[key, value], raw]) => ({ key, value, raw })),
    { maxLength: 6 },
  )
}

// ————— Path ids —————

export const hostileId: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    '.',
    '..',
    '../states',
    '..%2Fstates',
    '%2e%2e',
    '%',
    '%zz',
    '%E0%A4%A',
    'a%2Fb',
    'a/b',
    '\u0000',
    '\u202E',
    'x'.repeat(101),
    'x'.repeat(5000),
    'counts',
    'export',
    'assignments',
    'transitions',
    '__proto__',
    'constructor',
    'null',
    'undefined',
    '-1',
    '0',
    '1e309',
    '<script>',
    "' OR 1=1 --",
  ),
  fc.string({ unit: 'binary', maxLength: 30 }),
)

/** Who sends a request: a seeded person of each kind, nobody, or a credential that is no token. */
export type Caller = 'editor' | 'otherEditor' | 'reviewer' | 'admin' | 'none' | 'garbage' | 'malformed'
export const signedInCallers = ['editor', 'otherEditor', 'reviewer', 'admin'] as const

/**
 * `hostile`: anything, from anybody. `near-valid`: a plausible body and query from a caller
 * the endpoint admits, on a record they may act on, with its current version, so that runs
 * get past authorization and into the writes, where an edge value can still break them.
 */
export type Mode = 'hostile' | 'near-valid'
export type HostileRequest = {
  mode: Mode
  /** The endpoint's method mostly; a hostile call sometimes uses another (PUT, OPTIONS…). */
  method: string
  caller: Caller
  garbage: string
  id: { value: string; raw: boolean }
  /** Chooses among the records a near-valid call may act on, and among the actions it may take. */
  pick: number
  /** A hostile call's body names the record's current version (else whatever it was generated with). */
  currentVersion: boolean
  query: QueryPair[]
  body: HostileBody
}

export const noBody: HostileBody = { kind: 'none', text: undefined, contentType: null }

export function requestArbitrary(endpoint: Endpoint, ids: Record<string, string[]>): fc.Arbitrary<HostileRequest> {
  const pools: Pools = { ids: Object.values(ids).flat(), aliases: { source: 'structure' } }
  const resource = endpoint.path.split('/')[1]!
  const ownIds = ids[resource] ?? pools.ids
  const otherIds = pools.ids.filter((id) => !ownIds.includes(id))
  const hasId = endpoint.path.includes('{id}')
  // A header value must be printable ASCII (fetch throws on anything else).
  const common = {
    garbage: hostileString.map((text) => text.replace(/[^\x21-\x7e]/g, '') || 'x'),
    pick: fc.nat(),
    currentVersion: fc.boolean(),
  }
  const hostile = fc.record({
    ...common,
    mode: fc.constant<Mode>('hostile'),
    method: fc.oneof(
      { arbitrary: fc.constant(endpoint.method.toUpperCase()), weight: 8 },
      fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'),
    ),
    caller: fc.oneof(
      { arbitrary: fc.constantFrom<Caller>(...signedInCallers), weight: 5 },
      { arbitrary: fc.constantFrom<Caller>('none', 'garbage', 'malformed'), weight: 2 },
    ),
    id: hasId
      ? fc.oneof(
          { arbitrary: fc.constantFrom(...ownIds).map((value) => ({ value, raw: false })), weight: 5 },
          { arbitrary: fc.constantFrom(...otherIds).map((value) => ({ value, raw: false })), weight: 1 },
          { arbitrary: fc.tuple(hostileId, fc.boolean()).map(([value, raw]) => ({ value, raw })), weight: 2 },
        )
      : fc.constant({ value: '', raw: false }),
    query: hostileQuery(endpoint.query, pools),
    body: endpoint.method === 'get' ? fc.constant(noBody) : hostileBody(endpoint.body, pools),
  })
  const plausibleQuery = endpoint.query
    ? plausibleValue(endpoint.query, pools).map((query) =>
        Object.entries(query as Record<string, unknown>).map(([key, value]) => ({
          key,
          value: typeof value === 'string' ? value : JSON.stringify(value),
          raw: false,
        })),
      )
    : fc.constant<QueryPair[]>([])
  const nearValid = fc.record({
    ...common,
    mode: fc.constant<Mode>('near-valid'),
    method: fc.constant(endpoint.method.toUpperCase()),
    caller:
      endpoint.access === 'admin'
        ? fc.oneof({ arbitrary: fc.constant<Caller>('admin'), weight: 4 }, fc.constantFrom<Caller>(...signedInCallers))
        : fc.constantFrom<Caller>(...signedInCallers),
    id: fc.constant({ value: '', raw: false }),
    query: plausibleQuery,
    body: endpoint.body
      ? fc
          .tuple(plausibleValue(endpoint.body, pools), fc.constantFrom<string | null>('application/json', null))
          .map(([body, contentType]): HostileBody => ({ kind: 'plausible', text: JSON.stringify(body), contentType }))
      : fc.constant(noBody),
  })
  return fc.oneof(hostile, nearValid)
}
