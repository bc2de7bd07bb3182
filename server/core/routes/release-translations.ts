import { translationInputSchema } from '../../../src/api/contract'
import type { Transaction } from '../storage'
import { now } from '../clock'
import { ApiProblem, invalid, notFound } from '../problem'
import type { StoredRelease } from '../records'
import { commitChange, familyOf, recordCreation } from '../workflow/records'
import { newTranslation, unscheduleForOriginal } from '../workflow/translations'
import { requireRole, requireUser } from './auth'
import { createReleaseResolver } from './release-view'
import { type Route, parseBody, post } from './route'

/** After its words changed, an original's scheduled translations go back to draft, in the same transaction. */
export async function unscheduleTranslationsOf(store: Transaction, original: StoredRelease): Promise<void> {
  if (original.originalId) return
  const at = now().toISOString()
  for (const translation of (await familyOf(store, original)).slice(1)) {
    if (translation.status !== 'scheduled') continue
    await commitChange(
      store,
      translation.id,
      (current) => unscheduleForOriginal(current, at) ?? { release: current, entry: null },
    )
  }
}

/** Adding a language version to a release's family. */
export function releaseTranslationHandlers(baseUrl: string, route: Route) {
  const path = `${baseUrl}/releases`
  return [
    post(
      `${path}/:id/translations`,
      route(async ({ request, params, store }) => {
        const user = await requireUser(request, store)
        requireRole(user, ['editor', 'admin'], 'Only editors and admins can write releases.')
        const source = await store.get('releases', params.id!)
        if (!source) throw notFound('release', params.id!)
        const { data } = await parseBody(request, translationInputSchema)
        const language = (await store.all('languages')).find((known) => known.code === data.language)
        if (!language) throw invalid({ language: 'Choose a language from the list' })
        // From any version: a translation is always of the family's original.
        const original = source.originalId ? await store.get('releases', source.originalId) : source
        if (!original) throw notFound('release', source.originalId!)
        const existing = (await familyOf(store, original)).find((version) => version.language === data.language)
        if (existing)
          throw new ApiProblem(409, `This release already has a version in ${language.name}.`, {
            existingId: existing.id,
          })
        const id = `release-${crypto.randomUUID()}`
        const at = now().toISOString()
        const created = newTranslation(original, data.language, user.id, id, at)
        await store.insert('releases', created)
        await recordCreation(store, id, user.id, at)
        return Response.json(await (await createReleaseResolver(store, user)).toRelease(created), {
          status: 201,
          headers: { Location: `${path}/${id}` },
        })
      }),
    ),
  ]
}
