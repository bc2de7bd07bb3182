/** The workflow of one release: its transitions, its history and its comments. */
import { document, listedValues } from '../document'
import { call, expectCall, expectThat, setUp, type Response, type Role } from '../http'
import { draft, inReview, laterPublishAt, published, scheduled, transition, withdrawn, type Release } from '../fixtures'
import { signedInRoles, type Cases } from './case'
import { checkReplay } from './releases'

const key = 'POST /releases/{id}/transitions'

/** Every step the document names (Release's allowedActions), so that a new one is checked too. */
const documentedActions = () =>
  listedValues(
    (document.components?.schemas?.Release as { properties?: { allowedActions?: { items?: unknown } } } | undefined)
      ?.properties?.allowedActions?.items,
  ).map(String)

/** A release of the editor's in each status, made through the API. */
const inStatus: Record<string, () => Promise<Release>> = {
  draft: () => draft(),
  'in-review': () => inReview(),
  'changes-requested': async () =>
    transition(await inReview(), 'reviewer', 'request-changes', { comment: 'Shorter, please.' }),
  scheduled,
  published,
  withdrawn,
}

/** Takes one step as someone: an edit, a deletion or a transition (with what it requires). */
function step(release: Release, as: Role, action: string): Promise<Response> {
  const params = { id: release.id }
  if (action === 'edit')
    return call('PATCH /releases/{id}', { as, params, body: { summary: `Edited by ${as}`, version: release.version } })
  if (action === 'delete') return call('DELETE /releases/{id}', { as, params })
  const comment = action === 'request-changes' || action === 'withdraw' ? { comment: `A reason from ${as}.` } : {}
  // A confirmation of a translation names the original's revision compared (refused here: none of these is stale).
  const revision = action === 'confirm-translation' ? { originalRevision: 0 } : {}
  return call(key, { as, params, body: { action, version: release.version, ...comment, ...revision } })
}
const noSuchId = 'release-contract-no-such-id'

export const workflowCases: Cases = {
  [key]: [
    {
      name: 'allowedActions lists exactly the steps each role may take, in every status',
      run: async () => {
        const actions = documentedActions()
        if (!actions.includes('submit')) throw new Error('The document names no actions in Release.allowedActions')
        for (const [status, make] of Object.entries(inStatus)) {
          const release = await make()
          const allowed = new Map<Role, string[]>()
          for (const as of signedInRoles) {
            const seenBy = await expectCall('GET /releases/{id}', { as, params: { id: release.id } }, 200)
            allowed.set(as, seenBy.json.allowedActions)
          }
          // What is not listed is refused (403 or 409), and changes nothing.
          for (const as of signedInRoles)
            for (const action of actions.filter((candidate) => !allowed.get(as)!.includes(candidate))) {
              const refused = await step(release, as, action)
              expectThat(
                refused,
                refused.status === 403 || refused.status === 409,
                `${action} by the ${as} on a ${status} release is not in allowedActions, so it is refused (403 or 409)`,
              )
            }
          // What is listed is done, each on a fresh release in that status.
          for (const as of signedInRoles)
            for (const action of allowed.get(as)!) {
              const done = await step(await make(), as, action)
              expectThat(
                done,
                done.status === 200 || done.status === 204,
                `${action} by the ${as} on a ${status} release is in allowedActions, so it succeeds`,
              )
            }
        }
      },
    },
    {
      name: 'four eyes: a reviewer who corrected it may not approve it; another reviewer may',
      run: async () => {
        const release = await inReview()
        const corrected = (
          await expectCall(
            'PATCH /releases/{id}',
            { as: 'reviewer', params: { id: release.id }, body: { summary: 'Corrected', version: release.version } },
            200,
          )
        ).json
        const seenByThem = await expectCall('GET /releases/{id}', { as: 'reviewer', params: { id: release.id } }, 200)
        expectThat(
          seenByThem,
          !seenByThem.json.allowedActions.includes('approve'),
          'approve is not offered to whoever changed the content last',
        )
        const params = { id: release.id }
        await expectCall(key, { as: 'reviewer', params, body: { action: 'approve', version: corrected.version } }, 403)
        await expectCall(
          key,
          { as: 'otherReviewer', params, body: { action: 'approve', version: corrected.version } },
          200,
        )
      },
    },
    {
      name: 'its author submits, a reviewer approves: in review, then published',
      run: async () => {
        const release = await draft()
        const submitted = await expectCall(
          key,
          { as: 'editor', params: { id: release.id }, body: { action: 'submit', version: release.version } },
          200,
        )
        expectThat(submitted, submitted.json.status === 'in-review', 'in review')
        const approved = await expectCall(
          key,
          {
            as: 'reviewer',
            params: { id: release.id },
            body: { action: 'approve', version: submitted.json.version, comment: 'Fine.' },
          },
          200,
        )
        expectThat(approved, approved.json.status === 'published' && approved.json.publishedAt !== null, 'published')
      },
    },
    {
      name: 'its author recalls it from review; a reviewer asks for changes with a comment',
      run: async () => {
        const recalled = await inReview()
        const back = await expectCall(
          key,
          { as: 'editor', params: { id: recalled.id }, body: { action: 'recall', version: recalled.version } },
          200,
        )
        expectThat(back, back.json.status === 'draft', 'a draft again')
        const release = await inReview()
        const changes = await expectCall(
          key,
          {
            as: 'reviewer',
            params: { id: release.id },
            body: { action: 'request-changes', version: release.version, comment: 'Shorter, please.' },
          },
          200,
        )
        expectThat(changes, changes.json.status === 'changes-requested', 'changes requested')
      },
    },
    {
      name: 'approval with a later publishAt schedules it; an admin withdraws and reopens',
      run: async () => {
        const release = await inReview()
        const approved = await expectCall(
          key,
          {
            as: 'reviewer',
            params: { id: release.id },
            body: { action: 'approve', version: release.version, publishAt: laterPublishAt },
          },
          200,
        )
        expectThat(approved, approved.json.status === 'scheduled' && approved.json.scheduledAt !== null, 'scheduled')
        const gone = await expectCall(
          key,
          {
            as: 'admin',
            params: { id: release.id },
            body: { action: 'withdraw', version: approved.json.version, comment: 'Not yet.' },
          },
          200,
        )
        expectThat(gone, gone.json.status === 'withdrawn', 'withdrawn')
        const reopened = await expectCall(
          key,
          { as: 'admin', params: { id: release.id }, body: { action: 'reopen', version: gone.json.version } },
          200,
        )
        expectThat(reopened, reopened.json.status === 'draft', 'a draft again')
      },
    },
    {
      name: 'an admin unschedules a scheduled release: a draft again',
      run: async () => {
        const release = await scheduled()
        const back = await expectCall(
          key,
          { as: 'admin', params: { id: release.id }, body: { action: 'unschedule', version: release.version } },
          200,
        )
        expectThat(back, back.json.status === 'draft' && back.json.scheduledAt === null, 'a draft, no longer scheduled')
      },
    },
    {
      name: 'request-changes or withdraw without a comment (or a blank one): 422',
      run: async () => {
        const release = await inReview()
        for (const comment of [undefined, '   '])
          await expectCall(
            key,
            {
              as: 'reviewer',
              params: { id: release.id },
              body: { action: 'request-changes', version: release.version, comment },
            },
            422,
            `request-changes, comment ${JSON.stringify(comment)}`,
          )
        const out = await published()
        await expectCall(
          key,
          { as: 'admin', params: { id: out.id }, body: { action: 'withdraw', version: out.version } },
          422,
          'withdraw',
        )
      },
    },
    {
      name: 'publishAt on anything but approve: 422',
      run: async () => {
        const release = await draft()
        await expectCall(
          key,
          {
            as: 'editor',
            params: { id: release.id },
            body: { action: 'submit', version: release.version, publishAt: laterPublishAt },
          },
          422,
        )
      },
    },
    {
      name: 'submitting a release with an empty body: 422',
      run: async () => {
        for (const body of ['', '<p> </p>']) {
          const release = await draft('editor', { body })
          await expectCall(
            key,
            { as: 'editor', params: { id: release.id }, body: { action: 'submit', version: release.version } },
            422,
            `body ${JSON.stringify(body)}`,
          )
        }
      },
    },
    {
      name: 'an unknown action, no version, a body that is not JSON: 422',
      run: async () => {
        const release = await draft()
        const params = { id: release.id }
        await expectCall(
          key,
          { as: 'editor', params, body: { action: 'publish', version: release.version } },
          422,
          'unknown action',
        )
        await expectCall(key, { as: 'editor', params, body: { action: 'submit' } }, 422, 'no version')
        await expectCall(key, { as: 'editor', params, rawBody: 'submit' }, 422, 'not JSON')
      },
    },
    {
      name: 'who may not: 403 (four eyes, roles, someone else’s draft)',
      run: async () => {
        const release = await draft()
        const params = { id: release.id }
        await expectCall(
          key,
          { as: 'otherEditor', params, body: { action: 'submit', version: release.version } },
          403,
          'another editor submits',
        )
        await expectCall(
          key,
          { as: 'reviewer', params, body: { action: 'submit', version: release.version } },
          403,
          'a reviewer submits',
        )
        const submitted = await transition(release, 'editor', 'submit')
        await expectCall(
          key,
          { as: 'editor', params, body: { action: 'approve', version: submitted.version } },
          403,
          'its author approves',
        )
        await expectCall(
          key,
          { as: 'otherEditor', params, body: { action: 'recall', version: submitted.version } },
          403,
          'another editor recalls',
        )
        await expectCall(
          key,
          { as: 'editor', params, body: { action: 'withdraw', version: submitted.version, comment: 'No.' } },
          403,
          'an editor withdraws',
        )
      },
    },
    {
      name: 'a step the status does not allow: 409 with currentStatus',
      run: async () => {
        const release = await draft()
        const refused = await expectCall(
          key,
          { as: 'reviewer', params: { id: release.id }, body: { action: 'approve', version: release.version } },
          409,
        )
        expectThat(refused, refused.json.currentStatus === 'draft', 'currentStatus: draft')
        const out = await withdrawn()
        await expectCall(
          key,
          {
            as: 'admin',
            params: { id: out.id },
            body: { action: 'withdraw', version: out.version, comment: 'Again.' },
          },
          409,
          'withdrawn twice',
        )
      },
    },
    {
      name: 'a stale version: 409 with currentVersion',
      run: async () => {
        const release = await draft()
        const changed = await expectCall(
          'PATCH /releases/{id}',
          { as: 'editor', params: { id: release.id }, body: { summary: 'Changed first', version: release.version } },
          200,
        )
        const stale = await expectCall(
          key,
          { as: 'editor', params: { id: release.id }, body: { action: 'submit', version: release.version } },
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
      name: 'an unknown release: 404',
      run: async () => {
        await expectCall(key, { as: 'admin', params: { id: noSuchId }, body: { action: 'submit', version: 1 } }, 404)
      },
    },
    {
      name: 'Idempotency-Key: a repeat is replayed, another body with it is refused',
      run: async () => {
        const release = await draft()
        const params = { id: release.id }
        await checkReplay(key, { as: 'editor', params, body: { action: 'submit', version: release.version } }, 200, {
          as: 'editor',
          params,
          body: { action: 'submit', version: release.version, comment: 'Another body' },
        })
      },
    },
  ],

  'GET /releases/{id}/history': [
    {
      name: 'every signed-in role reads the history of a release',
      run: async () => {
        const release = await published()
        for (const as of signedInRoles) {
          const history = await expectCall('GET /releases/{id}/history', { as, params: { id: release.id } }, 200)
          const kinds = history.json.items.map((entry: { kind: string }) => entry.kind)
          expectThat(
            history,
            ['created', 'submit', 'approve'].every((kind) => kinds.includes(kind)),
            'created, submit, approve',
          )
        }
      },
    },
    {
      name: 'an unknown release: 404',
      run: async () => {
        await expectCall('GET /releases/{id}/history', { as: 'editor', params: { id: noSuchId } }, 404)
      },
    },
  ],

  'GET /releases/{id}/comments': [
    {
      name: 'every signed-in role reads the conversation',
      run: async () => {
        const release = await draft()
        await setUp(
          'POST /releases/{id}/comments',
          { as: 'reviewer', params: { id: release.id }, body: { body: 'A first word.' } },
          201,
        )
        for (const as of signedInRoles) {
          const comments = await expectCall('GET /releases/{id}/comments', { as, params: { id: release.id } }, 200)
          expectThat(comments, comments.json.items.length === 1, 'the one comment')
        }
      },
    },
    {
      name: 'an unknown release: 404',
      run: async () => {
        await expectCall('GET /releases/{id}/comments', { as: 'editor', params: { id: noSuchId } }, 404)
      },
    },
  ],

  'POST /releases/{id}/comments': [
    {
      name: 'every signed-in role comments: 201',
      run: async () => {
        const release = await inReview()
        for (const as of signedInRoles) {
          const comment = await expectCall(
            'POST /releases/{id}/comments',
            { as, params: { id: release.id }, body: { body: `Said by ${as}.` } },
            201,
          )
          expectThat(comment, comment.json.body === `Said by ${as}.`, 'the comment as written')
        }
      },
    },
    {
      name: 'no comment, a blank one, or one over 2000 characters: 422',
      run: async () => {
        const release = await draft()
        for (const [why, body] of Object.entries({
          none: {},
          blank: { body: ' \n ' },
          long: { body: 'x'.repeat(2001) },
        }))
          await expectCall('POST /releases/{id}/comments', { as: 'editor', params: { id: release.id }, body }, 422, why)
      },
    },
    {
      name: 'an unknown release: 404',
      run: async () => {
        await expectCall(
          'POST /releases/{id}/comments',
          { as: 'editor', params: { id: noSuchId }, body: { body: 'Hello?' } },
          404,
        )
      },
    },
    {
      name: 'Idempotency-Key: a repeat is replayed, another body with it is refused',
      run: async () => {
        const release = await draft()
        const params = { id: release.id }
        await checkReplay('POST /releases/{id}/comments', { as: 'editor', params, body: { body: 'Once.' } }, 201, {
          as: 'editor',
          params,
          body: { body: 'Something else.' },
        })
      },
    },
  ],
}
