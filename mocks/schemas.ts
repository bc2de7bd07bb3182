import { z } from 'zod'
import {
  chairpersonshipSchema,
  fieldOfWorkSchema,
  fieldOperationSchema,
  releaseSchema,
  stateSchema,
  structureSchema,
  userSchema,
} from '../src/api/contract'

/**
 * What the mock database stores. Records hold the ids of what they reference; the
 * handlers resolve them to `{ id, name }` refs when they answer, so a rename shows
 * everywhere at once. Built from the contract's response schemas so they cannot drift.
 */
export const storedUserSchema = userSchema
export type StoredUser = z.infer<typeof storedUserSchema>

export const storedSessionSchema = z.object({
  token: z.string().min(1),
  userId: z.string(),
  createdAt: z.string(),
})
export type StoredSession = z.infer<typeof storedSessionSchema>

export const storedStateSchema = stateSchema
export type StoredState = z.infer<typeof storedStateSchema>

export const storedChairpersonshipSchema = chairpersonshipSchema
  .omit({ state: true })
  .extend({ stateId: z.string() })
export type StoredChairpersonship = z.infer<typeof storedChairpersonshipSchema>

/** `status` is not stored: it derives from `closed`. */
export const storedFieldOperationSchema = fieldOperationSchema
  .omit({ hostState: true, status: true })
  .extend({ hostStateId: z.string().nullable() })
export type StoredFieldOperation = z.infer<typeof storedFieldOperationSchema>

export const storedFieldOfWorkSchema = fieldOfWorkSchema
export type StoredFieldOfWork = z.infer<typeof storedFieldOfWorkSchema>

/** Only the structures that are not field operations: those derive from the field operations. */
export const storedStructureSchema = structureSchema
export type StoredStructure = z.infer<typeof storedStructureSchema>

export const storedReleaseSchema = releaseSchema
  .omit({ sources: true, fieldsOfWork: true, states: true, fieldOperations: true, author: true })
  .extend({
    sourceIds: z.array(z.string()),
    fieldOfWorkIds: z.array(z.string()),
    stateIds: z.array(z.string()),
    fieldOperationIds: z.array(z.string()),
    authorId: z.string(),
  })
export type StoredRelease = z.infer<typeof storedReleaseSchema>
