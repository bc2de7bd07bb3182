/** Releases: the list, counts, export, batch assignment, one release, its changes and deletion. */
import Papa from 'papaparse'
import { operationByKey } from '../document'
import { baseUrl } from '../target'
import { call, expectCall, expectThat, type Request, type Response } from '../http'
import { draft, inReview, published, releaseInput, scheduled, seed, unique } from '../fixtures'
import { signedInRoles, type Cases } from './case'

const noSuchId = 'release-contract-no-such-id'

/** The header row of the export's documented example, when the document gives one. */
const documentedHeader = (() => {
  const example = operationByKey.get('GET /releases/export')?.object.responses['200']?.content?.['text/csv']?.example
  return typeof example === 'string' ? example.replace(/^\uFEFF/, '').split('\r\n')[0] : undefined
})()

/** A repeat with the same key answers the first answer again, marked; the same key with another body is refused. */
export async function checkReplay(key: string, request: Request, status: number, other?: Request): Promise<Response> {
  const idempotencyKey = `contract-${unique('key').replaceAll(' ', '-')}`
  const headers = { ...request.headers, 'Idempotency-Key': idempotencyKey }
  const first = await expectCall(key, { ...request, headers }, status, 'first request with an Idempotency-Key')
  expectThat(
    first,
    first.headers.get('Idempotent-Replayed') === null,
    'a first answer is not marked Idempotent-Replayed',
  )
  const again = await expectCall(key, { ...request, headers }, status, 'the same request again, same key')
  expectThat(
    again,
    again.headers.get('Idempotent-Replayed') === 'true',
    'a replayed answer carries Idempotent-Replayed: true',
  )
  expectThat(again, again.text === first.text, 'a replay answers the very same body as the first answer')
  if (other) await expectCall(key, { ...other, headers }, 422, 'the same key with another body')
  return first
}

/** The Location of a 201 names the new record: GET on it answers it. */
export async function checkLocation(created: Response, getKey: string): Promise<void> {
  const location = created.headers.get('Location')
  expectThat(created, location !== null, 'a 201 names the new record in Location')
  const url = new URL(location!, baseUrl)
  const id = url.pathname.split('/').pop()!
  expectThat(created, id === created.json.id, `Location ${location} ends with the new id ${created.json.id}`)
  const path = getKey.split(' ')[1]!.replace('{id}', id)
  expectThat(created, url.pathname.endsWith(path), `Location ${location} is the record's own path (${path})`)
  await expectCall(getKey, { as: 'admin', params: { id } }, 200, 'GET the Location of a 201')
}

export const releaseCases: Cases = {
  'GET /releases': [
    {
      name: 'every signed-in role lists releases, a page at a time',
      run: async () => {
        for (const as of signedInRoles) await expectCall('GET /releases', { as }, 200)
        const page = await expectCall('GET /releases', { as: 'admin', query: { page: '2', pageSize: '5' } }, 200)
        expectThat(page, page.json.page === 2 && page.json.pageSize === 5 && page.json.items.length <= 5, 'page 2 of 5')
        // Ties (many releases share a status) are broken by id: consecutive pages never overlap.
        const ids: string[] = []
        for (const number of ['1', '2', '3']) {
          const next = await expectCall(
            'GET /releases',
            { as: 'admin', query: { sort: 'status', pageSize: '4', page: number } },
            200,
          )
          ids.push(...next.json.items.map((item: { id: string }) => item.id))
          expectThat(next, new Set(ids).size === ids.length, 'pages sorted by a key with ties do not overlap')
        }
      },
    },
    {
      name: 'filters and sorts',
      run: async () => {
        const mine = await draft()
        const drafts = await expectCall(
          'GET /releases',
          { as: 'editor', query: { status: 'draft', q: mine.title as string, sort: '-title', type: 'press-release' } },
          200,
        )
        expectThat(
          drafts,
          drafts.json.items.some((item: { id: string }) => item.id === mine.id),
          'finds the new draft by its title',
        )
        expectThat(
          drafts,
          drafts.json.items.every((item: { status: string }) => item.status === 'draft'),
          'only drafts',
        )
        await expectCall(
          'GET /releases',
          {
            as: 'admin',
            query: {
              source: seed.structureId,
              author: seed.userIds.editor,
              from: '2020-01-01',
              to: '2030-12-31',
              publishFrom: '2020-01-01T00:00:00Z',
              publishTo: '2030-01-01T00:00:00Z',
              fieldOperation: 'none',
              sort: 'publication',
            },
          },
          200,
        )
      },
    },
    {
      name: 'malformed query values: 422',
      run: async () => {
        for (const query of [
          { pageSize: '0' },
          { pageSize: '101' },
          { page: 'first' },
          { sort: 'author' },
          { status: 'lost' },
          { type: 'memo' },
          { from: '2026-02-30' },
          { publishFrom: 'yesterday' },
        ] as Array<Record<string, string>>)
          await expectCall('GET /releases', { as: 'editor', query }, 422, JSON.stringify(query))
      },
    },
  ],

  'GET /releases/counts': [
    {
      name: 'every signed-in role counts releases per status, with filters',
      run: async () => {
        for (const as of signedInRoles) await expectCall('GET /releases/counts', { as }, 200)
        const mine = await draft()
        const counts = await expectCall(
          'GET /releases/counts',
          { as: 'editor', query: { q: mine.title as string, type: 'press-release' } },
          200,
        )
        expectThat(counts, counts.json.counts.draft === 1, 'one draft has this unique title')
      },
    },
    {
      name: 'status is not a filter of the counts, and a malformed filter: 422',
      run: async () => {
        await expectCall('GET /releases/counts', { as: 'editor', query: { status: 'draft' } }, 422, 'status')
        await expectCall('GET /releases/counts', { as: 'editor', query: { type: 'memo' } }, 422, 'type')
      },
    },
  ],

  'GET /releases/export': [
    {
      name: 'every signed-in role exports CSV as an attachment',
      run: async () => {
        for (const as of signedInRoles) {
          const csv = await expectCall(
            'GET /releases/export',
            { as, query: { status: 'published', sort: 'title' } },
            200,
          )
          expectThat(
            csv,
            /^attachment;.*filename=/i.test(csv.headers.get('Content-Disposition') ?? ''),
            'Content-Disposition: attachment; filename=…',
          )
          const [header, ...rows] = Papa.parse<string[]>(csv.text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data
          expectThat(csv, csv.text.includes('\r\n'), 'lines end with CRLF')
          expectThat(
            csv,
            documentedHeader === undefined || header?.join(',') === documentedHeader,
            `the header row is the documented one: ${documentedHeader}`,
          )
          expectThat(
            csv,
            rows.every((row) => row.length === header?.length),
            'every row has every column',
          )
          const list = await expectCall('GET /releases', { as, query: { status: 'published', pageSize: '1' } }, 200)
          expectThat(csv, rows.length === list.json.total, `one row per matching release (${list.json.total})`)
        }
      },
    },
    {
      name: 'malformed query values: 422',
      run: async () => {
        await expectCall('GET /releases/export', { as: 'editor', query: { sort: 'author' } }, 422)
        await expectCall('GET /releases/export', { as: 'editor', query: { status: 'lost' } }, 422)
      },
    },
  ],

  'POST /releases/assignments': [
    {
      name: 'an admin assigns releases to field operations and removes them',
      run: async () => {
        const release = await draft()
        const body = { releaseIds: [release.id, noSuchId], fieldOperationIds: [seed.activeFieldOperationId] }
        const added = await expectCall(
          'POST /releases/assignments',
          { as: 'admin', body: { ...body, mode: 'add' } },
          200,
        )
        expectThat(added, added.json.changed.includes(release.id), 'the release changed')
        expectThat(
          added,
          added.json.skipped.some(
            (skip: { id: string; reason: string }) => skip.id === noSuchId && skip.reason === 'unknown-release',
          ),
          'an unknown release is skipped as unknown-release',
        )
        await expectCall(
          'POST /releases/assignments',
          {
            as: 'admin',
            body: { ...body, mode: 'remove', expectedVersions: { [release.id]: added.json.versions[release.id] } },
          },
          200,
        )
      },
    },
    {
      name: 'a release changed since the admin saw it, or a closed field operation: skipped, not refused',
      run: async () => {
        const release = await draft()
        const stale = await expectCall(
          'POST /releases/assignments',
          {
            as: 'admin',
            body: {
              releaseIds: [release.id],
              fieldOperationIds: [seed.activeFieldOperationId],
              mode: 'add',
              expectedVersions: { [release.id]: release.version + 1 },
            },
          },
          200,
        )
        expectThat(
          stale,
          stale.json.skipped.some(
            (skip: { id: string; reason: string }) => skip.id === release.id && skip.reason === 'changed-since-seen',
          ),
          'skipped as changed-since-seen',
        )
        const closed = await expectCall(
          'POST /releases/assignments',
          {
            as: 'admin',
            body: { releaseIds: [release.id], fieldOperationIds: [seed.closedFieldOperationId], mode: 'add' },
          },
          200,
        )
        expectThat(
          closed,
          closed.json.skipped.some(
            (skip: { id: string; reason: string }) =>
              skip.id === release.id && skip.reason === 'closed-field-operation',
          ),
          'skipped as closed-field-operation',
        )
      },
    },
    {
      name: 'editors and reviewers may not: 403',
      run: async () => {
        const release = await draft()
        const body = { releaseIds: [release.id], fieldOperationIds: [seed.activeFieldOperationId], mode: 'add' }
        for (const as of ['editor', 'otherEditor', 'reviewer'] as const)
          await expectCall('POST /releases/assignments', { as, body }, 403)
      },
    },
    {
      name: 'unknown field operations, no releases, no mode: 422',
      run: async () => {
        const release = await draft()
        const valid = { releaseIds: [release.id], fieldOperationIds: [seed.activeFieldOperationId], mode: 'add' }
        for (const [why, body] of Object.entries({
          'unknown fieldOperationIds': { ...valid, fieldOperationIds: ['field-operation-contract-none'] },
          'no releaseIds': { ...valid, releaseIds: [] },
          'no fieldOperationIds': { ...valid, fieldOperationIds: [] },
          'a mode that is not add or remove': { ...valid, mode: 'move' },
        }))
          await expectCall('POST /releases/assignments', { as: 'admin', body }, 422, why)
      },
    },
    {
      name: 'Idempotency-Key: a repeat is replayed, another body with it is refused',
      run: async () => {
        const [one, two] = [await draft(), await draft()]
        const body = (id: string) => ({
          releaseIds: [id],
          fieldOperationIds: [seed.activeFieldOperationId],
          mode: 'add',
        })
        await checkReplay('POST /releases/assignments', { as: 'admin', body: body(one.id) }, 200, {
          as: 'admin',
          body: body(two.id),
        })
      },
    },
  ],

  'POST /releases': [
    {
      name: 'Idempotency-Key: a refusal is not kept, and a key is its sender’s own',
      run: async () => {
        const headers = { 'Idempotency-Key': `contract-${unique('key').replaceAll(' ', '-')}` }
        await expectCall(
          'POST /releases',
          { as: 'editor', headers, body: releaseInput({ title: ' ' }) },
          422,
          'refused',
        )
        const fixed = await expectCall(
          'POST /releases',
          { as: 'editor', headers, body: releaseInput() },
          201,
          'fixed, same key',
        )
        expectThat(
          fixed,
          fixed.headers.get('Idempotent-Replayed') === null,
          'after a refusal, the same key writes anew',
        )
        const theirs = await expectCall(
          'POST /releases',
          { as: 'otherEditor', headers, body: releaseInput() },
          201,
          'another person, same key',
        )
        expectThat(
          theirs,
          theirs.headers.get('Idempotent-Replayed') === null && theirs.json.id !== fixed.json.id,
          'another person’s same key is a request of its own',
        )
      },
    },
    {
      name: 'editors and admins create a draft: 201 with its Location',
      run: async () => {
        for (const as of ['editor', 'otherEditor', 'admin'] as const) {
          const created = await expectCall('POST /releases', { as, body: releaseInput() }, 201)
          expectThat(created, created.json.status === 'draft' && created.json.version >= 1, 'a new release is a draft')
          await checkLocation(created, 'GET /releases/{id}')
        }
        // Defaults of the document fill what is left out.
        const minimal = releaseInput()
        const { summary: _summary, body: _body, ...required } = minimal
        await expectCall(
          'POST /releases',
          {
            as: 'editor',
            body: { ...required, fieldOfWorkIds: [seed.fieldOfWorkId], stateIds: [seed.participatingStateId] },
          },
          201,
        )
      },
    },
    {
      name: 'a reviewer may not: 403',
      run: async () => {
        await expectCall('POST /releases', { as: 'reviewer', body: releaseInput() }, 403)
      },
    },
    {
      name: 'missing or malformed fields, and a body that is not JSON: 422',
      run: async () => {
        const valid = releaseInput()
        const { title: _title, ...withoutTitle } = valid
        for (const [why, body] of Object.entries({
          'no title': withoutTitle,
          'no sources': { ...valid, sourceIds: [] },
          'an impossible date': { ...valid, dateline: { place: 'Vienna', date: '2026-13-45' } },
          'an unknown type': { ...valid, type: 'memo' },
          'a language that is no BCP 47 tag': { ...valid, language: 'english' },
        }))
          await expectCall('POST /releases', { as: 'editor', body }, 422, why)
        await expectCall('POST /releases', { as: 'editor', rawBody: '{"title": ' }, 422, 'not JSON')
      },
    },
    {
      name: 'a blank title or place (only spaces): 422',
      run: async () => {
        await expectCall('POST /releases', { as: 'editor', body: releaseInput({ title: '   ' }) }, 422, 'title')
        await expectCall(
          'POST /releases',
          { as: 'editor', body: releaseInput({ dateline: { place: ' \t ', date: '2026-11-20' } }) },
          422,
          'dateline.place',
        )
      },
    },
    {
      name: 'unknown ids in sourceIds, fieldOfWorkIds or stateIds: 422',
      run: async () => {
        for (const field of ['sourceIds', 'fieldOfWorkIds', 'stateIds'])
          await expectCall(
            'POST /releases',
            { as: 'editor', body: releaseInput({ [field]: ['contract-no-such-id'] }) },
            422,
            field,
          )
      },
    },
    {
      name: 'Idempotency-Key: a repeat is replayed, another body with it is refused',
      run: async () => {
        const first = await checkReplay('POST /releases', { as: 'editor', body: releaseInput() }, 201, {
          as: 'editor',
          body: releaseInput(),
        })
        const list = await expectCall('GET /releases', { as: 'editor', query: { q: first.json.title } }, 200)
        expectThat(list, list.json.total === 1, 'a replayed create made one release, not two')
      },
    },
  ],

  'GET /releases/{id}': [
    {
      name: 'every signed-in role reads a release',
      run: async () => {
        const release = await draft()
        for (const as of signedInRoles) {
          const answer = await expectCall('GET /releases/{id}', { as, params: { id: release.id } }, 200)
          expectThat(answer, answer.json.id === release.id, 'the release asked for')
        }
      },
    },
    {
      name: 'an unknown id: 404',
      run: async () => {
        await expectCall('GET /releases/{id}', { as: 'editor', params: { id: noSuchId } }, 404)
      },
    },
  ],

  'PATCH /releases/{id}': [
    {
      name: 'its author and an admin change a draft; the version moves on',
      run: async () => {
        const release = await draft()
        const changed = await expectCall(
          'PATCH /releases/{id}',
          { as: 'editor', params: { id: release.id }, body: { title: unique('Changed'), version: release.version } },
          200,
        )
        expectThat(changed, changed.json.version > release.version, 'a change makes a new version')
        await expectCall(
          'PATCH /releases/{id}',
          {
            as: 'admin',
            params: { id: release.id },
            body: { summary: 'An admin’s summary', version: changed.json.version },
          },
          200,
        )
      },
    },
    {
      name: 'a partial change changes only the fields it names',
      run: async () => {
        const release = await draft('editor', {
          fieldOfWorkIds: [seed.fieldOfWorkId],
          stateIds: [seed.participatingStateId],
        })
        const changed = await expectCall(
          'PATCH /releases/{id}',
          {
            as: 'editor',
            params: { id: release.id },
            body: { title: unique('Only the title'), version: release.version },
          },
          200,
        )
        for (const field of ['type', 'language', 'dateline', 'summary', 'body', 'sources', 'fieldsOfWork', 'states'])
          expectThat(
            changed,
            JSON.stringify(changed.json[field]) === JSON.stringify(release[field]),
            `${field} stays as it was`,
          )
      },
    },
    {
      name: 'another editor, or a reviewer, may not change a draft: 403',
      run: async () => {
        const release = await draft()
        for (const as of ['otherEditor', 'reviewer'] as const)
          await expectCall(
            'PATCH /releases/{id}',
            { as, params: { id: release.id }, body: { title: 'Not mine', version: release.version } },
            403,
          )
      },
    },
    {
      name: 'a reviewer corrects a release in review, which stays in review',
      run: async () => {
        const release = await inReview()
        const corrected = await expectCall(
          'PATCH /releases/{id}',
          {
            as: 'reviewer',
            params: { id: release.id },
            body: { summary: 'A reviewer’s correction', version: release.version },
          },
          200,
        )
        expectThat(corrected, corrected.json.status === 'in-review', 'still in review')
      },
    },
    {
      name: 'a stale version: 409 with currentVersion',
      run: async () => {
        const release = await draft()
        const changed = await expectCall(
          'PATCH /releases/{id}',
          { as: 'editor', params: { id: release.id }, body: { title: unique('First'), version: release.version } },
          200,
        )
        const stale = await expectCall(
          'PATCH /releases/{id}',
          { as: 'editor', params: { id: release.id }, body: { title: unique('Second'), version: release.version } },
          409,
        )
        expectThat(
          stale,
          stale.json.currentVersion === changed.json.version,
          `currentVersion is ${changed.json.version}`,
        )
      },
    },
    {
      name: 'a published release cannot be changed: 409 with currentStatus',
      run: async () => {
        const release = await published()
        const refused = await expectCall(
          'PATCH /releases/{id}',
          { as: 'admin', params: { id: release.id }, body: { title: 'Too late', version: release.version } },
          409,
        )
        expectThat(refused, refused.json.currentStatus === 'published', 'currentStatus: published')
      },
    },
    {
      name: 'an admin’s change of a scheduled release: 409 (it is unscheduled first, explicitly)',
      run: async () => {
        const release = await scheduled()
        const refused = await expectCall(
          'PATCH /releases/{id}',
          {
            as: 'admin',
            params: { id: release.id },
            body: { title: 'Changed while scheduled', version: release.version },
          },
          409,
        )
        expectThat(refused, refused.json.currentStatus === 'scheduled', 'currentStatus: scheduled')
        const still = await expectCall('GET /releases/{id}', { as: 'admin', params: { id: release.id } }, 200)
        expectThat(still, still.json.status === 'scheduled', 'it is still scheduled')
      },
    },
    {
      name: 'an unknown id: 404',
      run: async () => {
        await expectCall(
          'PATCH /releases/{id}',
          { as: 'admin', params: { id: noSuchId }, body: { title: 'None', version: 1 } },
          404,
        )
      },
    },
    {
      name: 'a blank title, unknown sources, no version: 422',
      run: async () => {
        const release = await draft()
        const params = { id: release.id }
        for (const [why, body] of Object.entries({
          'a blank title': { title: '  ', version: release.version },
          'unknown sourceIds': { sourceIds: ['contract-no-such-id'], version: release.version },
          'unknown stateIds': { stateIds: ['contract-no-such-id'], version: release.version },
          'no version': { title: 'No version' },
        }))
          await expectCall('PATCH /releases/{id}', { as: 'editor', params, body }, 422, why)
      },
    },
  ],

  'DELETE /releases/{id}': [
    {
      name: 'its author deletes a draft, an admin anyone’s: 204, then 404',
      run: async () => {
        for (const as of ['editor', 'admin'] as const) {
          const release = await draft()
          await expectCall('DELETE /releases/{id}', { as, params: { id: release.id } }, 204)
          await expectCall('GET /releases/{id}', { as, params: { id: release.id } }, 404, 'after its deletion')
          await expectCall('DELETE /releases/{id}', { as, params: { id: release.id } }, 404, 'deleted twice')
        }
      },
    },
    {
      name: 'another editor, or a reviewer, may not: 403',
      run: async () => {
        const release = await draft()
        for (const as of ['otherEditor', 'reviewer'] as const)
          await expectCall('DELETE /releases/{id}', { as, params: { id: release.id } }, 403)
      },
    },
    {
      name: 'only a draft can be deleted: 409',
      run: async () => {
        const release = await inReview()
        await expectCall('DELETE /releases/{id}', { as: 'admin', params: { id: release.id } }, 409)
        const still = await call('GET /releases/{id}', { as: 'admin', params: { id: release.id } })
        expectThat(still, still.status === 200, 'it is still there')
      },
    },
  ],
}
