import { http, HttpResponse } from 'msw'
import {
  releaseCountsQuerySchema,
  releaseInputSchema,
  releaseListQuerySchema,
  releasePatchSchema,
  releaseStatuses,
  whyNot,
  type ReleaseLanguageSummary,
} from '../../src/api/contract'
import { commit, db, find, now } from '../db'
import { ApiProblem, notFound } from '../problem'
import type { StoredRelease } from '../../server/core/records'
import { commitChange, recordCreation } from '../workflow/records'
import { applyEdit } from '../workflow/transitions'
import { isStale, revisionOf } from '../workflow/translations'
import { requireRole, requireUser } from './auth'
import { paginate, sortItems } from './list'
import { writeBody } from './release-body'
import {
  familyCounts,
  familyKey,
  familyRepresentatives,
  releaseComparators,
  releaseFilter,
  releaseTieBreak,
  versionsOfFamilies,
} from './release-query'
import { assertReferencesExist } from './release-rules'
import { unscheduleTranslationsOf } from './release-translations'
import { createReleaseResolver } from './release-view'
import { parseBody, parseQuery, type Route } from './route'

/** A family's versions as a list row summarizes them (the original first): language, status, needs an update. */
function languageSummary(versions: StoredRelease[]): ReleaseLanguageSummary[] {
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
    http.get(
      path,
      route(({ request, url }) => {
        const user = requireUser(request)
        const query = parseQuery(url, releaseListQuerySchema)
        const { toListItem } = createReleaseResolver(user)
        if (query.group === 'family') {
          // Each family once, by its representative; its row carries the summary of all its versions.
          const representatives = familyRepresentatives(releaseFilter(query))
          const sorted = sortItems(representatives, query.sort, releaseComparators, releaseTieBreak)
          const page = paginate(sorted, query.page, query.pageSize)
          const families = versionsOfFamilies(new Set(page.items.map(familyKey)))
          return HttpResponse.json({
            ...page,
            items: page.items.map((release) => ({
              ...toListItem(release),
              languages: languageSummary(families.get(familyKey(release)) ?? [release]),
            })),
          })
        }
        const matching = db.releases.findMany((q) => q.where(releaseFilter(query)))
        const sorted = sortItems(matching, query.sort, releaseComparators, releaseTieBreak)
        return HttpResponse.json(paginate(sorted, query.page, query.pageSize, toListItem))
      }),
    ),

    // Registered before `/:id`, which would otherwise take "counts" for an id.
    http.get(
      `${path}/counts`,
      route(({ request, url }) => {
        requireUser(request)
        const query = parseQuery(url, releaseCountsQuerySchema)
        const matches = releaseFilter(query)
        if (query.group === 'family') return HttpResponse.json(familyCounts(matches))
        const counts = Object.fromEntries(releaseStatuses.map((status) => [status, 0]))
        // One pass over the records themselves: no query object, no array of matches.
        let total = 0
        for (const release of db.releases.all()) {
          if (!matches(release)) continue
          counts[release.status]! += 1
          total += 1
        }
        return HttpResponse.json({ counts, total })
      }),
    ),

    http.get(
      `${path}/:id`,
      route(({ request, params }) => {
        const user = requireUser(request)
        const release = find('releases', params.id!)
        if (!release) throw notFound('release', params.id!)
        return HttpResponse.json(createReleaseResolver(user).toRelease(release))
      }),
    ),

    http.post(
      path,
      route(async ({ request }) => {
        const user = requireUser(request)
        requireRole(user, ['editor', 'admin'], 'Only editors and admins can write releases.')
        const { data } = await parseBody(request, releaseInputSchema)
        assertReferencesExist(data)
        const id = `release-${crypto.randomUUID()}`
        const body = await writeBody(data.body)
        const timestamp = now().toISOString()
        const created = await commit('releases', id, () => ({
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
        }))
        await recordCreation(id, user.id, timestamp)
        return HttpResponse.json(createReleaseResolver(user).toRelease(created!), {
          status: 201,
          headers: { Location: `${path}/${id}` },
        })
      }),
    ),

    http.patch(
      `${path}/:id`,
      route(async ({ request, params }) => {
        const user = requireUser(request)
        const {
          data: { version, basedOnRevision, ...changes },
        } = await parseBody(request, releasePatchSchema)
        if (changes.body !== undefined) changes.body = await writeBody(changes.body)
        let revisionBefore = 0
        const updated = await commitChange(params.id!, (current) => {
          revisionBefore = revisionOf(current)
          const original = current.originalId ? find('releases', current.originalId) : undefined
          const change = applyEdit(current, changes, user, version, now(), { original, basedOnRevision })
          assertReferencesExist(changes)
          return change
        })
        // The original's words changed: what its translations were approved on no longer holds (decision 0020).
        if (revisionOf(updated) > revisionBefore) await unscheduleTranslationsOf(updated)
        return HttpResponse.json(createReleaseResolver(user).toRelease(updated))
      }),
    ),

    // Deleting a draft keeps its history, comments and notifications: nothing deletes history.
    http.delete(
      `${path}/:id`,
      route(async ({ request, params }) => {
        const user = requireUser(request)
        await commit('releases', params.id!, (current) => {
          if (!current) throw notFound('release', params.id!)
          const refusal = whyNot('delete', user, current)
          if (refusal) throw new ApiProblem(refusal.status, refusal.detail)
          return null
        })
        return new HttpResponse(null, { status: 204 })
      }),
    ),
  ]
}
