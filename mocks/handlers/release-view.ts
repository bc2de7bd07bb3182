import {
  allowedActions,
  type Ref,
  type Release,
  type ReleaseListItem,
  type ReleaseVersion,
  type WorkflowActor,
} from '../../src/api/contract'
import { db, find } from '../db'
import type { StoredRelease } from '../../server/core/records'
import { familyOf } from '../workflow/records'
import { isStale, revisionOf } from '../workflow/translations'
import { allStructures } from './reference-views'

/**
 * Resolves a stored release's ids to `{ id, name }` refs with the current names. Build
 * the lookup once per request: a page of 100 releases then costs 100 map reads, not scans.
 * A source is named as a release names it: "OSCE Programme Office in Dushanbe".
 * `allowedActions` is what `viewer` may do with each release now (workflow.ts).
 */
const refs = (map: Map<string, string>, ids: readonly string[]): Ref[] =>
  ids.map((id) => ({ id, name: map.get(id) ?? id }))

/** For a record stored without it (the seed's): its last request for changes in the seed's history (a map read). */
const seededRequestAt = (releaseId: string): string | null =>
  db.seedHistory.get(releaseId)?.findLast((entry) => entry.kind === 'request-changes')?.at ?? null

/** Every version of a release's family: the original, then its translations by language code. */
function versionsOf(record: StoredRelease): ReleaseVersion[] {
  const original = record.originalId ? find('releases', record.originalId) : record
  if (!original) return []
  // Within a write's transaction the store may not hold the record just written yet: it is its own version.
  return familyOf(original)
    .map((stored) => (stored.id === record.id ? record : stored))
    .map((version) => ({
      id: version.id,
      language: version.language,
      title: version.title,
      status: version.status,
      original: version === original,
      stale: isStale(version, original),
    }))
}

export function createReleaseResolver(viewer: WorkflowActor) {
  const names = {
    sources: new Map(allStructures().map((structure) => [structure.id, structure.sourceName])),
    fieldsOfWork: new Map(db.fieldsOfWork.all().map((field) => [field.id, field.name])),
    states: new Map(db.states.all().map((state) => [state.id, state.name])),
    fieldOperations: new Map(db.fieldOperations.all().map((operation) => [operation.id, operation.name])),
    users: new Map(db.users.all().map((user) => [user.id, user.name])),
  }

  const toListItem = (record: StoredRelease): ReleaseListItem => {
    const {
      sourceIds,
      fieldOfWorkIds,
      stateIds,
      fieldOperationIds,
      authorId,
      contentEditedById,
      updatedById,
      body: _body,
      basedOn: _basedOn,
      ...rest
    } = record
    const user = (id: string) => ({ id, name: names.users.get(id) ?? id })
    const stale = record.originalId ? isStale(record, find('releases', record.originalId)) : false
    return {
      ...rest,
      originalId: record.originalId ?? null,
      contentRevision: revisionOf(record),
      stale,
      metadataUpdatedAt: rest.metadataUpdatedAt ?? null,
      changesRequestedAt: rest.changesRequestedAt ?? seededRequestAt(record.id),
      dateline: { ...rest.dateline },
      sources: refs(names.sources, sourceIds),
      fieldsOfWork: refs(names.fieldsOfWork, fieldOfWorkIds),
      states: refs(names.states, stateIds),
      fieldOperations: refs(names.fieldOperations, fieldOperationIds),
      author: user(authorId),
      contentEditedBy: user(contentEditedById ?? authorId),
      updatedBy: user(updatedById ?? authorId),
      allowedActions: allowedActions(viewer, { ...record, stale }),
    }
  }
  const toRelease = (record: StoredRelease): Release => ({
    ...toListItem(record),
    body: record.body,
    basedOn: record.basedOn ?? null,
    versions: versionsOf(record),
  })

  return { names, toListItem, toRelease }
}
