import { z } from 'zod'
import { idSchema, listQuerySchema, pageSchema, versionSchema } from './common'

export const structureKinds = ['chairpersonship', 'secretariat', 'institution', 'field-operation', 'other'] as const
export const structureKindSchema = z.enum(structureKinds)
export type StructureKind = z.infer<typeof structureKindSchema>

/**
 * What a release can name as its source. Field operations are structures too: the
 * server derives those from the field operations, so a renamed operation is renamed here.
 */
export const structureSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    kind: structureKindSchema,
    /** How a release names it: "OSCE Programme Office in Dushanbe". */
    sourceName: z.string(),
    version: versionSchema,
  })
  .meta({ id: 'Structure' })
export type Structure = z.infer<typeof structureSchema>

export const structureListQuerySchema = listQuerySchema({
  sortKeys: ['name', 'kind'],
  defaultSort: 'name',
  maxPageSize: 500,
  defaultPageSize: 100,
  filters: { kind: structureKindSchema.optional().meta({ description: 'Only the structures of this kind.' }) },
})
export type StructureListQuery = z.input<typeof structureListQuerySchema>

export const structurePageSchema = pageSchema(structureSchema)
