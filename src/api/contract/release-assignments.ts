import { z } from 'zod'
import { idSchema } from './common'

export const assignmentModes = ['add', 'remove'] as const

/** POST /releases/assignments: one request for a whole batch (admins only). */
export const releaseAssignmentInputSchema = z
  .object({
    releaseIds: z.array(idSchema).min(1, 'Choose at least one release').max(500, 'At most 500 releases at a time'),
    fieldOperationIds: z.array(idSchema).min(1, 'Choose at least one field operation').max(50, 'At most 50 field operations at a time'),
    mode: z.enum(assignmentModes, { error: 'Say whether to add or remove' }),
  })
  .meta({ id: 'ReleaseAssignmentInput' })
export type ReleaseAssignmentInput = z.input<typeof releaseAssignmentInputSchema>

/** Why a release of the batch was left as it was. */
export const assignmentSkipReasons = ['unknown-release', 'already-assigned', 'not-assigned', 'closed-field-operation'] as const
export const assignmentSkipReasonSchema = z.enum(assignmentSkipReasons)
export type AssignmentSkipReason = z.infer<typeof assignmentSkipReasonSchema>

export const releaseAssignmentResultSchema = z
  .object({
    /** The releases whose field operations changed (each with a new version and a history entry). */
    changed: z.array(idSchema),
    skipped: z.array(z.object({ id: idSchema, reason: assignmentSkipReasonSchema })),
  })
  .meta({ id: 'ReleaseAssignmentResult' })
export type ReleaseAssignmentResult = z.infer<typeof releaseAssignmentResultSchema>
