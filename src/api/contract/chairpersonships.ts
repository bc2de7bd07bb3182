import { z } from 'zod'
import { idSchema, listQuerySchema, pageSchema, patchFields, refSchema, requiredText, versionSchema } from './common'
import { patchDescription, patchVersion } from './reference-fields'

const chairInOfficeSchema = z.object({
  name: requiredText('Name', 120),
  title: requiredText('Title', 200),
})

const chairpersonshipFields = {
  year: z.coerce
    .number({ error: 'Year is required' })
    .int('Year must be a whole number')
    .min(1975, 'Year must be 1975 or later')
    .max(2100, 'Year must be 2100 or earlier')
    .meta({
      description:
        'One chairpersonship per year: a year another one has answers 422 with errors.year "There is already a chairpersonship for <year>".',
    }),
  stateId: z
    .string({ error: 'Choose the chairing State' })
    .min(1, 'Choose the chairing State')
    .max(100)
    .meta({
      description:
        'The chairing participating State. An id that is no State answers 422 with errors.stateId "Choose a participating State"; ' +
        'a Partner for Co-operation, "<name> is a Partner for Co-operation, not a participating State".',
    }),
  chairInOffice: chairInOfficeSchema,
}

export const chairpersonshipInputSchema = z.object(chairpersonshipFields).meta({ id: 'ChairpersonshipInput' })
export type ChairpersonshipInput = z.infer<typeof chairpersonshipInputSchema>

/** A change names only the fields it changes (in chairInOffice too) and the version it was based on. */
export const chairpersonshipPatchSchema = z
  .object({
    ...patchFields(chairpersonshipFields),
    chairInOffice: chairInOfficeSchema
      .partial()
      .optional()
      .meta({ description: 'Its name or title, or both: one not sent keeps its value.' }),
    ...patchVersion,
  })
  .meta({ id: 'ChairpersonshipPatch', description: patchDescription('chairpersonship') })
export type ChairpersonshipPatch = z.input<typeof chairpersonshipPatchSchema>

export const chairpersonshipSchema = z
  .object({
    id: idSchema,
    year: z.number().int(),
    state: refSchema,
    chairInOffice: z.object({ name: z.string(), title: z.string() }),
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
