import { z } from 'zod'
import {
  chairpersonshipSchema,
  fieldOfWorkSchema,
  fieldOperationSchema,
  languageSchema,
  stateSchema,
  historyEntrySchema,
  notificationSchema,
  commentSchema,
  releaseSchema,
  structureSchema,
  userSchema,
} from '../../src/api/contract'

/**
 * What the storage keeps, in both homes of the core (decision 0021): the mock's collections
 * and the server's tables hold exactly these records. Records hold the ids of what they reference; the
 * handlers resolve them to `{ id, name }` refs when they answer, so a rename shows
 * everywhere at once. Built from the contract's response schemas so they cannot drift.
 * A reference resource stored as the contract answers it (states, fields of work, languages)
 * is stored with the contract's schema (`storedSchemas`).
 */
export const storedUserSchema = userSchema
export type StoredUser = z.infer<typeof storedUserSchema>

export const storedSessionSchema = z.object({
  token: z.string().min(1),
  userId: z.string(),
  createdAt: z.string(),
})
export type StoredSession = z.infer<typeof storedSessionSchema>

export const storedChairpersonshipSchema = chairpersonshipSchema.omit({ state: true }).extend({ stateId: z.string() })
export type StoredChairpersonship = z.infer<typeof storedChairpersonshipSchema>

/** `status` is not stored: it derives from `closed`. */
export const storedFieldOperationSchema = fieldOperationSchema.omit({ hostState: true, status: true }).extend({
  hostStateId: z.string().nullable(),
  // Absent in records stored before working languages were kept (issue #15): then English only.
  languageCodes: fieldOperationSchema.shape.languageCodes.optional(),
})
export type StoredFieldOperation = z.infer<typeof storedFieldOperationSchema>

/** Only the structures that are not field operations: those derive from the field operations. */
export const storedStructureSchema = structureSchema
export type StoredStructure = z.infer<typeof storedStructureSchema>

/** `allowedActions` is not stored: it depends on who asks (workflow.ts computes it per request). */
export const storedReleaseSchema = releaseSchema
  .omit({
    sources: true,
    fieldsOfWork: true,
    states: true,
    fieldOperations: true,
    author: true,
    contentEditedBy: true,
    updatedBy: true,
    allowedActions: true,
    stale: true,
    versions: true,
  })
  .extend({
    sourceIds: z.array(z.string()),
    fieldOfWorkIds: z.array(z.string()),
    stateIds: z.array(z.string()),
    fieldOperationIds: z.array(z.string()),
    authorId: z.string(),
    // Who made the last editorial change; absent in records stored before it was kept (then: its author).
    updatedById: z.string().optional(),
    // Absent until the first change of metadata, and in records stored before it existed.
    metadataUpdatedAt: releaseSchema.shape.metadataUpdatedAt.optional(),
    // Who changed its content last; absent in records stored before it was kept (then: its author).
    contentEditedById: z.string().optional(),
    // Absent in records stored before it was kept: then read from the seed's history.
    changesRequestedAt: z.string().optional(),
    // Absent in records stored before language versions (decision 0020): originals, at revision 0.
    originalId: z.string().nullable().optional(),
    contentRevision: z.number().int().optional(),
    basedOn: releaseSchema.shape.basedOn.optional(),
  })
export type StoredRelease = z.infer<typeof storedReleaseSchema>

/** Append-only: no endpoint changes or deletes an entry. */
export const storedHistoryEntrySchema = historyEntrySchema
  .omit({ actor: true })
  .extend({ releaseId: z.string(), actorId: z.string().nullable() })
export type StoredHistoryEntry = z.infer<typeof storedHistoryEntrySchema>

/** Plain text, never HTML: the UI renders it as text. */
export const storedCommentSchema = commentSchema
  .omit({ author: true })
  .extend({ releaseId: z.string(), authorId: z.string() })
export type StoredComment = z.infer<typeof storedCommentSchema>

/** One per recipient; only `read` ever changes. */
export const storedNotificationSchema = notificationSchema
  .omit({ release: true, actor: true })
  .extend({ recipientId: z.string(), releaseId: z.string(), actorId: z.string().nullable() })
export type StoredNotification = z.infer<typeof storedNotificationSchema>

/**
 * The first success of a write sent with an Idempotency-Key (decision 0011), kept in the same
 * transaction as the write (0014) so that it survives a reload with it. `id` is the key's
 * scope (session, method, path, key); `fingerprint` a hash of the body it was sent with.
 */
export const storedIdempotencyRecordSchema = z.object({
  id: z.string(),
  fingerprint: z.string(),
  status: z.number().int(),
  headers: z.array(z.tuple([z.string(), z.string()])),
  body: z.string(),
  at: z.string(),
})
export type StoredIdempotencyRecord = z.infer<typeof storedIdempotencyRecordSchema>

/** Every stored collection and the schema of its records, in one place (decision 0021). */
export const storedSchemas = {
  users: storedUserSchema,
  sessions: storedSessionSchema,
  states: stateSchema,
  chairpersonships: storedChairpersonshipSchema,
  fieldOperations: storedFieldOperationSchema,
  fieldsOfWork: fieldOfWorkSchema,
  languages: languageSchema,
  structures: storedStructureSchema,
  releases: storedReleaseSchema,
  history: storedHistoryEntrySchema,
  comments: storedCommentSchema,
  notifications: storedNotificationSchema,
  idempotencyRecords: storedIdempotencyRecordSchema,
}
export type CollectionName = keyof typeof storedSchemas
export type StoredRecordOf<N extends CollectionName> = z.infer<(typeof storedSchemas)[N]>
export const collectionNames = Object.keys(storedSchemas) as CollectionName[]
