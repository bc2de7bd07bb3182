import { http, HttpResponse } from 'msw'
import { translationInputSchema } from '../../src/api/contract'
import { commit, db, find, now } from '../db'
import { ApiProblem, invalid, notFound } from '../problem'
import type { StoredRelease } from '../../server/core/records'
import { commitChange, familyOf, recordCreation } from '../workflow/records'
import { newTranslation, unscheduleForOriginal } from '../workflow/translations'
import { requireRole, requireUser } from './auth'
import { createReleaseResolver } from './release-view'
import { parseBody, type Route } from './route'

/** After its words changed, an original's scheduled translations go back to draft, in the same transaction. */
export async function unscheduleTranslationsOf(original: StoredRelease): Promise<void> {
  if (original.originalId) return
  const at = now().toISOString()
  for (const translation of familyOf(original).slice(1)) {
    if (translation.status !== 'scheduled') continue
    await commitChange(
      translation.id,
      (current) => unscheduleForOriginal(current, at) ?? { release: current, entry: null },
    )
  }
}

/** Adding a language version to a release's family. */
export function releaseTranslationHandlers(baseUrl: string, route: Route) {
  const path = `${baseUrl}/releases`
  return [
    http.post(
      `${path}/:id/translations`,
      route(async ({ request, params }) => {
        const user = requireUser(request)
        requireRole(user, ['editor', 'admin'], 'Only editors and admins can write releases.')
        const source = find('releases', params.id!)
        if (!source) throw notFound('release', params.id!)
        const { data } = await parseBody(request, translationInputSchema)
        const language = db.languages.all().find((known) => known.code === data.language)
        if (!language) throw invalid({ language: 'Choose a language from the list' })
        // From any version: a translation is always of the family's original.
        const original = source.originalId ? find('releases', source.originalId) : source
        if (!original) throw notFound('release', source.originalId!)
        const existing = familyOf(original).find((version) => version.language === data.language)
        if (existing)
          throw new ApiProblem(409, `This release already has a version in ${language.name}.`, {
            existingId: existing.id,
          })
        const id = `release-${crypto.randomUUID()}`
        const at = now().toISOString()
        const created = await commit('releases', id, () => newTranslation(original, data.language, user.id, id, at))
        await recordCreation(id, user.id, at)
        return HttpResponse.json(createReleaseResolver(user).toRelease(created!), {
          status: 201,
          headers: { Location: `${path}/${id}` },
        })
      }),
    ),
  ]
}
