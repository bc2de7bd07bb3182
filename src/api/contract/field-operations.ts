import { z } from 'zod'
import { idSchema, listQuerySchema, optionalText, pageSchema, refSchema, requiredText, versionSchema } from './common'

export const fieldOperationTypes = [
  'mission',
  'presence',
  'centre',
  'office',
  'programme office',
  'project co-ordinator',
] as const
export const fieldOperationTypeSchema = z.enum(fieldOperationTypes, { error: 'Choose a type' })

export const operationStatuses = ['active', 'closed'] as const
export const operationStatusSchema = z.enum(operationStatuses)

export const operationYearSchema = z.coerce
  .number({ error: 'Enter a year' })
  .int('Enter a whole year')
  .min(1973)
  .max(2100)

const fieldOperationFieldsSchema = z.object({
  name: requiredText('Name', 150),
  type: fieldOperationTypeSchema,
  location: requiredText('Location', 100),
  hostStateId: idSchema.nullable().describe('Null where there is no host State (Mission in Kosovo)'),
  head: optionalText('Head', 150),
  opened: operationYearSchema,
  closed: operationYearSchema
    .nullable()
    .describe(
      'The year it closed; null while active. A year closes it; null reopens a closed one (admins, on its version).',
    ),
})

export const closedBeforeOpenedMessage = 'The year closed cannot be before the year opened'
const closedAfterOpened = (value: { opened: number; closed: number | null }) =>
  value.closed === null || value.closed >= value.opened
const closedRule = { path: ['closed'], message: closedBeforeOpenedMessage }

export const fieldOperationInputSchema = fieldOperationFieldsSchema
  .refine(closedAfterOpened, closedRule)
  .meta({ id: 'FieldOperationInput' })
export type FieldOperationInput = z.infer<typeof fieldOperationInputSchema>

/** A change carries the version it was based on: a stale one answers 409. */
export const fieldOperationPatchSchema = fieldOperationFieldsSchema
  .extend({ version: versionSchema })
  .refine(closedAfterOpened, closedRule)
  .meta({ id: 'FieldOperationPatch' })
export type FieldOperationPatch = z.input<typeof fieldOperationPatchSchema>

export const fieldOperationSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    type: fieldOperationTypeSchema,
    location: z.string(),
    hostState: refSchema.nullable(),
    head: z.string().nullable(),
    opened: z.number().int(),
    status: operationStatusSchema,
    closed: z.number().int().nullable(),
    version: versionSchema,
  })
  .meta({ id: 'FieldOperation' })
export type FieldOperation = z.infer<typeof fieldOperationSchema>

export const fieldOperationListQuerySchema = listQuerySchema({
  sortKeys: ['name', 'type', 'location', 'opened'],
  defaultSort: 'name',
  maxPageSize: 500,
  defaultPageSize: 100,
  filters: { status: operationStatusSchema.optional() },
})
export type FieldOperationListQuery = z.input<typeof fieldOperationListQuerySchema>

export const fieldOperationPageSchema = pageSchema(fieldOperationSchema)
