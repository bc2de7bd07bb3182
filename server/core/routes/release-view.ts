import {
  allowedActions,
  type Ref,
  type Release,
  type ReleaseListItem,
  type ReleaseVersion,
  type WorkflowActor,
} from '../../../src/api/contract'
import type { StoredRelease } from '../records'
import type { ListedRelease, StorageReader } from '../storage'
import { familyKey, isStale, revisionOf } from '../workflow/translations'
import { allStructures } from './reference-views'

/**
 * Resolves a stored release's ids to `{ id, name }` refs with the current names. Build
 * the lookup once per request: a page of 100 releases then costs 100 map reads, not scans.
 * A source is named as a release names it: "OSCE Programme Office in Dushanbe".
 * `allowedActions` is what `viewer` may do with each release now (workflow.ts).
 */
const refs = (map: Map<string, string>, ids: readonly string[]): Ref[] =>
  ids.map((id) => ({ id, name: map.get(id) ?? id }))

/** Every version of a release's family (the original, then its translations by language code), as a release lists them. */
function versionsOf(family: readonly ListedRelease[]): ReleaseVersion[] {
  const original = family.find((version) => !version.originalId)
  if (!original) return []
  return family.map((version) => ({
    id: version.id,
    language: version.language,
    title: version.title,
    status: version.status,
    original: version === original,
    stale: isStale(version, original),
  }))
}

/** The names a release's refs show, read once per request. */
async function namesOf(store: StorageReader) {
  const [structures, fields, states, operations, users] = await Promise.all([
    allStructures(store),
    store.all('fieldsOfWork'),
    store.all('states'),
    store.all('fieldOperations'),
    store.all('users'),
  ])
  return {
    sources: new Map(structures.map((structure) => [structure.id, structure.sourceName])),
    fieldsOfWork: new Map(fields.map((field) => [field.id, field.name])),
    states: new Map(states.map((state) => [state.id, state.name])),
    fieldOperations: new Map(operations.map((operation) => [operation.id, operation.name])),
    users: new Map(users.map((user) => [user.id, user.name])),
  }
}

/**
 * Turns stored releases into what the API answers, for `viewer`. `toListItems` reads the
 * originals of the translations among them (whether each is stale) in one query;
 * `toRelease` reads the release's family (its `versions`).
 */
export async function createReleaseResolver(store: StorageReader, viewer: WorkflowActor) {
  const names = await namesOf(store)

  /** `original`: the original of a translation (undefined for an original), to tell whether it is stale. */
  const toListItem = (record: ListedRelease, original: ListedRelease | undefined): ReleaseListItem => {
    const {
      sourceIds,
      fieldOfWorkIds,
      stateIds,
      fieldOperationIds,
      authorId,
      contentEditedById,
      updatedById,
      basedOn: _basedOn,
      // A full record (a release's own page, the mock's lists) carries its body: never in a list item.
      body: _body,
      ...rest
    } = record as ListedRelease & { body?: string }
    const user = (id: string) => ({ id, name: names.users.get(id) ?? id })
    const stale = record.originalId ? isStale(record, original) : false
    return {
      ...rest,
      originalId: record.originalId ?? null,
      contentRevision: revisionOf(record),
      stale,
      metadataUpdatedAt: rest.metadataUpdatedAt ?? null,
      changesRequestedAt: rest.changesRequestedAt ?? null,
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
  /** The families of the given releases, by their original's id, as lists show them. */
  const familiesOf = (records: readonly ListedRelease[]) =>
    store.releases.versionsOf([...new Set(records.map(familyKey))])

  /**
   * Items of a list. A translation's original tells whether it is stale: taken from `families`
   * when the caller read them already (a grouped list), else read, the originals alone.
   */
  const toListItems = async (
    records: readonly ListedRelease[],
    families?: ReadonlyMap<string, readonly ListedRelease[]>,
  ): Promise<ReleaseListItem[]> => {
    const originalIds = [...new Set(records.flatMap((record) => (record.originalId ? [record.originalId] : [])))]
    const read = families || originalIds.length === 0 ? undefined : await store.releases.listed(originalIds)
    const originalOf = (id: string) => (read ? read.get(id) : families?.get(id)?.find((version) => version.id === id))
    return records.map((record) => toListItem(record, record.originalId ? originalOf(record.originalId) : undefined))
  }

  const toRelease = async (record: StoredRelease): Promise<Release> => {
    const family = (await familiesOf([record])).get(familyKey(record)) ?? [record]
    // Within a write's transaction the family is read after the write: the record itself stands in it.
    const versions = family.map((version) => (version.id === record.id ? record : version))
    const original = record.originalId ? versions.find((version) => !version.originalId) : undefined
    return {
      ...toListItem(record, original),
      body: record.body,
      basedOn: record.basedOn ?? null,
      versions: versionsOf(versions),
    }
  }

  return { names, toListItems, toRelease }
}
