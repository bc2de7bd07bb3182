import { z } from 'zod'
import { refSchema } from './common'

/**
 * Reports (issue #5). Every figure counts releases that are published now: a withdrawn
 * release is off the public page, so it leaves the reports too (decision 0007).
 */
export const reportMonthsQuerySchema = z.object({
  months: z.coerce
    .number({ error: 'Months must be a number' })
    .int('Months must be a whole number')
    .min(1, 'Months must be 1 or more')
    .max(120, 'Months must be at most 120')
    .default(24)
    .meta({ description: 'How many calendar months (UTC), up to and including the current one.' }),
})
export type ReportMonthsQuery = z.input<typeof reportMonthsQuerySchema>

/** A calendar month in UTC, as YYYY-MM. */
export const reportMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'A month is YYYY-MM')

export const publishedPerMonthSchema = z
  .object({ items: z.array(z.object({ month: reportMonthSchema, count: z.number().int().min(0) })) })
  .meta({
    id: 'PublishedPerMonth',
    description: 'Releases published in each of the last N months (oldest first, months without any included)',
  })
export type PublishedPerMonth = z.infer<typeof publishedPerMonthSchema>

export const perFieldOperationSchema = z
  .object({ items: z.array(z.object({ fieldOperation: refSchema, count: z.number().int().min(0) })) })
  .meta({ id: 'PerFieldOperation', description: 'Published releases assigned to each field operation (most first)' })
export type PerFieldOperation = z.infer<typeof perFieldOperationSchema>

export const perFieldOfWorkSchema = z
  .object({ items: z.array(z.object({ fieldOfWork: refSchema, count: z.number().int().min(0) })) })
  .meta({ id: 'PerFieldOfWork', description: 'Published releases in each field of work (most first)' })
export type PerFieldOfWork = z.infer<typeof perFieldOfWorkSchema>

export const reviewTurnaroundSchema = z
  .object({
    items: z.array(
      z.object({
        month: reportMonthSchema,
        /** Null in a month without approvals. */
        medianHours: z.number().min(0).nullable(),
        count: z.number().int().min(0),
      }),
    ),
  })
  .meta({
    id: 'ReviewTurnaround',
    description: 'Median hours from a submission to its approval, per month of approval (oldest first)',
  })
export type ReviewTurnaround = z.infer<typeof reviewTurnaroundSchema>

/** One language's row of the translation turnaround report. */
export const translationTurnaroundItemSchema = z.object({
  language: z.string().meta({
    description:
      'The code of the language the translations are in (GET /languages names it). A language is listed when a translation into it was published in the period or an original published in the period lacks one.',
  }),
  count: z.number().int().min(0).meta({
    description:
      'Translations into this language first published in the period and published now (a withdrawn one is not counted).',
  }),
  medianHours: z.number().min(0).nullable().meta({
    description:
      "The median of those translations' turnarounds, in hours (one decimal): the time from their original's first publication to their own first publication. Null when none was published in the period.",
  }),
  p90Hours: z.number().min(0).nullable().meta({
    description:
      'The 90th percentile of the same turnarounds, in hours (nearest rank: nine in ten translations were out within it). Null when none was published in the period.',
  }),
  missing: z.number().int().min(0).meta({
    description:
      'Originals in another language, first published in the period and published now, that have no translation into this language published now (none yet, or not yet published, or withdrawn).',
  }),
})
export type TranslationTurnaroundItem = z.infer<typeof translationTurnaroundItemSchema>

export const translationTurnaroundSchema = z
  .object({
    originals: z.number().int().min(0).meta({
      description:
        "Originals first published in the period and published now: what each language's `missing` is counted among.",
    }),
    items: z.array(translationTurnaroundItemSchema),
  })
  .meta({
    id: 'TranslationTurnaround',
    description:
      "Per language, over the last N calendar months (UTC): how many translations were published, how long after their original (median and 90th percentile, in hours), and how many originals published in the period still lack a published translation into it. A translation published before its original (or while its original has never been published) counts 0 hours: its readers did not wait. Most translations published first, then by the language's English name.",
  })
export type TranslationTurnaround = z.infer<typeof translationTurnaroundSchema>
