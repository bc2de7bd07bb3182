import { z } from 'zod'
import { releaseStatusSchema } from './release-status'

/** Opaque identifiers: the client never builds or parses them. */
export const idSchema = z.string().min(1).max(100)

/** A calendar date without time, as in a dateline: 2024-06-26. */
export const isoDateSchema = z.iso.date({ error: 'Enter a date as YYYY-MM-DD' })
export const isoDateTimeSchema = z.iso.datetime({ offset: true })

/** Every stored entity carries a version that changes on every write (optimistic concurrency). */
export const versionSchema = z.number().int().min(1)

/** A reference to another entity, resolved by the server at read time so renames show everywhere. */
export const refSchema = z
  .object({ id: idSchema, name: z.string() })
  .meta({ id: 'Ref', description: 'A reference to another entity, with its current name.' })
export type Ref = z.infer<typeof refSchema>

/**
 * How long a text is by the contract's rule: in code points, so an emoji counts once. zod's
 * `max` on strings counts the same way; forms show this number beside a field's limit.
 */
export const textLength = (text: string): number => [...text].length

/**
 * The bidirectional controls (embeddings, overrides, isolates, LRM/RLM, ALM). In one line of
 * text they only reorder what is shown: a right-to-left override in a title would reverse the
 * app's own words around it wherever the title is quoted.
 */
const bidiControls = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g
export const stripBidiControls = (text: string): string => text.replace(bidiControls, '')

/**
 * One line a person types (a title, a name, a place): bidi controls are removed rather than
 * refused (they are invisible, so a refusal could not say what to fix), then it is trimmed.
 * Multi-line text (summaries, comments) keeps them and is isolated where it is shown.
 */
export const singleLineText = (options?: { error?: string }) => z.string(options).overwrite(stripBidiControls).trim()

/**
 * What a required line must contain: a character that is neither white space nor a bidi
 * control, as the API document's pattern (a blank title is missing, however long).
 */
export const visibleTextPattern = '[^\\s\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]'

/**
 * One required line of text; an empty string counts as missing, and so does one of white space
 * only. `rule` names what else the server holds it to (uniqueness), for the API document.
 */
export const requiredText = (label: string, max: number, rule = '') =>
  singleLineText({ error: `${label} is required` })
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max} characters`)
    .meta({
      pattern: visibleTextPattern,
      description:
        `Trimmed, bidi controls removed; blank answers 422 "${label} is required". At most ${max} characters (code points). ${rule}`.trim(),
    })

/** One optional line of text (null when left empty). */
export const optionalText = (label: string, max: number) =>
  singleLineText().max(max, `${label} must be at most ${max} characters`).nullable()

/**
 * The shape of every list answer, named after its item (StatePage) so that generated clients
 * get one type per list rather than an inline object each time.
 */
export const pageSchema = <T extends z.ZodType, Extra extends z.ZodRawShape = Record<never, never>>(
  item: T,
  id = `${z.globalRegistry.get(item)?.id ?? 'Item'}Page`,
  extra?: Extra,
) =>
  z
    .object({
      items: z.array(item),
      total: z.number().int().min(0).meta({ description: 'How many match, on every page.' }),
      page: z.number().int().min(1),
      pageSize: z.number().int().min(1),
      ...(extra as Extra),
    })
    .meta({ id, description: 'One page of a list (see Paging).' })
export type Page<T> = { items: T[]; total: number; page: number; pageSize: number }

/**
 * Builds the query schema of a list endpoint: paging, a sort key (prefix "-" for
 * descending) from a fixed set, free text, and the resource's own filters.
 * Query strings arrive as text, so numbers are coerced.
 */
export const listQuerySchema = <const S extends readonly [string, ...string[]], F extends z.ZodRawShape>(options: {
  sortKeys: S
  defaultSort: S[number] | `-${S[number]}`
  maxPageSize: number
  defaultPageSize: number
  filters: F
}) => {
  type Sort = S[number] | `-${S[number]}`
  const sortValues = options.sortKeys.flatMap((key) => [key, `-${key}`]) as [Sort, ...Sort[]]
  return z.object({
    page: z.coerce
      .number({ error: 'Page must be a number' })
      .int()
      .min(1, 'Page must be 1 or more')
      .default(1)
      .meta({ description: 'Which page, from 1 (see Paging). A page past the last answers no items.' }),
    pageSize: z.coerce
      .number({ error: 'Page size must be a number' })
      .int()
      .min(1, 'Page size must be 1 or more')
      .max(options.maxPageSize, `Page size must be at most ${options.maxPageSize}`)
      .default(options.defaultPageSize)
      .meta({ description: `Items per page, at most ${options.maxPageSize}.` }),
    sort: z
      .enum(sortValues, { error: `Sort must be one of: ${sortValues.join(', ')}` })
      .default(options.defaultSort as never)
      .meta({ description: 'The key to sort by; "-" before it for descending. Ties are broken by id.' }),
    q: singleLineText()
      .max(200, 'Search text must be at most 200 characters')
      .optional()
      .meta({ description: 'Free text (trimmed; case and accents ignored): see the operation for what it searches.' }),
    ...options.filters,
  })
}

/**
 * RFC 9457 problem details, with a message per invalid field. Open, as the RFC has it: a
 * problem may carry extension members; the ones this API uses are declared.
 */
export const problemSchema = z
  .looseObject({
    type: z.string().meta({ description: 'A URI naming the kind of problem, one per status.' }),
    title: z.string().meta({ description: 'A short summary of the kind of problem, for people.' }),
    status: z.number().int().min(400).max(599),
    detail: z.string().optional().meta({ description: 'What went wrong this time and what to do, for people.' }),
    errors: z.record(z.string(), z.string()).optional().meta({
      description:
        'On a 422: one message per invalid field, keyed by its path in the body (`dateline.place`, `sourceIds`), the query parameter or the header (`Idempotency-Key`); `_` for the body as a whole.',
    }),
    currentVersion: versionSchema
      .optional()
      .meta({ description: 'On a 409 for a stale version: the version the record has now.' }),
    currentStatus: releaseStatusSchema
      .optional()
      .meta({ description: 'On a refused step or edit of a release (403, 409): the status it has now.' }),
  })
  .meta({ id: 'Problem', description: 'application/problem+json (RFC 9457); every refusal answers one.' })
export type Problem = z.infer<typeof problemSchema>

/** Turns a zod error into the `errors` map of a 422: one message per field path. */
export const fieldErrors = (error: z.ZodError): Record<string, string> => {
  const errors: Record<string, string> = {}
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_'
    errors[path] ??= issue.message
  }
  return errors
}

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T

/**
 * The fields of a PATCH body, from the input's: each optional and without its default, so a
 * field not sent is not changed (every PATCH of the API).
 */
export const patchFields = <S extends z.ZodRawShape>(shape: S) =>
  Object.fromEntries(
    Object.entries(shape).map(([key, field]) => [
      key,
      (field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType)).optional(),
    ]),
  ) as unknown as { [K in keyof S]: z.ZodOptional<WithoutDefault<S[K]>> }
