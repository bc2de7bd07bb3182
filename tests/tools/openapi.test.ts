import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildOpenApi, openApiText } from './openapi'

describe('docs/openapi.json', () => {
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
})
