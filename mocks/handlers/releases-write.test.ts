import { beforeEach, describe, expect, it } from 'vitest'
import { problemSchema, releaseSchema, type ReleaseInput } from '../../src/api/contract'
import { setNow } from '../db'
import { api, tokens } from '../test-support/api'

let token: Awaited<ReturnType<typeof tokens>>
beforeEach(async () => {
  token = await tokens()
})

const draft: ReleaseInput = {
  type: 'press-release',
  title: 'OSCE Mission to Serbia supports media freedom training',
  dateline: { place: 'Belgrade', date: '2026-11-30' },
  summary: 'Journalists from across Serbia trained this week.',
  body: '<p>Journalists from across Serbia trained this week.</p>',
  sourceIds: ['structure-field-operation-mission-to-serbia'],
  fieldOfWorkIds: ['field-of-work-media-freedom-and-development'],
  stateIds: ['state-rs'],
}
const patch = (as: string, id: string, version: number) =>
  api(`/releases/${id}`, { method: 'PATCH', token: as, body: { summary: 'Changed', version } })
const create = async (as: string, body: unknown = draft) => api('/releases', { method: 'POST', token: as, body })

describe('POST /releases', () => {
  it('creates a draft by the caller, version 1, at the clock’s time', async () => {
    setNow('2026-11-27T09:30:00Z')
    const { status, json } = await create(token.editor)
    expect(status).toBe(201)
    const release = releaseSchema.parse(json)
    expect(release).toMatchObject({
      status: 'draft',
      version: 1,
      author: { id: 'user-editor-amra', name: 'Amra Hadžić' },
      fieldOperations: [],
      createdAt: '2026-11-27T09:30:00.000Z',
    })
    expect(release.sources).toEqual([
      { id: 'structure-field-operation-mission-to-serbia', name: 'OSCE Mission to Serbia' },
    ])
    expect((await api(`/releases/${release.id}`, { token: token.reviewer })).status).toBe(200)
  })

  it('refuses reviewers (403), bad bodies (422 per field) and unknown references (422 on the field)', async () => {
    expect((await create(token.reviewer)).status).toBe(403)
    const bad = await create(token.editor, {
      ...draft,
      title: ' ',
      sourceIds: [],
      dateline: { place: 'X', date: '26/06/2024' },
    })
    expect(bad.status).toBe(422)
    expect(problemSchema.parse(bad.json).errors).toMatchObject({
      title: 'Title is required',
      sourceIds: 'Choose at least one source',
      'dateline.date': 'Enter a date as YYYY-MM-DD',
    })
    const unknown = await create(token.admin, {
      ...draft,
      stateIds: ['state-xx'],
      fieldOfWorkIds: ['field-of-work-nope'],
    })
    expect(unknown.status).toBe(422)
    expect(Object.keys(problemSchema.parse(unknown.json).errors ?? {}).toSorted()).toEqual([
      'fieldOfWorkIds',
      'stateIds',
    ])
  })
})

describe('PATCH /releases/:id', () => {
  it('changes only the fields sent, bumps the version, and 409s a stale version with the current one', async () => {
    const created = releaseSchema.parse((await create(token.editor)).json)
    setNow('2030-01-01T00:00:00Z')
    const first = await api(`/releases/${created.id}`, {
      method: 'PATCH',
      token: token.editor,
      body: { title: 'A better title', version: 1 },
    })
    expect(first.status).toBe(200)
    const updated = releaseSchema.parse(first.json)
    expect(updated).toMatchObject({
      title: 'A better title',
      version: 2,
      body: draft.body,
      summary: draft.summary,
      updatedAt: '2030-01-01T00:00:00.000Z',
    })
    expect(updated.states).toEqual([{ id: 'state-rs', name: 'Serbia' }])

    const stale = await api(`/releases/${created.id}`, {
      method: 'PATCH',
      token: token.editor,
      body: { title: 'Mine', version: 1 },
    })
    expect(stale.status).toBe(409)
    expect(stale.json).toMatchObject({ status: 409, currentVersion: 2 })
    // The document's Problem is closed (additionalProperties: false): currentVersion is in it.
    expect(problemSchema.strict().parse(stale.json).detail).toContain('Someone else saved')
  })

  it('lets editors change only their own drafts; admins too; a published release is changed by nobody (409)', async () => {
    const created = releaseSchema.parse((await create(token.editor)).json)
    expect((await patch(token.otherEditor, created.id, 1)).status).toBe(403)
    expect((await patch(token.reviewer, created.id, 1)).status).toBe(403)
    expect((await patch(token.admin, created.id, 1)).status).toBe(200)
    // The verbatim release is published: nobody changes it (the admin may edit, but not in that status).
    expect((await patch(token.admin, 'release-borg-tajikistan', 4)).status).toBe(409)
    // Jonas wrote it: still 409, not 403. Amra did not: 403.
    expect((await patch(token.otherEditor, 'release-borg-tajikistan', 4)).status).toBe(409)
    expect((await patch(token.editor, 'release-borg-tajikistan', 4)).status).toBe(403)
    expect((await patch(token.admin, 'release-nope', 1)).status).toBe(404)
    const noVersion = await api(`/releases/${created.id}`, {
      method: 'PATCH',
      token: token.editor,
      body: { summary: 'x' },
    })
    expect(problemSchema.parse(noVersion.json).errors?.version).toBeTruthy()
  })
})

describe('DELETE /releases/:id', () => {
  it('deletes drafts only, by their author or an admin', async () => {
    const created = releaseSchema.parse((await create(token.editor)).json)
    expect((await api(`/releases/${created.id}`, { method: 'DELETE', token: token.otherEditor })).status).toBe(403)
    expect((await api(`/releases/${created.id}`, { method: 'DELETE', token: token.editor })).status).toBe(204)
    expect((await api(`/releases/${created.id}`, { token: token.editor })).status).toBe(404)
    const published = await api('/releases/release-borg-tajikistan', { method: 'DELETE', token: token.admin })
    expect(published.status).toBe(409)
    expect(problemSchema.parse(published.json).detail).toContain('cannot be deleted now')
  })
})
