import {
  releaseCountsQuerySchema,
  releaseInputSchema,
  releaseListQuerySchema,
  releasePatchSchema,
  whyNot,
  type ReleaseLanguageSummary,
} from '../../../src/api/contract'
import { now } from '../clock'
import { ApiProblem, notFound } from '../problem'
import type { StoredRelease } from '../records'
import type { ListedRelease } from '../storage'
import { countLimitOf } from '../release-total'
import { commitChange, recordCreation } from '../workflow/records'
import { applyEdit } from '../workflow/transitions'
import { familyKey, isStale, revisionOf } from '../workflow/translations'
import { requireRole, requireUser } from './auth'
import { writeBody } from './release-body'
import { assertReferencesExist } from './release-rules'
import { unscheduleTranslationsOf } from './release-translations'
import { createReleaseResolver } from './release-view'
import { type Route, del, get, parseBody, parseQuery, patch, post } from './route'

/** A family's versions as a list row summarizes them (the original first): language, status, needs an update. */
function languageSummary(versions: ListedRelease[]): ReleaseLanguageSummary[] {
  const original = versions.find((version) => !version.originalId)
  return versions.map((version) => ({
    id: version.id,
    language: version.language,
    status: version.status,
    stale: isStale(version, original),
  }))
}

export function releaseHandlers(baseUrl: string, route: Route) {
  const path = `${baseUrl}/releases`
  return [
    get(
      path,
      route(async ({ request, url, store }) => {
        const user = await requireUser(request, store)
        const query = parseQuery(url, releaseListQuerySchema)
        const { toListItems } = await createReleaseResolver(store, user)
        const { page, pageSize } = query
        if (query.group === 'family') {
          // Each family once, by its representative; its row carries the summary of all its versions.
          const { items, total, totalCapped } = await store.releases.listFamilies(query, countLimitOf(query))
          const families = await store.releases.versionsOf(items.map(familyKey))
          const listItems = await toListItems(items, families)
          return Response.json({
            items: items.map((release, index) => ({
              ...listItems[index]!,
              languages: languageSummary(families.get(familyKey(release)) ?? [release]),
            })),
            total,
            totalCapped,
            page,
            pageSize,
          })
        }
        const { items, total, totalCapped } = await store.releases.list(query, countLimitOf(query))
        return Response.json({ items: await toListItems(items), total, totalCapped, page, pageSize })
      }),
    ),

    // Registered before `/:id`, which would otherwise take "counts" for an id.
    get(
      `${path}/counts`,
      route(async ({ request, url, store }) => {
        await requireUser(request, store)
        const query = parseQuery(url, releaseCountsQuerySchema)
        return Response.json(await store.releases.counts(query))
      }),
    ),

    get(
      `${path}/:id`,
      route(async ({ request, params, store }) => {
        const user = await requireUser(request, store)
        const release = await store.get('releases', params.id!)
        if (!release) throw notFound('release', params.id!)
        return Response.json(await (await createReleaseResolver(store, user)).toRelease(release))
      }),
    ),

    post(
      path,
      route(async ({ request, store }) => {
        const user = await requireUser(request, store)
        requireRole(user, ['editor', 'admin'], 'Only editors and admins can write releases.')
        const { data } = await parseBody(request, releaseInputSchema)
        await assertReferencesExist(store, data)
        const id = `release-${crypto.randomUUID()}`
        const body = await writeBody(data.body)
        const timestamp = now().toISOString()
        const created: StoredRelease = {
          id,
          ...data,
          dateline: { ...data.dateline },
          body,
          fieldOperationIds: [],
          status: 'draft',
          scheduledAt: null,
          publishedAt: null,
          submittedAt: null,
          authorId: user.id,
          contentEditedById: user.id,
          createdAt: timestamp,
          updatedAt: timestamp,
          updatedById: user.id,
          version: 1,
        }
        await store.insert('releases', created)
        await recordCreation(store, id, user.id, timestamp)
        return Response.json(await (await createReleaseResolver(store, user)).toRelease(created), {
          status: 201,
          headers: { Location: `${path}/${id}` },
        })
      }),
    ),

    patch(
      `${path}/:id`,
      route(async ({ request, params, store }) => {
        const user = await requireUser(request, store)
        const {
          data: { version, basedOnRevision, ...changes },
        } = await parseBody(request, releasePatchSchema)
        if (changes.body !== undefined) changes.body = await writeBody(changes.body)
        const stored = await store.get('releases', params.id!)
        if (!stored) throw notFound('release', params.id!)
        const original = stored.originalId ? await store.get('releases', stored.originalId) : undefined
        const updated = await commitChange(store, params.id!, (current) =>
          applyEdit(current, changes, user, version, now(), { original, basedOnRevision }),
        )
        await assertReferencesExist(store, changes)
        // The original's words changed: what its translations were approved on no longer holds (decision 0020).
        if (revisionOf(updated) > revisionOf(stored)) await unscheduleTranslationsOf(store, updated)
        return Response.json(await (await createReleaseResolver(store, user)).toRelease(updated))
      }),
    ),

    // Deleting a draft keeps its history, comments and notifications: nothing deletes history.
    del(
      `${path}/:id`,
      route(async ({ request, params, store }) => {
        const user = await requireUser(request, store)
        const current = await store.get('releases', params.id!)
        if (!current) throw notFound('release', params.id!)
        const refusal = whyNot('delete', user, current)
        if (refusal) throw new ApiProblem(refusal.status, refusal.detail)
        await store.delete('releases', params.id!)
        return new Response(null, { status: 204 })
      }),
    ),
  ]
}
