import { z } from 'zod'
import { idSchema, listQuerySchema, pageSchema, requiredText, versionSchema } from './common'

export const fieldOfWorkInputSchema = z
  .object({ name: requiredText('Name', 100) })
  .meta({ id: 'FieldOfWorkInput' })
export type FieldOfWorkInput = z.infer<typeof fieldOfWorkInputSchema>

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
