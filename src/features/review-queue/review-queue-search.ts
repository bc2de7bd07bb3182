import { z } from 'zod'
import { releaseListQuerySchema } from '../../api/contract'

// Each param is the contract's list query field: the queue's URL means what the API means.
const query = releaseListQuerySchema.shape

/** The queue's orders: by waiting time (submittedAt) or by dateline, either way. No release in review carries a requested publication time. */
export const reviewQueueSorts = ['submittedAt', '-submittedAt', 'dateline', '-dateline'] as const
type ReviewQueueSort = (typeof reviewQueueSorts)[number]
const isReviewQueueSort = (value: string): value is ReviewQueueSort => reviewQueueSorts.some((key) => key === value)

/** Left out of the URL when they have these values: the one waiting longest first, page 1. */
export const reviewQueueSearchDefaults = { page: 1, sort: 'submittedAt' } as const

/**
 * The review queue's view, forgiving as the releases list's (decision 0004): a value that
 * does not parse falls back to its default and the rest of the link still works.
 */
export const reviewQueueSearchSchema = z.object({
  page: query.page.catch(reviewQueueSearchDefaults.page),
  sort: query.sort
    .transform((value): ReviewQueueSort => (isReviewQueueSort(value) ? value : reviewQueueSearchDefaults.sort))
    .catch(reviewQueueSearchDefaults.sort),
  q: query.q.catch(undefined),
  type: query.type.catch(undefined),
  fieldOperation: query.fieldOperation.catch(undefined),
  source: query.source.catch(undefined),
  /** The languages a reviewer reviews, one code or several (`en,fr`): the queue lists versions, each in its own language. */
  language: query.language.catch(undefined),
})
export type ReviewQueueSearch = z.infer<typeof reviewQueueSearchSchema>
export type ReviewQueueFilters = Pick<ReviewQueueSearch, 'q' | 'type' | 'fieldOperation' | 'source' | 'language'>

export const noReviewQueueFilters = {
  q: undefined,
  type: undefined,
  fieldOperation: undefined,
  source: undefined,
  language: undefined,
}
export const hasReviewQueueFilters = (search: ReviewQueueFilters): boolean =>
  Object.keys(noReviewQueueFilters).some((key) => search[key as keyof ReviewQueueFilters] !== undefined)

/** A normal day fits on one page: the API's largest page (the contract's maxPageSize); paging only past it. */
export const reviewQueuePageSize = 100

/** The list query of the queue: releases in review, with the view's order and filters. */
export const reviewQueueQuery = (search: ReviewQueueSearch) =>
  ({ ...search, status: 'in-review', pageSize: reviewQueuePageSize }) as const
