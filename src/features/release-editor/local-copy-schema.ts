import { z } from 'zod'
import { isoDateTimeSchema, releaseInputSchema } from '../../api/contract'
import { heldValuesSchema, type ReleaseFormValues } from './form-values'

/** What the form holds, whatever its state (a copy may have an empty title: it was kept mid-typing). */
const formValuesShape = heldValuesSchema satisfies z.ZodType<ReleaseFormValues>

/**
 * A create whose outcome is not known (no answer, a server failure): the exact input sent and
 * its Idempotency-Key, so that sending it again after a reload is answered with the release
 * the server may already have made rather than making a second one (the server replays a key
 * only for the same body). `sent` is what the form held then: what was typed since follows as an edit.
 */
export const createAttemptSchema = z.object({
  key: z.string().min(1).max(200),
  input: releaseInputSchema,
  sent: formValuesShape,
})
export type CreateAttempt = z.output<typeof createAttemptSchema>

/** Unsaved values kept in this browser, when they were kept, and the version they started from. */
export const localCopySchema = z.object({
  values: formValuesShape,
  savedAt: isoDateTimeSchema,
  /** 0 for a release not created yet. */
  baseVersion: z.number().int().min(0),
  createAttempt: createAttemptSchema.nullable().default(null),
})
export type LocalCopy = z.output<typeof localCopySchema>
