import { z } from 'zod'
import { idSchema, listQuerySchema, pageSchema, patchFields, requiredText, versionSchema } from './common'
import { patchDescription, patchVersion, uniqueNameRule } from './reference-fields'

const codeFormatMessage = 'Code must be a BCP 47 tag: two or three letters, then optionally a script (sr-Latn)'

/** "SR-latn" → "sr-Latn": the case BCP 47 recommends (language lower case, script title case). */
const canonicalCode = (code: string) => {
  const [language = '', script] = code.split('-')
  return script
    ? `${language.toLowerCase()}-${script.charAt(0).toUpperCase()}${script.slice(1).toLowerCase()}`
    : language.toLowerCase()
}

const codeDescription =
  'A BCP 47 language tag: an ISO 639 language subtag of two or three letters, optionally followed by an ISO 15924 script subtag (`ru`, `cnr`, `sr-Latn`). Taken in either case, answered in BCP 47’s (language lower case, script title case).'

/**
 * A language as releases and field operations name it: a BCP 47 tag of a language subtag (ISO
 * 639, two or three letters) and optionally a script subtag (ISO 15924), the value a page's
 * `lang` attribute takes. Taken in either case and stored in BCP 47's (`sr-Latn`).
 */
export const languageCodeSchema = z
  .string({ error: 'Code is required' })
  .trim()
  .min(1, 'Code is required')
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z]{4})?$/, codeFormatMessage)
  .overwrite(canonicalCode)
  .meta({ description: codeDescription })
export type LanguageCode = z.infer<typeof languageCodeSchema>

/** The scripts a language may be written in (ISO 15924), with the names a person reads. */
export const languageScriptLabels = {
  Latn: 'Latin',
  Cyrl: 'Cyrillic',
  Grek: 'Greek',
  Armn: 'Armenian',
  Geor: 'Georgian',
} as const
export const languageScripts = Object.keys(languageScriptLabels) as [LanguageScript, ...LanguageScript[]]
export type LanguageScript = keyof typeof languageScriptLabels
export const languageScriptSchema = z.enum(languageScripts, { error: 'Choose a script' }).meta({
  description: `Its script, an ISO 15924 code: ${Object.entries(languageScriptLabels)
    .map(([code, label]) => `${code} (${label})`)
    .join(', ')}.`,
})

/** Why a PATCH may not name another code: releases and field operations refer to a language by it. */
export const languageCodeFixedMessage = 'A language’s code cannot change; add a new language instead'

const languageFields = {
  code: languageCodeSchema.meta({
    description: `${codeDescription} Unique, ignoring case: a code another language has answers 422 with errors.code "<Name> already uses <code>". It never changes: a PATCH naming another code answers 422 with errors.code "${languageCodeFixedMessage}".`,
  }),
  name: requiredText('Name', 100, `Its name in English. ${uniqueNameRule('language')}`),
  nativeName: requiredText('Native name', 100, 'Its name in itself, as its speakers write it: Русский, Shqip.'),
  script: languageScriptSchema,
  official: z
    .boolean({ error: 'Say whether it is an official language' })
    .default(false)
    .meta({ description: 'One of the OSCE’s six official languages; such a language cannot be deleted.' }),
}

export const languageInputSchema = z.object(languageFields).meta({ id: 'LanguageInput' })
export type LanguageInput = z.infer<typeof languageInputSchema>

/** A change names only the fields it changes and the version it was based on; the code stays. */
export const languagePatchSchema = z
  .object({ ...patchFields(languageFields), ...patchVersion })
  .meta({ id: 'LanguagePatch', description: patchDescription('language') })
export type LanguagePatch = z.input<typeof languagePatchSchema>

/** Answers are not held to the input's rules (a record written under older ones still reads). */
export const languageSchema = z
  .object({
    code: z.string().meta({ description: 'Its BCP 47 tag, the value of a `lang` attribute: `ru`, `sr-Latn`.' }),
    name: z.string().meta({ description: 'Its name in English.' }),
    nativeName: z.string().meta({ description: 'Its name in itself: Русский.' }),
    script: languageScriptSchema,
    official: z.boolean().meta({ description: 'One of the OSCE’s six official languages.' }),
    id: idSchema,
    version: versionSchema,
  })
  .meta({
    id: 'Language',
    description: 'A language the OSCE publishes in: its six official languages and its field operations’ languages.',
  })
export type Language = z.infer<typeof languageSchema>

export const languageListQuerySchema = listQuerySchema({
  sortKeys: ['name', 'code'],
  defaultSort: 'name',
  maxPageSize: 500,
  defaultPageSize: 100,
  filters: {},
})
export type LanguageListQuery = z.input<typeof languageListQuerySchema>

export const languagePageSchema = pageSchema(languageSchema)
