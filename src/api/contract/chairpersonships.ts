import { z } from 'zod'
import { idSchema, listQuerySchema, pageSchema, refSchema, requiredText, versionSchema } from './common'

const chairInOfficeSchema = z.object({
  name: requiredText('Name', 120),
  title: requiredText('Title', 200),
})

export const chairpersonshipInputSchema = z
  .object({
    year: z.coerce
      .number({ error: 'Year is required' })
      .int('Year must be a whole number')
      .min(1975, 'Year must be 1975 or later')
      .max(2100, 'Year must be 2100 or earlier'),
    stateId: z
      .string({ error: 'Choose the chairing State' })
      .min(1, 'Choose the chairing State')
      .max(100)
      .describe('The chairing participating State'),
    chairInOffice: chairInOfficeSchema,
  })
  .meta({ id: 'ChairpersonshipInput' })
export type ChairpersonshipInput = z.infer<typeof chairpersonshipInputSchema>

/** A change carries the version it was based on: a stale one answers 409. */
export const chairpersonshipPatchSchema = chairpersonshipInputSchema
  .extend({ version: versionSchema })
  .meta({ id: 'ChairpersonshipPatch' })
export type ChairpersonshipPatch = z.input<typeof chairpersonshipPatchSchema>

export const chairpersonshipSchema = z
  .object({
    id: idSchema,
    year: z.number().int(),
    state: refSchema,
    chairInOffice: chairInOfficeSchema,
    version: versionSchema,
  })
  .meta({ id: 'Chairpersonship' })
export type Chairpersonship = z.infer<typeof chairpersonshipSchema>

export const chairpersonshipListQuerySchema = listQuerySchema({
  sortKeys: ['year'],
  defaultSort: 'year',
  maxPageSize: 500,
  defaultPageSize: 100,
  filters: {},
})
export type ChairpersonshipListQuery = z.input<typeof chairpersonshipListQuerySchema>

export const chairpersonshipPageSchema = pageSchema(chairpersonshipSchema)
