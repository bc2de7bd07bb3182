import { beforeEach, describe, expect, it } from 'vitest'
import {
  historySchema,
  problemSchema,
  releaseAssignmentResultSchema,
  releasePageSchema,
  releaseSchema,
} from '../../src/api/contract'
import { api, tokens } from '../test-support/api'

let token: Awaited<ReturnType<typeof tokens>>
beforeEach(async () => {
  token = await tokens()
})

const moldova = 'field-operation-mission-to-moldova'
const serbia = 'field-operation-mission-to-serbia'
const croatia = 'field-operation-mission-to-croatia' // closed
const assign = (as: string | null, body: unknown) => api('/releases/assignments', { method: 'POST', token: as, body })
const release = async (id: string) => releaseSchema.parse((await api(`/releases/${id}`, { token: token.admin })).json)
/** Releases of the seed assigned to none of the operations these tests move. */
const someReleases = async (query = 'sort=title&pageSize=50') =>
  releasePageSchema
    .parse((await api(`/releases?${query}`, { token: token.admin })).json)
    .items.filter((item) => !item.fieldOperations.some((ref) => [moldova, serbia, croatia].includes(ref.id)))

describe('POST /releases/assignments', () => {
  it('answers 401 without a token and 403 to editors and reviewers', async () => {
    const [first] = await someReleases()
    const body = { releaseIds: [first!.id], fieldOperationIds: [moldova], mode: 'add' }
    expect((await assign(null, body)).status).toBe(401)
    expect((await assign(token.editor, body)).status).toBe(403)
    expect((await assign(token.reviewer, body)).status).toBe(403)
    expect((await release(first!.id)).version).toBe(first!.version)
  })

  it('answers 422 for an unknown field operation or an empty batch, and changes nothing', async () => {
    const [first] = await someReleases()
    const unknown = await assign(token.admin, {
      releaseIds: [first!.id],
      fieldOperationIds: [moldova, 'field-operation-nowhere'],
      mode: 'add',
    })
    expect(unknown.status).toBe(422)
    expect(problemSchema.parse(unknown.json).errors?.fieldOperationIds).toContain('field-operation-nowhere')
    const empty = await assign(token.admin, { releaseIds: [], fieldOperationIds: [moldova], mode: 'sideways' })
    expect(empty.status).toBe(422)
    expect(Object.keys(problemSchema.parse(empty.json).errors ?? {}).toSorted()).toEqual(['mode', 'releaseIds'])
    expect((await release(first!.id)).version).toBe(first!.version)
  })

  it('adds a batch, skipping with reasons, bumps versions, writes history and keeps status', async () => {
    const [a, b, c] = await someReleases()
    await assign(token.admin, { releaseIds: [b!.id], fieldOperationIds: [moldova], mode: 'add' })
    const before = await release(b!.id)
    const { status, json } = await assign(token.admin, {
      releaseIds: [a!.id, b!.id, 'release-nope', c!.id],
      fieldOperationIds: [moldova],
      mode: 'add',
    })
    expect(status).toBe(200)
    const result = releaseAssignmentResultSchema.parse(json)
    expect(result.changed).toEqual([a!.id, c!.id])
    expect(result.skipped).toEqual([
      { id: b!.id, reason: 'already-assigned' },
      { id: 'release-nope', reason: 'unknown-release' },
    ])
    const changed = await release(a!.id)
    expect(changed.fieldOperations.map((ref) => ref.id)).toContain(moldova)
    expect(changed).toMatchObject({ version: a!.version + 1, status: a!.status, title: a!.title })
    expect((await release(b!.id)).version).toBe(before.version)
    const history = historySchema.parse((await api(`/releases/${a!.id}/history`, { token: token.editor })).json).items
    expect(history.at(-1)).toMatchObject({
      kind: 'assigned',
      from: a!.status,
      to: a!.status,
      actor: { id: 'user-admin-elena' },
      comment: 'Assigned to Mission to Moldova',
    })
  })

  it('refuses new releases for a closed field operation but removes from it; remove skips what is not assigned', async () => {
    const [a, b] = await someReleases()
    const closed = releaseAssignmentResultSchema.parse(
      (await assign(token.admin, { releaseIds: [a!.id], fieldOperationIds: [croatia], mode: 'add' })).json,
    )
    expect(closed).toEqual({ changed: [], skipped: [{ id: a!.id, reason: 'closed-field-operation' }], versions: {} })

    await assign(token.admin, { releaseIds: [a!.id], fieldOperationIds: [moldova, serbia], mode: 'add' })
    const removed = releaseAssignmentResultSchema.parse(
      (await assign(token.admin, { releaseIds: [a!.id, b!.id], fieldOperationIds: [serbia], mode: 'remove' })).json,
    )
    expect(removed.changed).toEqual([a!.id])
    expect(removed.skipped).toEqual([{ id: b!.id, reason: 'not-assigned' }])
    const after = await release(a!.id)
    expect(after.fieldOperations.map((ref) => ref.id)).toContain(moldova)
    expect(after.fieldOperations.map((ref) => ref.id)).not.toContain(serbia)
    const history = historySchema.parse((await api(`/releases/${a!.id}/history`, { token: token.admin })).json).items
    expect(history.at(-1)?.comment).toBe('Removed from Mission to Serbia')
  })

  it('is a new version and moves the metadata time, but leaves the editorial "last updated" (and the list order) alone', async () => {
    const [oldest] = await someReleases('sort=updatedAt&pageSize=50')
    expect(oldest!.metadataUpdatedAt).toBeNull()
    const result = releaseAssignmentResultSchema.parse(
      (await assign(token.admin, { releaseIds: [oldest!.id], fieldOperationIds: [moldova], mode: 'add' })).json,
    )
    expect(result.versions).toEqual({ [oldest!.id]: oldest!.version + 1 })
    const after = await release(oldest!.id)
    expect(after).toMatchObject({ version: oldest!.version + 1, updatedAt: oldest!.updatedAt })
    expect(after.metadataUpdatedAt! > oldest!.updatedAt).toBe(true)
    const history = historySchema.parse((await api(`/releases/${oldest!.id}/history`, { token: token.admin })).json)
    expect(history.items.at(-1)).toMatchObject({ kind: 'assigned', at: after.metadataUpdatedAt })
    // The newest-first list does not put it on top.
    const newest = releasePageSchema.parse((await api('/releases?pageSize=25', { token: token.admin })).json)
    expect(newest.items.map((item) => item.id)).not.toContain(oldest!.id)
  })

  it('keeps an approval: a scheduled release stays scheduled', async () => {
    const [scheduled] = await someReleases('status=scheduled&pageSize=50')
    const result = releaseAssignmentResultSchema.parse(
      (await assign(token.admin, { releaseIds: [scheduled!.id], fieldOperationIds: [moldova], mode: 'add' })).json,
    )
    expect(result.changed).toEqual([scheduled!.id])
    expect(await release(scheduled!.id)).toMatchObject({ status: 'scheduled', scheduledAt: scheduled!.scheduledAt })
  })

  it('skips a release that changed since the admin saw it, changes the others, and answers their new versions', async () => {
    const [a, b] = await someReleases()
    // Someone changes b after the admin saw it.
    await assign(token.admin, { releaseIds: [b!.id], fieldOperationIds: [serbia], mode: 'add' })
    const expectedVersions = { [a!.id]: a!.version, [b!.id]: b!.version }
    const { status, json } = await assign(token.admin, {
      releaseIds: [a!.id, b!.id],
      fieldOperationIds: [moldova],
      mode: 'add',
      expectedVersions,
    })
    expect(status).toBe(200)
    expect(releaseAssignmentResultSchema.parse(json)).toEqual({
      changed: [a!.id],
      skipped: [{ id: b!.id, reason: 'changed-since-seen' }],
      versions: { [a!.id]: a!.version + 1 },
    })
    const left = await release(b!.id)
    expect(left.version).toBe(b!.version + 1)
    expect(left.fieldOperations.map((ref) => ref.id)).not.toContain(moldova)
    const history = historySchema.parse((await api(`/releases/${b!.id}/history`, { token: token.admin })).json).items
    expect(history.at(-1)?.comment).toBe('Assigned to Mission to Serbia')
  })
})
