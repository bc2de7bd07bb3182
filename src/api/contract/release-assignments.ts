import { z } from 'zod'
import { idSchema, versionSchema } from './common'

export const assignmentModes = ['add', 'remove'] as const

/** The version of each release the admin saw, by release id: at most one per release of a batch. */
const expectedVersionsSchema = z
  .record(idSchema, versionSchema)
  .refine((versions) => Object.keys(versions).length <= 500, 'At most 500 releases at a time')
  .meta({
    description:
      'The version of each release as the admin saw it, by release id. A release whose version differs now is left as it was and skipped with the reason "changed-since-seen" (never a 409: the rest of the batch still goes through). A release not named here is changed whatever its version.',
  })

/** POST /releases/assignments: one request for a whole batch (admins only). */
export const releaseAssignmentInputSchema = z
  .object({
    releaseIds: z.array(idSchema).min(1, 'Choose at least one release').max(500, 'At most 500 releases at a time'),
    fieldOperationIds: z
      .array(idSchema)
      .min(1, 'Choose at least one field operation')
      .max(50, 'At most 50 field operations at a time')
      .meta({
        description:
          'Ids of field operations; an unknown one answers 422 "Unknown field operation: <ids>" and nothing is changed.',
      }),
    mode: z.enum(assignmentModes, { error: 'Say whether to add or remove' }),
    expectedVersions: expectedVersionsSchema.optional(),
  })
  .meta({ id: 'ReleaseAssignmentInput' })
export type ReleaseAssignmentInput = z.input<typeof releaseAssignmentInputSchema>

/** Why a release of the batch was left as it was. */
export const assignmentSkipReasons = [
  'unknown-release',
  'already-assigned',
  'not-assigned',
  'closed-field-operation',
  'changed-since-seen',
] as const
export const assignmentSkipReasonSchema = z.enum(assignmentSkipReasons).meta({
  description:
    '"changed-since-seen": the release is no longer at the version named in expectedVersions; the others say why there was nothing to do.',
})
export type AssignmentSkipReason = z.infer<typeof assignmentSkipReasonSchema>

export const releaseAssignmentResultSchema = z
  .object({
    /** The releases whose field operations changed (each with a new version and a history entry). */
    changed: z.array(idSchema),
    skipped: z.array(z.object({ id: idSchema, reason: assignmentSkipReasonSchema })),
    /** The new version of each changed release, so that a follow-up request can name the version it builds on. */
    versions: z
      .record(idSchema, versionSchema)
      .meta({ description: 'The new version of each changed release, by release id.' }),
  })
  .meta({ id: 'ReleaseAssignmentResult' })
export type ReleaseAssignmentResult = z.infer<typeof releaseAssignmentResultSchema>
