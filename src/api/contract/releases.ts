import { z } from 'zod'
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  listQuerySchema,
  pageSchema,
  patchFields,
  refSchema,
  requiredText,
  versionSchema,
} from './common'
import { languageCodeSchema } from './languages'
import { releaseStatuses, releaseStatusSchema, type ReleaseStatus } from './release-status'
import { releaseActionSchema, releaseContentSchema } from './workflow'

export const releaseTypes = ['press-release', 'news-item', 'statement'] as const
export const releaseTypeSchema = z.enum(releaseTypes, { error: 'Choose a type' })
export type ReleaseType = z.infer<typeof releaseTypeSchema>

// The statuses live beside the workflow (release-status.ts) so workflow.ts needs nothing from this file.
export { releaseStatuses, releaseStatusSchema, type ReleaseStatus } from './release-status'

/** Language versions come later; every release already says which one it is, by the language's code. */
const languageSchema = languageCodeSchema.meta({
  description:
    'The code of its language (GET /languages), a BCP 47 tag such as `en` or `sr-Latn`; English (`en`) when not given.',
})

const datelineInputSchema = z.object({
  place: requiredText('Place', 100),
  date: isoDateSchema,
})

/** One field an editor writes: as it is written (validated) and as a release answers it. */
const written = <Input extends z.ZodType, Answer extends z.ZodType>(input: Input, answer: Answer) => ({
  input,
  answer,
})
/** References are written as ids and answered under their own key as refs with each one's current name. */
const references = <Input extends z.ZodType, const Key extends string>(input: Input, answerKey: Key) => ({
  input,
  answer: z.array(refSchema),
  answerKey,
})

/**
 * The fields an editor writes, once: the input, the patch and the release are built from
 * this list. A default makes a field optional in the input; a patch has none, so that it
 * changes only what it names. Answers are not held to the input's rules: a record written
 * under older rules still reads.
 */
const releaseFields = {
  type: written(releaseTypeSchema, releaseTypeSchema),
  title: written(requiredText('Title', 200), z.string()),
  language: written(languageSchema.default('en'), z.string()),
  dateline: written(datelineInputSchema, z.object({ place: z.string(), date: isoDateSchema })),
  summary: written(z.string().trim().max(500, 'Summary must be at most 500 characters').default(''), z.string()),
  /** Rich text as HTML; the server sanitizes it. */
  body: written(z.string().max(200_000, 'Body is too long').default(''), z.string()),
  sourceIds: references(
    z.array(idSchema).min(1, 'Choose at least one source').meta({
      description: 'Ids of structures (GET /structures); an unknown one answers 422 "Unknown source: <ids>".',
    }),
    'sources',
  ),
  fieldOfWorkIds: references(
    z
      .array(idSchema)
      .meta({
        description: 'Ids of fields of work; an unknown one answers 422 "Unknown field of work: <ids>".',
      })
      .default([]),
    'fieldsOfWork',
  ),
  stateIds: references(
    z
      .array(idSchema)
      .meta({ description: 'Ids of States the release concerns; an unknown one answers 422 "Unknown state: <ids>".' })
      .default([]),
    'states',
  ),
}
type ReleaseFields = typeof releaseFields
type FieldKey = keyof ReleaseFields
const fieldEntries = Object.entries(releaseFields) as [FieldKey, ReleaseFields[FieldKey]][]

const inputShape = Object.fromEntries(fieldEntries.map(([key, field]) => [key, field.input])) as {
  [K in FieldKey]: ReleaseFields[K]['input']
}
type AnsweredAs<K extends FieldKey> = ReleaseFields[K] extends { answerKey: infer A extends string } ? A : K
const answerShape = Object.fromEntries(
  fieldEntries.map(([key, field]) => ['answerKey' in field ? field.answerKey : key, field.answer]),
) as { [K in FieldKey as AnsweredAs<K>]: ReleaseFields[K]['answer'] }

/** The original's content a translation was made from (or last brought up to date with), and its revision then. */
export const translationBasisSchema = releaseContentSchema
  .extend({ revision: z.number().int().min(0) })
  .meta({ id: 'TranslationBasis' })
export type TranslationBasis = z.infer<typeof translationBasisSchema>

/** One version of a release's family, as the family's other versions list it. */
export const releaseVersionSchema = z
  .object({
    id: idSchema,
    language: z.string(),
    title: z.string(),
    status: releaseStatusSchema,
    /** True on the family's original. */
    original: z.boolean(),
    stale: z.boolean(),
  })
  .meta({ id: 'ReleaseVersion' })
export type ReleaseVersion = z.infer<typeof releaseVersionSchema>

/** What an editor writes. Assignment to field operations and status changes have their own calls. */
export const releaseInputSchema = z.object(inputShape).meta({ id: 'ReleaseInput' })
export type ReleaseInput = z.input<typeof releaseInputSchema>

/** A change names only the fields it changes and the version it was based on: a stale one answers 409. */
export const releasePatchSchema = z
  .object(patchFields(inputShape))
  .extend({
    version: versionSchema,
    basedOnRevision: z.number().int().min(0).optional().meta({
      description:
        "On a translation: the original's `contentRevision` its translator has now brought it up to date with. It must be the original's revision now (else 409 with `originalRevision`); it is no longer stale, and needs a review as any change does. 422 on an original.",
    }),
  })
  .meta({ id: 'ReleasePatch' })
export type ReleasePatch = z.input<typeof releasePatchSchema>

/** A new language version of a release's family: a draft in that language, starting from the original's text. */
export const translationInputSchema = z.object({ language: languageSchema }).meta({
  id: 'TranslationInput',
  description:
    "The language of the new version (a code from GET /languages). The translation starts as a draft of the caller's, with the original's type, dateline, sources, fields of work, States and field operations, and the original's title, summary and body to translate over. Its dateline's place is written as the new language writes it where known (Dushanbe → Душанбе); the date stays.",
})
export type TranslationInput = z.input<typeof translationInputSchema>

export const releaseSchema = z
  .object({
    id: idSchema,
    ...answerShape,
    fieldOperations: z.array(refSchema),
    originalId: idSchema.nullable().meta({
      description:
        'The original release when this one is a translation of it (a language version); null on an original. A family is an original and its translations, one per language (POST /releases/{id}/translations).',
    }),
    contentRevision: z.number().int().min(0).meta({
      description:
        'How many times its title, summary or body changed since it was created: a translation made from revision n of its original is stale once the original is past n.',
    }),
    stale: z.boolean().meta({
      description:
        "A translation whose original's title, summary or body changed since it was made or last brought up to date (`basedOn.revision` is behind the original's `contentRevision`): it cannot be approved until its translator brings it up to date (PATCH with `basedOnRevision`) or a reviewer confirms it still correct (the `confirm-translation` transition). False on an original.",
    }),
    versions: z.array(releaseVersionSchema).meta({
      description:
        'Every version of its family, this one included: the original first, then its translations by language code. Lists leave it out.',
    }),
    /** On a translation: the original's content it was made from, or last brought up to date with. */
    basedOn: translationBasisSchema.nullable().meta({
      description:
        "On a translation, the original's revision and its title, summary and body as they were when the translation was made or last brought up to date (what changed in the original since is `basedOn` against the original now). Null on an original.",
    }),
    status: releaseStatusSchema,
    scheduledAt: isoDateTimeSchema.nullable(),
    publishedAt: isoDateTimeSchema.nullable(),
    /** When it was last submitted for review: how long it has waited in the queue. */
    submittedAt: isoDateTimeSchema.nullable(),
    /** When a reviewer last asked for changes; null when none did. The queue marks a release that came back. */
    changesRequestedAt: isoDateTimeSchema.nullable().meta({
      description:
        'When a reviewer last asked for changes to it; null when none did. In review, it means the release came back after a request.',
    }),
    author: refSchema,
    /** Who changed its title, summary or body last (a reviewer's correction in review included): four eyes applies to them too. */
    contentEditedBy: refSchema.meta({
      description:
        'Who changed its content last: its author, an admin, or a reviewer who corrected it in review. That person may not approve it (four eyes).',
    }),
    createdAt: isoDateTimeSchema,
    /** The editorial time: the last change of its content or status. Lists sort by it. */
    updatedAt: isoDateTimeSchema.meta({
      description:
        'The last change of its content or status (the editorial "last updated"); a change of metadata such as its field operations leaves it alone.',
    }),
    /** The last change of its metadata (field operations); null when never. A new version all the same. */
    metadataUpdatedAt: isoDateTimeSchema.nullable().meta({
      description:
        'The last change of its metadata (its field operations), which is a new version but not an editorial update; null when its metadata never changed.',
    }),
    /** Who made the last editorial change (content or status): "you, in another tab" or a colleague's name. */
    updatedBy: refSchema.meta({
      description:
        'Who made the last editorial change (of its content or status), at updatedAt; a change of metadata leaves it alone, and so does a scheduled publication, which nobody makes.',
    }),
    version: versionSchema,
    /** What the signed-in caller may do with it now (see workflow.ts). */
    allowedActions: z.array(releaseActionSchema).meta({
      description:
        'What the caller may do with it now (see Workflow): a client shows exactly these, so no button answers 403. Any other action answers 403 or 409.',
    }),
  })
  .meta({ id: 'Release' })
export type Release = z.infer<typeof releaseSchema>

/** One version of a family as a list row summarizes it: which language, how far along, whether it needs an update. */
export const releaseLanguageSummarySchema = z
  .object({
    id: idSchema,
    language: z.string(),
    status: releaseStatusSchema,
    stale: z.boolean(),
  })
  .meta({ id: 'ReleaseLanguageSummary' })
export type ReleaseLanguageSummary = z.infer<typeof releaseLanguageSummarySchema>

/**
 * Lists leave out the body, the translation's basis and the family: the heavy parts, which no
 * list shows. A family's list (`group=family`) adds the compact summary of its versions.
 */
export const releaseListItemSchema = releaseSchema
  .omit({ body: true, basedOn: true, versions: true })
  .extend({
    languages: z.array(releaseLanguageSummarySchema).optional().meta({
      description:
        'With `group=family` only: every version of the row’s family (whether it matches the filters or not), the original first, then its translations by language code, each with its language, status and whether it needs an update. Left out otherwise.',
    }),
  })
  .meta({ id: 'ReleaseListItem' })
export type ReleaseListItem = z.infer<typeof releaseListItemSchema>

/** The field operation filter's value for releases assigned to none (ids are never this word). */
export const noFieldOperation = 'none'

/**
 * The publication time: when a scheduled release goes out (`scheduledAt`) or a published one
 * went out (`publishedAt`); no other status has one. The sort key of that name puts releases
 * without it last in both directions, and the `publishFrom`/`publishTo` filters match only
 * releases that have it.
 */
export const releasePublicationKey = 'publication'

/** How a list may group releases: `family`, each family of language versions once (decision 0020). */
export const releaseListGroups = ['family'] as const
export type ReleaseListGroup = (typeof releaseListGroups)[number]

export const releaseSortKeys = [
  'dateline',
  'updatedAt',
  'title',
  'status',
  'submittedAt',
  'publishedAt',
  releasePublicationKey,
] as const

/** The separator of several codes in one query parameter (`language=en,fr`). */
export const languageCodeSeparator = ','

/**
 * One language code or several separated by commas (`en,fr`), each checked as a language's
 * code: answered as one string, each code in BCP 47's case, each once, in the order given.
 */
const languageCodesSchema = z
  .string()
  .superRefine((value, context) => {
    const codes = value.split(languageCodeSeparator)
    for (const code of codes) {
      const parsed = languageCodeSchema.safeParse(code)
      if (parsed.success) continue
      const message = parsed.error.issues[0]?.message ?? 'Not a language code'
      // With several codes, the message names the one at fault; one code answers as a code always has.
      context.addIssue({
        code: 'custom',
        message: codes.length > 1 && code.trim() ? `${code.trim()}: ${message}` : message,
      })
    }
  })
  .overwrite((value) => {
    const codes = value.split(languageCodeSeparator).map((code) => languageCodeSchema.safeParse(code).data ?? code)
    return [...new Set(codes)].join(languageCodeSeparator)
  })
  // What the checks above hold, said in the API document (a refinement has no JSON Schema of its own).
  .meta({ minLength: 1, pattern: '^[A-Za-z]{2,3}(-[A-Za-z]{4})?(,[A-Za-z]{2,3}(-[A-Za-z]{4})?)*$' })

export const releaseListQuerySchema = listQuerySchema({
  sortKeys: releaseSortKeys,
  defaultSort: '-updatedAt',
  maxPageSize: 100,
  defaultPageSize: 25,
  filters: {
    status: releaseStatusSchema.optional().meta({ description: 'Only releases in this status.' }),
    type: releaseTypeSchema.optional().meta({ description: 'Only releases of this type.' }),
    fieldOfWork: idSchema.optional().meta({ description: 'Only releases tagged with this field of work (its id).' }),
    state: idSchema.optional().meta({ description: 'Only releases that name this State (its id).' }),
    fieldOperation: idSchema.optional().meta({
      description: `A field operation's id, or "${noFieldOperation}" for the releases assigned to no field operation.`,
    }),
    source: idSchema.optional().meta({ description: 'Only releases with this source (a structure’s id).' }),
    author: idSchema.optional().meta({ description: 'Only releases written by this user (their id).' }),
    from: isoDateSchema.optional().meta({ description: 'Only releases whose dateline date is on or after this day.' }),
    to: isoDateSchema.optional().meta({ description: 'Only releases whose dateline date is on or before this day.' }),
    publishFrom: isoDateTimeSchema.optional().meta({
      description:
        'Only releases whose publication time (scheduledAt when scheduled, publishedAt when published) is at or after this instant.',
    }),
    publishTo: isoDateTimeSchema.optional().meta({
      description: 'Only releases whose publication time is before this instant (exclusive, so that ranges tile).',
    }),
    language: languageCodesSchema.optional().meta({
      description:
        'Only versions in one of these languages: one code from GET /languages, such as `ru`, or several separated by commas, `en,fr` (each in either case; a malformed one answers 422 naming `language`). With `group=family`: the families that have a version in one of them matching the other filters, each row being such a version (the original when it is one, else the first by language code).',
    }),
    missingLanguage: languageCodeSchema.optional().meta({
      description:
        'Only releases whose family has no version in this language (a code from GET /languages; a malformed code answers 422): what is still to be translated into it.',
    }),
    group: z
      .enum(releaseListGroups, { error: `Group must be one of: ${releaseListGroups.join(', ')}` })
      .optional()
      .meta({
        description:
          '`family`: each family of language versions once. The filters apply to versions and a family is in the list when any of its versions matches; its row is its representative, the original when it matches, else its first matching translation by language code; sort and paging are by the representative, and each row carries `languages`, the summary of every version of its family. The counts then count families (one with versions in two statuses counts in both). Without it, every version is its own row. The export lists versions either way.',
      }),
  },
})
export type ReleaseListQuery = z.input<typeof releaseListQuerySchema>

/**
 * How far the release list counts its matches when its filters ask more than a status: past
 * it, `total` is this and `totalCapped` is true (decision 0023). Counting every match of a
 * filter or a search took 110-160 ms at a million releases; counting this far takes a few.
 */
export const releaseTotalCap = 1000

export const releasePageSchema = pageSchema(releaseListItemSchema, 'ReleasePage', {
  total: z
    .number()
    .int()
    .min(0)
    .meta({
      description: `How many match, on every page: exactly when the filters ask at most \`status\`, else counted up to ${releaseTotalCap.toLocaleString('en')} (see \`totalCapped\`).`,
    }),
  totalCapped: z.boolean().meta({
    description: `True when more than ${releaseTotalCap.toLocaleString('en')} match and \`total\` says ${releaseTotalCap}: counting stopped there. The pages go on past it; GET /releases/counts counts every match per status.`,
  }),
})
export type ReleasePage = z.infer<typeof releasePageSchema>

/** The filters of the list without paging, sorting or status: what the per-status counts answer for. */
export const releaseCountsQuerySchema = releaseListQuerySchema.omit({
  page: true,
  pageSize: true,
  sort: true,
  status: true,
})
export type ReleaseCountsQuery = z.input<typeof releaseCountsQuerySchema>

/** Every status by name, so that generated clients keep the keys (a record keyed by an enum loses them). */
const countsShape = Object.fromEntries(releaseStatuses.map((status) => [status, z.number().int().min(0)])) as {
  [S in ReleaseStatus]: z.ZodNumber
}
export const releaseCountsSchema = z
  .object({
    counts: z.object(countsShape),
    total: z.number().int().min(0).meta({
      description:
        'How many match in any status: releases, or families with `group=family` (where a family with versions in two statuses counts in both statuses, so those may add up to more).',
    }),
  })
  .meta({ id: 'ReleaseCounts', description: 'How many releases of each status match the filters' })
export type ReleaseCounts = z.infer<typeof releaseCountsSchema>
