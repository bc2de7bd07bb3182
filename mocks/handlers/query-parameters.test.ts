import { beforeEach, describe, expect, it } from 'vitest'
import { problemSchema, releaseCountsSchema } from '../../src/api/contract'
import { signInAs } from '../db'
import { api } from '../test-support/api'

let token = ''
beforeEach(async () => {
  token = await signInAs('user-editor-amra')
})

describe('query parameters', () => {
  it('refuses one the operation does not have, naming it: a misspelt filter never answers everything', async () => {
    const { status, json } = await api('/releases?stauts=draft&type=statement', { token })
    expect(status).toBe(422)
    const problem = problemSchema.strict().parse(json)
    expect(problem.errors).toEqual({ stauts: 'Unknown query parameter' })
    expect(problem.detail).toMatch(/Unknown query parameters: stauts\. This operation takes: page, pageSize, sort, q, /)
  })

  it('refuses `status` on the counts, which count every status', async () => {
    const { status, json } = await api('/releases/counts?status=draft', { token })
    expect(status).toBe(422)
    expect(problemSchema.parse(json).errors).toEqual({ status: 'Unknown query parameter' })
  })

  it('refuses them on every list, the reference data and the reports too', async () => {
    for (const path of ['/states', '/structures', '/inbox', '/reports/published-per-month', '/releases/export']) {
      const { status, json } = await api(`${path}?colour=red`, { token })
      expect({ path, status, errors: problemSchema.parse(json).errors }).toEqual({
        path,
        status: 422,
        errors: { colour: 'Unknown query parameter' },
      })
    }
  })

  it('takes an empty parameter as absent, as a form that sends every field does', async () => {
    const { status, json } = await api('/releases/counts?q=&type=', { token })
    expect(status).toBe(200)
    expect(releaseCountsSchema.parse(json).counts.draft).toBeGreaterThan(0)
  })
})
