import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { endpoints } from '../../src/api/contract'
import { commit, find, signInAs } from '../db'
import { referenceResources } from '../reference-resources'
import type { StoredRelease } from '../../server/core/records'
import { api } from '../test-support/api'
import {
  columns,
  matrixCases,
  referenceBody,
  renderMatrix,
  type Column,
  type Expected,
  type MatrixCase,
} from '../test-support/permission-matrix'

const callers: Record<Column, string | null> = {
  'editor-own': 'user-editor-amra',
  'editor-other': 'user-editor-amra',
  'reviewer-own': 'user-reviewer-claire',
  'reviewer-other': 'user-reviewer-claire',
  'admin-own': 'user-admin-elena',
  'admin-other': 'user-admin-elena',
  none: null,
}
let counter = 0

/** A release of `status` written by `authorId`, stored directly (a reviewer cannot write one through the API). */
async function storeRelease(
  status: StoredRelease['status'],
  authorId: string,
  ready: boolean,
  contentEditedById: string = authorId,
  translation?: 'stale' | 'current',
) {
  const base = find('releases', 'release-borg-tajikistan')!
  const id = `release-matrix-${++counter}`
  const ahead = '2099-01-01T09:00:00.000Z'
  const record: StoredRelease = {
    ...base,
    id,
    body: ready ? base.body : '',
    status,
    authorId,
    contentEditedById,
    version: 3,
    submittedAt: status === 'draft' ? null : base.submittedAt,
    scheduledAt: status === 'scheduled' ? ahead : null,
    publishedAt: status === 'published' || status === 'withdrawn' ? base.publishedAt : null,
  }
  if (translation) {
    // A fresh original whose words are at revision 1; the translation was made from 0 (stale) or from 1.
    const originalId = `${id}-original`
    await commit('releases', originalId, () => ({ ...base, id: originalId, contentRevision: 1 }))
    const revision = translation === 'stale' ? 0 : 1
    Object.assign(record, {
      language: 'ru',
      originalId,
      basedOn: { revision, title: base.title, summary: base.summary, body: base.body },
    })
  }
  await commit('releases', id, () => record)
  return { id, version: record.version }
}

async function runCell(matrixCase: MatrixCase, column: Column): Promise<number> {
  const callerId = callers[column]
  const own = column.endsWith('-own')
  const n = ++counter
  const release = matrixCase.release
    ? await storeRelease(
        matrixCase.release.status,
        own ? callerId! : 'user-editor-jonas',
        matrixCase.release.ready ?? true,
        matrixCase.release.correctedByCaller && callerId ? callerId : undefined,
        matrixCase.release.translation,
      )
    : { id: 'none', version: 1 }
  let record = { id: 'none', version: 1 }
  if (matrixCase.reference) {
    const admin = await signInAs('user-admin-daniel')
    const created = await api(referenceResources[matrixCase.reference].path, {
      method: 'POST',
      token: admin,
      body: referenceBody(matrixCase.reference, n),
    })
    if (created.status !== 201) throw new Error(`Could not create the fixture: ${JSON.stringify(created.json)}`)
    record = created.json
  }
  const token = callerId ? await signInAs(callerId) : null
  // Bodies of the call itself draw on another range than the fixtures', so unique names never clash.
  const request = matrixCase.request({ release, record, n: n + 1_000_000 })
  return (await api(request.path, { method: request.method, token, body: request.body })).status
}

describe('the permission matrix', () => {
  it.each(
    matrixCases.map((matrixCase) => [`${matrixCase.endpoint} ${matrixCase.situation}`.trim(), matrixCase] as const),
  )('%s', async (_name, matrixCase) => {
    const actual = {} as Expected
    for (const column of columns) actual[column] = await runCell(matrixCase, column)
    expect(actual).toEqual(matrixCase.expected)
  })

  it('covers every endpoint of the contract', () => {
    const covered = new Set(matrixCases.map((matrixCase) => matrixCase.endpoint))
    expect(
      endpoints
        .map((endpoint) => `${endpoint.method.toUpperCase()} ${endpoint.path}`)
        .filter((name) => !covered.has(name)),
    ).toEqual([])
  })

  it('is written down in docs/permission-matrix.md (npx tsx mocks/test-support/print-matrix.ts)', () => {
    expect(readFileSync(join(process.cwd(), 'docs/permission-matrix.md'), 'utf8')).toBe(renderMatrix())
  })
})
