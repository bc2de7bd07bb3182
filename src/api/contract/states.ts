// The package's code table alone: its entry point adds name lookups (and their diacritics
// table) that the contract does not use, three times the bytes in every page's first load.
import isoCodes from 'i18n-iso-countries/codes.json'
import { z } from 'zod'
import { idSchema, listQuerySchema, optionalText, pageSchema, patchFields, requiredText, versionSchema } from './common'
import { patchDescription, patchVersion, uniqueNameRule } from './reference-fields'

export const stateKinds = ['participating-state', 'asian-partner', 'mediterranean-partner'] as const
export const stateKindSchema = z.enum(stateKinds, { error: 'Choose a kind' })
export type StateKind = z.infer<typeof stateKindSchema>

/** ISO 3166-1 alpha-2 codes, and each alpha-3 code's alpha-2 (for "TUR is TR"). */
const alpha2Codes = new Set(isoCodes.map(([alpha2]) => alpha2))
const alpha2OfAlpha3 = new Map(isoCodes.map(([alpha2, alpha3]) => [alpha3, alpha2]))

const twoLettersMessage = 'ISO code must be two letters (ISO 3166-1 alpha-2)'
const iso2FormatSchema = z
  .string({ error: 'ISO code is required' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, twoLettersMessage)

/**
 * What a person may enter: a code of the ISO 3166-1 list (i18n-iso-countries' table), so "tur" is
 * refused, naming the two-letter code it stands for, instead of being cut to "TU". Records
 * the server sends are only held to the format, so a code the list lacks cannot break a page.
 */
export const iso2InputSchema = z
  .string({ error: 'ISO code is required' })
  .trim()
  .toUpperCase()
  .superRefine((code, context) => {
    const message = isoCodeProblem(code)
    if (message) context.addIssue({ code: 'custom', message })
  })
  // The API document states the format, in either case as the server takes it; the list
  // itself is beyond a pattern, so the description names its message.
  .meta({
    pattern: '^[A-Za-z]{2}$',
    description:
      'An ISO 3166-1 alpha-2 code, in either case; stored (and answered) in upper case. ' +
      'A code that is not on the ISO 3166-1 list answers 422 with errors.iso2 "<CODE> is not a country code of ISO 3166-1"; ' +
      'one another State or Partner uses, "Another state already uses <CODE>".',
  })

function isoCodeProblem(code: string): string | null {
  const alpha2 = alpha2OfAlpha3.get(code)
  if (alpha2) return `Use the two-letter code: ${code} is ${alpha2}`
  if (!/^[A-Z]{2}$/.test(code)) return twoLettersMessage
  if (!alpha2Codes.has(code)) return `${code} is not a country code of ISO 3166-1`
  return null
}

const stateFields = {
  name: requiredText('Name', 100, uniqueNameRule('state')),
  iso2: iso2InputSchema,
  kind: stateKindSchema,
  /** The capital, suggested as a dateline place. */
  capital: optionalText('Capital', 100)
    .meta({ description: 'The capital, suggested as a dateline place; null when none.' })
    .default(null),
}

export const stateInputSchema = z.object(stateFields).meta({ id: 'StateInput' })
export type StateInput = z.infer<typeof stateInputSchema>

/** A change names only the fields it changes (null clears the capital) and the version it was based on. */
export const statePatchSchema = z
  .object({ ...patchFields(stateFields), ...patchVersion })
  .meta({ id: 'StatePatch', description: patchDescription('State or Partner') })
export type StatePatch = z.input<typeof statePatchSchema>

/** Answers are not held to the input's rules (a record written under older ones still reads). */
export const stateSchema = z
  .object({
    name: z.string(),
    iso2: iso2FormatSchema,
    kind: stateKindSchema,
    capital: z.string().nullable().meta({ description: 'The capital, suggested as a dateline place; null when none.' }),
    id: idSchema,
    version: versionSchema,
  })
  .meta({ id: 'State', description: 'A participating State or a Partner for Co-operation' })
export type State = z.infer<typeof stateSchema>

export const stateListQuerySchema = listQuerySchema({
  sortKeys: ['name', 'iso2', 'kind'],
  defaultSort: 'name',
  maxPageSize: 500,
  defaultPageSize: 100,
  filters: { kind: stateKindSchema.optional().meta({ description: 'Only the States (or Partners) of this kind.' }) },
})
export type StateListQuery = z.input<typeof stateListQuerySchema>

export const statePageSchema = pageSchema(stateSchema)
