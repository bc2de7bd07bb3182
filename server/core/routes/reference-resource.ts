import type { z } from 'zod'
import { fieldErrors } from '../../../src/api/contract'
import type { StoredRecordOf } from '../records'
import type { StorageReader } from '../storage'
import { assertVersion, conflict, invalid, notFound } from '../problem'
import { requireAdmin, requireUser } from './auth'
import { stateNamesOf, type StateNames } from './reference-views'
import { paginate, sortItems, type Comparator } from '../list'
import { type Route, del, get, parseBody, parseQuery, patch, post } from './route'

/** Where each reference resource's endpoints are: `/states`, `/states/{id}`. */
export const referencePaths = {
  states: '/states',
  chairpersonships: '/chairpersonships',
  fieldOperations: '/field-operations',
  fieldsOfWork: '/fields-of-work',
  languages: '/languages',
} as const
export type ReferenceName = keyof typeof referencePaths
export const referenceNames = Object.keys(referencePaths) as ReferenceName[]

/** The resources of the registry (`reference-resources.ts`): collections of records with an id and a version. */
type ReferenceCollection = {
  [N in ReferenceName]: StoredRecordOf<N> extends { id: string; version: number } ? N : never
}[ReferenceName]
type ListQuery = { page: number; pageSize: number; sort: string; q?: string | undefined }

/** The fields of a PATCH body: any of the input's; an object field (chairInOffice) may name only some of its own. */
export type PatchOf<I> = {
  [K in keyof I]?: (I[K] extends Record<string, unknown> ? Partial<I[K]> : I[K]) | undefined
}

/**
 * How the handlers treat each reference resource (states, chairpersonships, field operations,
 * fields of work); its path, stored schema and seed are its entry in `reference-resources.ts`.
 */
export type ReferenceResource<N extends ReferenceCollection, Q extends ListQuery, I> = {
  /** Singular, for messages: "state". */
  what: string
  /** New ids are `${idPrefix}-<uuid>`; seeded ones are readable (see mocks/seed). */
  idPrefix: string
  collection: N
  query: z.ZodType<Q>
  input: z.ZodType<I>
  /** The PATCH body: the fields it changes and the version it was based on (the contract's `<x>PatchSchema`). */
  patch: z.ZodType<NoInfer<PatchOf<I>> & { version: number }>
  /** The stored record's fields as an input: what a PATCH's changes are merged into. */
  inputOf: (record: StoredRecordOf<N>) => NoInfer<I>
  /** The record as the API answers it; `names` are the states' names (a record may name its state). */
  view: (record: StoredRecordOf<N>, names: StateNames) => Record<string, unknown>
  /** Free text `q` and the resource's own filters. */
  matches: (record: StoredRecordOf<N>, query: Q, names: StateNames) => boolean
  comparators: Record<string, Comparator<StoredRecordOf<N>>>
  tieBreak: Comparator<StoredRecordOf<N>>
  /**
   * Field messages for rules beyond the schema (uniqueness, references); `id` is undefined on
   * create. Each is named in its field's description in the contract, with its message.
   */
  check: (input: I, id: string | undefined, store: StorageReader) => Promise<Record<string, string>>
  build: (input: I, id: string, version: number) => StoredRecordOf<N>
  /** Why the record cannot be deleted (what uses it), or null. */
  usage: (record: StoredRecordOf<N>, store: StorageReader) => Promise<string | null>
}

export function referenceHandlers<N extends ReferenceCollection, Q extends ListQuery, I>(
  baseUrl: string,
  route: Route,
  resource: ReferenceResource<N, Q, I>,
) {
  const { what, collection } = resource
  const path = `${baseUrl}${referencePaths[collection]}`
  const records = (store: StorageReader) => store.all(collection) as Promise<Array<StoredRecordOf<N>>>
  const assertValid = async (input: I, id: string | undefined, store: StorageReader) => {
    const errors = await resource.check(input, id, store)
    if (Object.keys(errors).length > 0) throw invalid(errors)
  }
  const viewOf = async (record: StoredRecordOf<N>, store: StorageReader) =>
    resource.view(record, await stateNamesOf(store))
  /**
   * The record's input after a change: the fields sent replace the stored ones, and the whole
   * is held to the input's rules (closed ≥ opened among them), so that a partial change cannot
   * leave an invalid record.
   */
  const changed = (record: StoredRecordOf<N>, changes: PatchOf<I>): I => {
    const merged = { ...resource.inputOf(record) } as Record<string, unknown>
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) continue
      const before = merged[key]
      merged[key] = isPlainObject(value) && isPlainObject(before) ? { ...before, ...value } : value
    }
    const parsed = resource.input.safeParse(merged)
    if (!parsed.success) throw invalid(fieldErrors(parsed.error))
    return parsed.data
  }

  return [
    get(
      path,
      route(async ({ request, url, store }) => {
        await requireUser(request, store)
        const query = parseQuery(url, resource.query)
        const names = await stateNamesOf(store)
        const matching = (await records(store)).filter((record) => resource.matches(record, query, names))
        const sorted = sortItems(matching, query.sort, resource.comparators, resource.tieBreak)
        return Response.json(paginate(sorted, query.page, query.pageSize, (record) => resource.view(record, names)))
      }),
    ),

    get(
      `${path}/:id`,
      route(async ({ request, params, store }) => {
        await requireUser(request, store)
        const record = await store.get(collection, params.id!)
        if (!record) throw notFound(what, params.id!)
        return Response.json(await viewOf(record, store))
      }),
    ),

    post(
      path,
      route(async ({ request, store }) => {
        await requireAdmin(request, store, `${what} records`)
        const { data } = await parseBody(request, resource.input)
        await assertValid(data, undefined, store)
        const id = `${resource.idPrefix}-${crypto.randomUUID()}`
        const created = resource.build(data, id, 1)
        await store.insert(collection, created)
        return Response.json(await viewOf(created, store), {
          status: 201,
          headers: { Location: `${path}/${id}` },
        })
      }),
    ),

    patch(
      `${path}/:id`,
      route(async ({ request, params, store }) => {
        await requireAdmin(request, store, `${what} records`)
        const {
          data: { version, ...changes },
        } = await parseBody(request, resource.patch)
        const current = await store.get(collection, params.id!)
        if (!current) throw notFound(what, params.id!)
        assertVersion(what, version, current.version)
        // A change that names no field writes nothing: the record as it is, no new version for nothing.
        if (namesNoField(changes)) return Response.json(await viewOf(current, store))
        const input = changed(current, changes as PatchOf<I>)
        await assertValid(input, params.id, store)
        const updated = resource.build(input, params.id!, current.version + 1)
        await store.replace(collection, updated, { expectedVersion: current.version })
        return Response.json(await viewOf(updated, store))
      }),
    ),

    del(
      `${path}/:id`,
      route(async ({ request, params, store }) => {
        await requireAdmin(request, store, `${what} records`)
        const current = await store.get(collection, params.id!)
        if (!current) throw notFound(what, params.id!)
        const usage = await resource.usage(current, store)
        if (usage) throw conflict(usage)
        await store.delete(collection, params.id!)
        return new Response(null, { status: 204 })
      }),
    ),
  ]
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Whether a change names no field (an object field naming none of its own counts as none). */
const namesNoField = (changes: Record<string, unknown>) =>
  Object.values(changes).every(
    (value) => value === undefined || (isPlainObject(value) && Object.keys(value).length === 0),
  )

/** "3 releases", "1 release". */
export const countOf = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`

/** Joins what uses a record into one sentence ("3 releases and 1 field operation"), or null when nothing does. */
export function describeUsage(name: string, uses: Array<string | null>): string | null {
  const parts = uses.filter((use): use is string => use !== null)
  if (parts.length === 0) return null
  const joined = parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
  return `${name} cannot be deleted: it is used by ${joined}. Remove those references first.`
}
