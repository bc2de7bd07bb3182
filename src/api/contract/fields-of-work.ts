import { z } from 'zod'
import { idSchema, listQuerySchema, pageSchema, requiredText, versionSchema } from './common'

export const fieldOfWorkInputSchema = z.object({ name: requiredText('Name', 100) }).meta({ id: 'FieldOfWorkInput' })
export type FieldOfWorkInput = z.infer<typeof fieldOfWorkInputSchema>

/** A change carries the version it was based on: a stale one answers 409. */
export const fieldOfWorkPatchSchema = fieldOfWorkInputSchema
  .extend({ version: versionSchema })
  .meta({ id: 'FieldOfWorkPatch' })
export type FieldOfWorkPatch = z.input<typeof fieldOfWorkPatchSchema>

export const fieldOfWorkSchema = fieldOfWorkInputSchema
  .extend({ id: idSchema, version: versionSchema })
  .meta({ id: 'FieldOfWork', description: 'A topic of the OSCE’s work, e.g. Border management' })
export type FieldOfWork = z.infer<typeof fieldOfWorkSchema>

export const fieldOfWorkListQuerySchema = listQuerySchema({
  sortKeys: ['name'],
  defaultSort: 'name',
  maxPageSize: 500,
  defaultPageSize: 100,
  filters: {},
})
export type FieldOfWorkListQuery = z.input<typeof fieldOfWorkListQuerySchema>

export const fieldOfWorkPageSchema = pageSchema(fieldOfWorkSchema)
