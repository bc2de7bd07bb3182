/** Language versions (decision 0020): a family's translations, staleness, and its two rules. */
import { call, expectCall, expectThat, type Request } from '../http'
import { draft, laterPublishAt, published, seed, transition, unique, type Release } from '../fixtures'
import type { Cases } from './case'
import { checkLocation } from './releases'

const translate = (from: { id: string }, language: string, as: Request['as'] = 'otherEditor') =>
  call('POST /releases/{id}/translations', { as, params: { id: from.id }, body: { language } })

async function translationOf(original: Release, language = 'ru'): Promise<Release> {
  const created = await translate(original, language)
  expectThat(created, created.status === 201, `setting up: a ${language} translation (201)`)
  return created.json
}

const read = (release: { id: string }) =>
  expectCall('GET /releases/{id}', { as: 'admin', params: { id: release.id } }, 200)

/** Changes the original's summary: a change of its words, which its translations are measured against. */
const rewordOriginal = (original: Release) =>
  expectCall(
    'PATCH /releases/{id}',
    {
      as: 'editor',
      params: { id: original.id },
      body: { summary: unique('A new summary'), version: original.version },
    },
    200,
    "changing the original's summary",
  )

/** Confirms a translation still correct against the original's revision named. */
const confirm = (release: Release, as: Request['as'], originalRevision: unknown) =>
  call('POST /releases/{id}/transitions', {
    as,
    params: { id: release.id },
    body: { action: 'confirm-translation', version: release.version, originalRevision },
  })

export const translationCases: Cases = {
  'POST /releases/{id}/transitions': [
    {
      name: 'a reviewer confirms a stale published translation still correct: 200, still published, no longer stale, recorded',
      run: async () => {
        const original = await draft()
        const russian = await translationOf(original)
        const submitted = await transition(russian, 'otherEditor', 'submit')
        const out = await transition(submitted, 'reviewer', 'approve')
        const reworded = await rewordOriginal(original)
        const stale = (await read(out)).json as Release
        expectThat(reworded, stale.stale === true && stale.status === 'published', 'the published translation is stale')
        const asReviewer = await expectCall('GET /releases/{id}', { as: 'reviewer', params: { id: stale.id } }, 200)
        expectThat(
          asReviewer,
          asReviewer.json.allowedActions.includes('confirm-translation'),
          'a reviewer is offered to confirm it',
        )
        for (const as of ['otherEditor', 'editor', 'admin'] as const) {
          const refused = await confirm(stale, as, reworded.json.contentRevision)
          expectThat(refused, refused.status === 403, `the ${as} may not confirm it (403, got ${refused.status})`)
        }
        const behind = await confirm(stale, 'reviewer', original.contentRevision)
        expectThat(
          behind,
          behind.status === 409 && behind.json.originalRevision === reworded.json.contentRevision,
          'naming a revision that is no longer the original’s: 409 with originalRevision',
        )
        const missing = await confirm(stale, 'reviewer', undefined)
        expectThat(missing, missing.status === 422, `without the original’s revision: 422 (got ${missing.status})`)
        const confirmed = await expectCall(
          'POST /releases/{id}/transitions',
          {
            as: 'reviewer',
            params: { id: stale.id },
            body: {
              action: 'confirm-translation',
              version: stale.version,
              originalRevision: reworded.json.contentRevision,
              comment: 'Only the English changed.',
            },
          },
          200,
        )
        expectThat(
          confirmed,
          confirmed.json.status === 'published' && confirmed.json.stale === false,
          'it stays published and is no longer stale',
        )
        expectThat(
          confirmed,
          confirmed.json.title === stale.title &&
            confirmed.json.body === stale.body &&
            confirmed.json.basedOn.revision === reworded.json.contentRevision,
          'its words stay; it is based on the original now',
        )
        const history = await expectCall('GET /releases/{id}/history', { as: 'editor', params: { id: stale.id } }, 200)
        const last = history.json.items.at(-1)
        expectThat(
          history,
          last.kind === 'confirm-translation' &&
            last.from === 'published' &&
            last.to === 'published' &&
            last.actor?.id === seed.userIds.reviewer &&
            last.originalRevision === reworded.json.contentRevision,
          'its history records who confirmed it, against which revision of the original',
        )
        const again = await confirm(confirmed.json, 'reviewer', reworded.json.contentRevision)
        expectThat(again, again.status === 409, `confirming it again, up to date now: 409 (got ${again.status})`)
        const onOriginal = await confirm(reworded.json, 'reviewer', reworded.json.contentRevision)
        expectThat(onOriginal, onOriginal.status === 409, `confirming an original: 409 (got ${onOriginal.status})`)
      },
    },
  ],
  'POST /releases/{id}/translations': [
    {
      name: 'an editor translates another’s release: 201, a draft of theirs in that language, from the original’s words',
      run: async () => {
        const original = await published()
        const created = await expectCall(
          'POST /releases/{id}/translations',
          { as: 'otherEditor', params: { id: original.id }, body: { language: 'ru' } },
          201,
        )
        const { json } = created
        expectThat(created, json.originalId === original.id, 'it is a translation of the release it was asked of')
        expectThat(created, json.language === 'ru', 'in the language asked')
        expectThat(created, json.status === 'draft' && json.version === 1, 'a new draft, version 1')
        expectThat(created, json.author.id === seed.userIds.otherEditor, 'its maker is its author')
        expectThat(
          created,
          json.title === original.title && json.body === original.body,
          'it starts from the original’s words',
        )
        expectThat(
          created,
          json.basedOn?.revision === original.contentRevision && json.basedOn?.title === original.title,
          'based on the original’s content now',
        )
        expectThat(created, json.stale === false, 'not stale')
        await checkLocation(created, 'GET /releases/{id}')
        const again = await read(original)
        expectThat(again, again.json.originalId === null, 'the original stays an original')
      },
    },
    {
      name: 'from a translation, the new one is the original’s too; a language the family has: 409 with existingId',
      run: async () => {
        const original = await draft()
        const russian = await translationOf(original, 'ru')
        const french = await expectCall(
          'POST /releases/{id}/translations',
          { as: 'editor', params: { id: russian.id }, body: { language: 'fr' } },
          201,
          'a French version asked of the Russian one',
        )
        expectThat(french, french.json.originalId === original.id, 'a translation of the original, not of the Russian')
        const twice = await expectCall(
          'POST /releases/{id}/translations',
          { as: 'editor', params: { id: original.id }, body: { language: 'ru' } },
          409,
          'a second Russian version',
        )
        expectThat(twice, twice.json.existingId === russian.id, 'the problem names the Russian version there is')
        await expectCall(
          'POST /releases/{id}/translations',
          { as: 'editor', params: { id: french.json.id }, body: { language: 'en' } },
          409,
          'an English version of an English original',
        )
      },
    },
    {
      name: 'reviewers do not write releases: 403; no such release: 404; no language: 422',
      run: async () => {
        const original = await published()
        await expectCall(
          'POST /releases/{id}/translations',
          { as: 'reviewer', params: { id: original.id }, body: { language: 'ru' } },
          403,
        )
        await expectCall(
          'POST /releases/{id}/translations',
          { as: 'editor', params: { id: 'release-contract-no-such-id' }, body: { language: 'ru' } },
          404,
        )
        await expectCall(
          'POST /releases/{id}/translations',
          { as: 'editor', params: { id: original.id }, body: {} },
          422,
        )
        const unknown = await expectCall(
          'POST /releases/{id}/translations',
          { as: 'editor', params: { id: original.id }, body: { language: 'xq' } },
          422,
          'a code no language has',
        )
        expectThat(unknown, typeof unknown.json.errors?.language === 'string', 'errors.language says what is wrong')
        await expectCall('POST /releases/{id}/translations', { as: 'anonymous', params: { id: original.id } }, 401)
      },
    },
  ],
  'PATCH /releases/{id}': [
    {
      name: 'the original’s new words make its translation stale: not approvable until brought up to date',
      run: async () => {
        const original = await draft()
        const russian = await translationOf(original)
        const reworded = await rewordOriginal(original)
        expectThat(
          reworded,
          reworded.json.contentRevision === Number(original.contentRevision) + 1,
          'a change of its summary counts a content revision',
        )
        const stale = await read(russian)
        expectThat(stale, stale.json.stale === true, 'the translation is stale')
        const submitted = await transition(stale.json, 'otherEditor', 'submit')
        const refused = await expectCall(
          'POST /releases/{id}/transitions',
          {
            as: 'reviewer',
            params: { id: russian.id },
            body: { action: 'approve', version: submitted.version },
          },
          409,
          'approving a stale translation',
        )
        const asReviewer = await expectCall('GET /releases/{id}', { as: 'reviewer', params: { id: russian.id } }, 200)
        expectThat(
          refused,
          !asReviewer.json.allowedActions.includes('approve'),
          'a reviewer is not offered to approve it',
        )
        const recalled = await transition(submitted, 'otherEditor', 'recall')
        await expectCall(
          'PATCH /releases/{id}',
          {
            as: 'otherEditor',
            params: { id: russian.id },
            body: { basedOnRevision: original.contentRevision, version: recalled.version },
          },
          409,
          'brought up to date with a revision that is no longer the original’s',
        )
        const updated = await expectCall(
          'PATCH /releases/{id}',
          {
            as: 'otherEditor',
            params: { id: russian.id },
            body: {
              summary: unique('Новое резюме'),
              basedOnRevision: reworded.json.contentRevision,
              version: recalled.version,
            },
          },
          200,
          'brought up to date with the original now',
        )
        expectThat(updated, updated.json.stale === false, 'no longer stale')
        expectThat(updated, updated.json.basedOn.summary === reworded.json.summary, 'based on the original’s new words')
        const again = await transition(updated.json, 'otherEditor', 'submit')
        await transition(again, 'reviewer', 'approve')
      },
    },
    {
      name: 'the original’s new words send a scheduled translation back to draft; other changes leave it alone',
      run: async () => {
        const original = await draft()
        const russian = await translationOf(original)
        const sources = await expectCall(
          'PATCH /releases/{id}',
          {
            as: 'editor',
            params: { id: original.id },
            body: { fieldOfWorkIds: [seed.fieldOfWorkId], version: original.version },
          },
          200,
          'a change of the original that is not of its words',
        )
        expectThat(sources, sources.json.contentRevision === original.contentRevision, 'no new content revision')
        const submitted = await transition((await read(russian)).json, 'otherEditor', 'submit')
        const approved = await transition(submitted, 'reviewer', 'approve', { publishAt: laterPublishAt })
        await rewordOriginal(sources.json)
        const after = await read(russian)
        expectThat(after, approved.status === 'scheduled', 'the translation was scheduled')
        expectThat(
          after,
          after.json.status === 'draft' && after.json.scheduledAt === null && after.json.stale === true,
          'it is a stale draft again, its publication time gone',
        )
        const history = await expectCall(
          'GET /releases/{id}/history',
          { as: 'otherEditor', params: { id: russian.id } },
          200,
        )
        const last = history.json.items.at(-1)
        expectThat(
          history,
          last.kind === 'unschedule' &&
            last.actor === null &&
            Date.parse(last.publishAt) === Date.parse(laterPublishAt),
          'its history says the system returned it to draft, and the time it cancelled',
        )
      },
    },
    {
      name: 'an original is based on nothing: basedOnRevision on it is a 422',
      run: async () => {
        const original = await draft()
        await expectCall(
          'PATCH /releases/{id}',
          {
            as: 'editor',
            params: { id: original.id },
            body: { basedOnRevision: 0, version: original.version },
          },
          422,
        )
      },
    },
  ],
}
