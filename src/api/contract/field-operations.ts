import { z } from 'zod'
import {
  idSchema,
  listQuerySchema,
  optionalText,
  pageSchema,
  patchFields,
  refSchema,
  requiredText,
  versionSchema,
} from './common'
import { languageCodeSchema } from './languages'
import { patchDescription, patchVersion, uniqueNameRule } from './reference-fields'

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

export const closedBeforeOpenedMessage = 'The year closed cannot be before the year opened'

/** What an operation that names no working languages (one stored before they were kept) works in. */
export const defaultLanguageCodes = ['en']
export const duplicateLanguageMessage = 'Name each language once'
export const noLanguageMessage = 'Choose at least one language'
/** The server's refusal of codes that no language of GET /languages has: "Unknown language: xx, yy". */
export const unknownLanguageMessage = (codes: readonly string[]) => `Unknown language: ${codes.join(', ')}`

const languageCodesDescription =
  'The languages it publishes in, by code (`GET /languages`), in the order its pages offer them. ' +
  `At least one (else 422 with errors.languageCodes "${noLanguageMessage}"), each once (else "${duplicateLanguageMessage}"); ` +
  `a code no language has answers 422 with errors.languageCodes "${unknownLanguageMessage(['<codes>'])}". ` +
  'A malformed code answers 422 on its element (errors["languageCodes.1"]). ' +
  'A new operation’s body may leave it out, as clients written before it existed do: it then works in English.'

const languageCodesSchema = z
  .array(languageCodeSchema, { error: 'Choose the languages' })
  .min(1, noLanguageMessage)
  .refine((codes) => new Set(codes).size === codes.length, duplicateLanguageMessage)

const fieldOperationFields = {
  name: requiredText('Name', 150, uniqueNameRule('field operation')),
  type: fieldOperationTypeSchema,
  location: requiredText('Location', 100),
  hostStateId: idSchema.nullable().meta({
    description:
      'The host State; null where there is none (Mission in Kosovo). An id that is no State answers 422 with errors.hostStateId "Choose a host State from the list".',
  }),
  head: optionalText('Head', 150),
  opened: operationYearSchema,
  closed: operationYearSchema.nullable().meta({
    description:
      'The year it closed; null while active. A year closes it; null reopens a closed one (admins, on its version). ' +
      `A year before \`opened\` answers 422 with errors.closed "${closedBeforeOpenedMessage}".`,
  }),
  // The description on the inner schema: a PATCH (patchFields) takes that one, without the default.
  languageCodes: languageCodesSchema
    .meta({ description: languageCodesDescription })
    .default(() => [...defaultLanguageCodes]),
}

const closedAfterOpened = (value: { opened: number; closed: number | null }) =>
  value.closed === null || value.closed >= value.opened
const closedRule = { path: ['closed'], message: closedBeforeOpenedMessage }

export const fieldOperationInputSchema = z
  .object(fieldOperationFields)
  .refine(closedAfterOpened, closedRule)
  .meta({ id: 'FieldOperationInput' })
export type FieldOperationInput = z.infer<typeof fieldOperationInputSchema>

/**
 * A change names only the fields it changes and the version it was based on. Whether the year
 * closed follows the year opened is a rule of the record after the change, which the server checks.
 */
export const fieldOperationPatchSchema = z
  .object({ ...patchFields(fieldOperationFields), ...patchVersion })
  .meta({ id: 'FieldOperationPatch', description: patchDescription('field operation') })
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
    languageCodes: z.array(z.string()).meta({
      description: `The codes of the languages it publishes in (\`GET /languages\` names them), in order; ${JSON.stringify(defaultLanguageCodes)} for one whose languages were never named.`,
    }),
    version: versionSchema,
  })
  .meta({ id: 'FieldOperation' })
export type FieldOperation = z.infer<typeof fieldOperationSchema>

export const fieldOperationListQuerySchema = listQuerySchema({
  sortKeys: ['name', 'type', 'location', 'opened'],
  defaultSort: 'name',
  maxPageSize: 500,
  defaultPageSize: 100,
  filters: {
    status: operationStatusSchema.optional().meta({ description: 'Only the active, or only the closed, operations.' }),
  },
})
export type FieldOperationListQuery = z.input<typeof fieldOperationListQuerySchema>

export const fieldOperationPageSchema = pageSchema(fieldOperationSchema)
