import {
  releaseAssignmentInputSchema,
  type AssignmentSkipReason,
  type ReleaseAssignmentResult,
} from '../../../src/api/contract'
import { now } from '../clock'
import { ApiProblem, invalid } from '../problem'
import type { StoredFieldOperation, StoredRelease } from '../records'
import { commitChange } from '../workflow/records'
import type { Change } from '../workflow/transitions'
import { requireAdmin } from './auth'
import { type Route, parseBody, post } from './route'

/** Thrown inside a commit to leave a release as it is; never leaves this file. */
class Skip extends Error {
  constructor(readonly reason: AssignmentSkipReason) {
    super(reason)
  }
}

/**
 * The change one release gets, or the reason it gets none. A closed field operation
 * receives no new releases, but a release may still be removed from it. Assignment
 * touches neither status nor content: an approval survives it, and so does its editorial time.
 */
export function assign(
  current: StoredRelease,
  operations: readonly StoredFieldOperation[],
  mode: 'add' | 'remove',
  actorId: string,
  at: Date,
): Change {
  const assigned = new Set(current.fieldOperationIds)
  const moving =
    mode === 'add'
      ? operations.filter((operation) => !assigned.has(operation.id) && operation.closed === null)
      : operations.filter((operation) => assigned.has(operation.id))
  if (moving.length === 0) {
    if (mode === 'remove') throw new Skip('not-assigned')
    throw new Skip(
      operations.some((operation) => !assigned.has(operation.id)) ? 'closed-field-operation' : 'already-assigned',
    )
  }
  const movingIds = new Set(moving.map((operation) => operation.id))
  const fieldOperationIds =
    mode === 'add'
      ? [...current.fieldOperationIds, ...movingIds]
      : current.fieldOperationIds.filter((id) => !movingIds.has(id))
  const timestamp = at.toISOString()
  const names = moving.map((operation) => operation.name).join(', ')
  return {
    // A new version (a decision is bound to the version it saw), but not an editorial update:
    // `updatedAt`, which lists sort by, stays; the metadata's own time moves.
    release: { ...current, fieldOperationIds, version: current.version + 1, metadataUpdatedAt: timestamp },
    entry: {
      releaseId: current.id,
      kind: 'assigned',
      from: current.status,
      to: current.status,
      actorId,
      at: timestamp,
      comment: mode === 'add' ? `Assigned to ${names}` : `Removed from ${names}`,
      publishAt: null,
    },
  }
}

export function releaseAssignmentHandlers(baseUrl: string, route: Route) {
  return [
    post(
      `${baseUrl}/releases/assignments`,
      route(async ({ request, store }) => {
        const user = await requireAdmin(request, store, 'the field operations of releases')
        const { data } = await parseBody(request, releaseAssignmentInputSchema)
        const operationIds = [...new Set(data.fieldOperationIds)]
        const known = new Map((await store.all('fieldOperations')).map((operation) => [operation.id, operation]))
        const unknown = operationIds.filter((id) => !known.has(id))
        if (unknown.length > 0) throw invalid({ fieldOperationIds: `Unknown field operation: ${unknown.join(', ')}` })
        const operations = operationIds.map((id) => known.get(id)!)
        const result: ReleaseAssignmentResult = { changed: [], skipped: [], versions: {} }
        for (const id of new Set(data.releaseIds)) {
          if (!(await store.get('releases', id))) {
            result.skipped.push({ id, reason: 'unknown-release' })
            continue
          }
          try {
            const versions = data.expectedVersions ?? {}
            const expected = Object.hasOwn(versions, id) ? versions[id] : undefined
            const stored = await commitChange(store, id, (current) => {
              // Decided on another version than this one: the admin has not seen what it is now.
              if (expected !== undefined && expected !== current.version) throw new Skip('changed-since-seen')
              return assign(current, operations, data.mode, user.id, now())
            })
            result.changed.push(id)
            result.versions[id] = stored.version
          } catch (error) {
            if (error instanceof Skip) result.skipped.push({ id, reason: error.reason })
            else if (error instanceof ApiProblem && error.status === 404)
              result.skipped.push({ id, reason: 'unknown-release' })
            else throw error
          }
        }
        return Response.json(result)
      }),
    ),
  ]
}
