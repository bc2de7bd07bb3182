import { z } from 'zod'
import { requiredText, versionSchema } from './common'

/**
 * A character that `requiredText` keeps: neither white space (what trim removes, as `\s` in
 * ECMAScript) nor a bidi control (removed first). A required line must hold one, so a blank
 * name is refused by the document's pattern, not only by the server.
 */
export const notBlankPattern = '[^\\s\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]'

/** One required line of text, with its "not blank" rule in the document too, and any other rule of the field. */
export const requiredLine = (label: string, max: number, rule = '') =>
  requiredText(label, max).meta({
    pattern: notBlankPattern,
    description: `Trimmed, bidi controls removed; blank answers 422 "${label} is required". ${rule}`.trim(),
  })

/** The rule of a name that no two records share, as the server words its refusal. */
export const uniqueNameRule = (what: string) =>
  `Unique, ignoring case and accents: a name another ${what} has answers 422 with errors.name "Another ${what} is already called <name>".`

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T

/**
 * The fields of a PATCH body, from the input's: each optional and without its default, so a
 * field not sent is not changed (the releases' `patchShape` does the same).
 */
export const patchFields = <S extends z.ZodRawShape>(shape: S) =>
  Object.fromEntries(
    Object.entries(shape).map(([key, field]) => [
      key,
      (field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType)).optional(),
    ]),
  ) as unknown as { [K in keyof S]: z.ZodOptional<WithoutDefault<S[K]>> }

/** What every reference PATCH means, for its schema's description. */
export const patchDescription = (what: string) =>
  `A change to a ${what}: only the fields it names change, and null clears a field that may be null. ` +
  '`version` is the version it was based on: a stale one answers 409 with `currentVersion`. ' +
  'The record after the change must meet the same rules as a new one (422 otherwise, on the field). ' +
  'A change that names no field writes nothing: it answers the record as it is, version unchanged.'

export const patchVersion = { version: versionSchema }
