import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildOpenApi as buildWith, openApiText as textWith } from './openapi'
import { collectExamples, type OpenApiExamples } from './openapi-examples'

let examples: OpenApiExamples
let built: ReturnType<typeof buildWith> | undefined
const buildOpenApi = () => (built ??= buildWith(examples))
const openApiText = () => textWith(examples)

describe('docs/openapi.json', () => {
  beforeAll(async () => {
    examples = await collectExamples()
  })

  it('is up to date with the contract (run `npm run openapi` after changing a schema)', () => {
    const committed = readFileSync(join(process.cwd(), 'docs/openapi.json'), 'utf8')
    expect(committed).toBe(openApiText())
  })

  it('describes every resource with its errors as problem+json', () => {
    const doc = buildOpenApi()
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/releases',
        '/releases/{id}',
        '/states',
        '/chairpersonships',
        '/field-operations',
        '/fields-of-work',
        '/structures',
        '/session',
      ]),
    )
    const patch = doc.paths['/releases/{id}']?.patch as { responses: Record<string, unknown> }
    expect(Object.keys(patch.responses)).toEqual(expect.arrayContaining(['200', '401', '403', '404', '409', '422']))
    expect(doc.components.schemas).toHaveProperty('Release')
    expect(doc.components.schemas).toHaveProperty('Problem')
  })

  it('names every operation once and tags it with its resource, for client generators', () => {
    const operations = Object.entries(buildOpenApi().paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        path,
        method,
        ...(operation as { operationId: string; tags: string[] }),
      })),
    )
    const ids = operations.map((operation) => operation.operationId)
    expect(new Set(ids).size).toBe(ids.length)
    expect(operations.find((each) => each.path === '/releases/{id}/history')).toMatchObject({
      operationId: 'getReleasesByIdHistory',
      tags: ['releases'],
    })
    expect(operations.find((each) => each.path === '/fields-of-work/{id}' && each.method === 'patch')).toMatchObject({
      operationId: 'patchFieldsOfWorkById',
      tags: ['fields-of-work'],
    })
  })

  it('gives no component schema an $id (a fragment $id is not allowed in JSON Schema 2020-12)', () => {
    const schemas = Object.entries(buildOpenApi().components.schemas as Record<string, Record<string, unknown>>)
    expect(schemas.length).toBeGreaterThan(20)
    expect(schemas.filter(([, schema]) => '$id' in schema).map(([id]) => id)).toEqual([])
  })
})
