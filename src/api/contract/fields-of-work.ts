import { z } from 'zod'
import { idSchema, listQuerySchema, pageSchema, patchFields, requiredText, versionSchema } from './common'
import { patchDescription, patchVersion, uniqueNameRule } from './reference-fields'

const fieldOfWorkFields = {
  name: requiredText('Name', 100, uniqueNameRule('field of work')),
}

export const fieldOfWorkInputSchema = z.object(fieldOfWorkFields).meta({ id: 'FieldOfWorkInput' })
export type FieldOfWorkInput = z.infer<typeof fieldOfWorkInputSchema>

/** A change names only the fields it changes and the version it was based on. */
export const fieldOfWorkPatchSchema = z
  .object({ ...patchFields(fieldOfWorkFields), ...patchVersion })
  .meta({ id: 'FieldOfWorkPatch', description: patchDescription('field of work') })
export type FieldOfWorkPatch = z.input<typeof fieldOfWorkPatchSchema>

export const fieldOfWorkSchema = z
  .object({ name: z.string(), id: idSchema, version: versionSchema })
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
